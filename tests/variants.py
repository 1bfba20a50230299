"""Many articles made from a few: the gold corpus articles with their people renamed, their years
and days moved and their city replaced, deterministically from a seed. Generated when a test or
a benchmark runs, never committed. Each variant is a different article (its own content hash)."""

from __future__ import annotations

import json
import random
import re
from collections.abc import Iterator, Sequence
from pathlib import Path

GIVEN = (
    "Amina", "Bruno", "Chen", "Dalia", "Emeka", "Farah", "Goran", "Hana", "Ivan", "Jomo", "Kenji",
    "Leila", "Marta", "Nadia", "Omar", "Priya", "Rafael", "Sofia", "Tomas", "Uma", "Viktor", "Wei",
    "Yusuf", "Zara", "Aiko", "Bola", "Carmen", "Dmitri", "Elif", "Felipe",
)  # fmt: skip
FAMILY = (
    "Okafor", "Novak", "Haddad", "Lindqvist", "Moreau", "Tanaka", "Petrov", "Mensah", "Kowalski",
    "Santos", "Nakamura", "Rahman", "Fischer", "Ionescu", "Abebe", "Castillo", "Jensen", "Kaur",
    "Larsen", "Mwangi", "Ortega", "Papadopoulos", "Quispe", "Rossi", "Sato", "Varga", "Wolff",
    "Yilmaz", "Zulu", "Bergstrom",
)  # fmt: skip
CITIES = (
    "Vienna", "Nairobi", "Lima", "Hanoi", "Oslo", "Accra", "Quito", "Tbilisi", "Dakar", "Manila",
    "Rabat", "Bogota", "Riga", "Lusaka", "Doha",
)  # fmt: skip

_YEAR = re.compile(r"\b(19[89]\d|20[0-3]\d)\b")
_DAY_MONTH = re.compile(
    r"\b([1-9]|1\d|2[0-8])(\s+(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December))\b"
)


def gold_articles(dirs: Sequence[Path]) -> list[tuple[str, dict[str, object]]]:
    """The text and gold annotation of every article in ``dirs`` (``<id>.txt`` beside ``<id>.json``)."""
    found = []
    for folder in dirs:
        for text in sorted(folder.glob("*.txt")):
            gold = text.with_suffix(".json")
            if gold.exists():
                found.append((text.read_text(encoding="utf-8"), json.loads(gold.read_text(encoding="utf-8"))))
    return found


def _rename(text: str, gold: dict[str, object], rng: random.Random) -> str:
    """Every gold person's full name and family name given another, consistently."""
    people = gold.get("people")
    for person in people if isinstance(people, list) else []:
        name = str(person.get("name", "")) if isinstance(person, dict) else ""
        words = name.split()
        if len(words) < 2:
            continue
        given, family = rng.choice(GIVEN), rng.choice(FAMILY)
        text = text.replace(name, f"{given} {family}").replace(words[-1], family)
    return text


def _place(text: str, gold: dict[str, object], rng: random.Random) -> str:
    location = gold.get("location")
    city = str(location).split(",")[0].strip() if location else ""
    return text.replace(city, rng.choice(CITIES)) if len(city) > 2 else text


def variant(text: str, gold: dict[str, object], seed: int) -> str:
    """One variant: people renamed, years moved by up to five, days of month changed, city replaced,
    and a closing line with the seed (so that no two variants share a content hash)."""
    rng = random.Random(seed)
    shift = rng.randint(-5, 5)
    text = _YEAR.sub(lambda m: str(int(m.group(1)) + shift), text)
    text = _DAY_MONTH.sub(lambda m: f"{rng.randint(1, 28)}{m.group(2)}", text)
    text = _place(_rename(text, gold, rng), gold, rng)
    return text.rstrip("\n") + f"\n\nReference {seed}.\n"


def variants(dirs: Sequence[Path], count: int, seed: int = 0) -> Iterator[tuple[str, str]]:
    """``count`` (file name, text) variants of the gold articles in ``dirs``, round robin."""
    base = gold_articles(dirs)
    for i in range(count):
        text, gold = base[i % len(base)]
        yield f"{i:06d}-{gold.get('id', 'article')}.txt", variant(text, gold, seed * 1_000_003 + i)


def write_variants(folder: Path, dirs: Sequence[Path], count: int, seed: int = 0) -> list[Path]:
    """Write ``count`` variants into ``folder`` (in subfolders of 1,000) and return their paths."""
    paths = []
    for i, (name, text) in enumerate(variants(dirs, count, seed)):
        path = folder / f"{i // 1000:03d}" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths
