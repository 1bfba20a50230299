"""Generated hostile inputs: long runs that regexes backtrack on, text that is not prose, and big
article-like text. Shared by tests/test_pathology.py (small cases, every command and format) and
benchmarks/run.py (1 MB cases and the 10 MiB article, timed).

Each case is deterministic (a seeded ``random.Random``): the same kind and size give the same text.
Most kinds wrap their pathology in a few English sentences with a person, a title, a date and a
quote, so the analysis has something to find. Where the pathology is most of the text and holds
hardly an English word (random Unicode, "Zalgo" marks), the language check refuses it (exit 6).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from importlib.resources import files

__all__ = ["KINDS", "article_like", "pathology"]

_LEAD = (
    "Minister meets Ambassador in Geneva\n\n3 March 2021\n\n"
    "On 2 March 2021, Dr. Anna Kowalski, Minister of Trade of Poland, met Mr. Pedro Alvarez, "
    "Ambassador of Chile, in Geneva. “We will deepen our cooperation,” said Dr. Kowalski. "
)
_TAIL = (
    "\n\nMr. Alvarez noted that the two countries would sign an agreement on 5 April 2021. "
    "He said that the talks had been “very productive”.\n"
)


def _fill(make: Callable[[int], str], size: int) -> str:
    """The lead, ``make(n)`` for the room left, the tail: about ``size`` characters in all."""
    room = max(size - len(_LEAD) - len(_TAIL), 16)
    return _LEAD + make(room)[:room] + _TAIL


def _run_of(alphabet: str, rng: random.Random) -> Callable[[int], str]:
    return lambda n: "".join(rng.choice(alphabet) for _ in range(n))


def _spaces(rng: random.Random) -> Callable[[int], str]:
    # Words far apart: runs of ASCII and Unicode spaces between the words of one sentence.
    blanks = " \t\u00a0\u2009\u3000\u200b"

    def make(n: int) -> str:
        parts: list[str] = []
        total = 0
        while total < n:
            part = rng.choice(("the", "Minister", "said", "talks", "Geneva")) + "".join(
                rng.choice(blanks) for _ in range(rng.randint(500, 5000))
            )
            parts.append(part)
            total += len(part)
        return "".join(parts)

    return make


def _combining(rng: random.Random) -> Callable[[int], str]:
    # "Zalgo": letters under long runs of combining marks, and one very long run.
    marks = [chr(c) for c in range(0x300, 0x370)]

    def make(n: int) -> str:
        head = "Kowalski" + "".join(rng.choice(marks) for _ in range(n // 2)) + " said "
        word: list[str] = []
        while len(head) + len(word) < n:
            word.append(rng.choice("aeiouklmn"))
            word.extend(rng.choice(marks) for _ in range(rng.randint(1, 30)))
            if rng.random() < 0.1:
                word.append(" ")
        return head + "".join(word)

    return make


_EMOJI = "😀🎉🤝🇵🇱🇨🇱👍🏽👩‍👩‍👧‍👦🏳️‍🌈✨🔥💬"  # ZWJ sequences, flags, skin tones, variation selectors


def _rtl(rng: random.Random) -> Callable[[int], str]:
    # English sentences naming people in Arabic and Hebrew script, with direction marks.
    names = ("محمد بن سلمان", "עמוס עוז", "\u202eDr. Ali\u202c", "\u200fأحمد\u200f", "שָׁלוֹם")

    def make(n: int) -> str:
        out: list[str] = []
        total = 0
        while total < n:
            s = (
                f"The Minister met {rng.choice(names)}, Ambassador of {rng.choice(names)}, "
                f"who said “{rng.choice(names)} {rng.choice(names)}”. "
            )
            out.append(s)
            total += len(s)
        return "".join(out)

    return make


def _unbalanced(rng: random.Random) -> Callable[[int], str]:
    # Quotes that open and never close, across sentences and paragraphs.
    opens = "“‘«\"'"
    words = ("the", "Minister", "said", "cooperation", "we", "will", "Geneva", "trade", "on", "March")

    def make(n: int) -> str:
        out: list[str] = []
        total = 0
        while total < n:
            sentence = " ".join(rng.choice(words) for _ in range(rng.randint(4, 20)))
            s = f"Dr. Kowalski said, {rng.choice(opens)}{sentence}."
            s += "\n\n" if rng.random() < 0.2 else " "
            out.append(s)
            total += len(s)
        return "".join(out)

    return make


def _paragraphs(rng: random.Random) -> Callable[[int], str]:
    # Very many very short paragraphs (1 MB is about 100,000 of them).
    lines = ("He met her.", "They spoke.", "Mr. Li came.", "On 3 May.", "“Yes,” he said.", "Talks.")
    return lambda n: "\n\n".join(rng.choice(lines) for _ in range(n // 8 + 1))


def _random_unicode(rng: random.Random) -> Callable[[int], str]:
    # Any code point but surrogates (a file cannot hold them) and the private-use planes.
    def char() -> str:
        while True:
            c = rng.randrange(0x110000) if rng.random() < 0.5 else rng.randrange(0x20, 0x3000)
            if not 0xD800 <= c <= 0xDFFF and c < 0xF0000:
                return chr(c)

    return lambda n: "".join(" " if rng.random() < 0.1 else char() for _ in range(n))


_MAKERS: dict[str, Callable[[random.Random], Callable[[int], str]]] = {
    "punctuation": lambda rng: _run_of("!?.,;:…()[]{}/*&%#@", rng),
    "periods": lambda rng: _run_of(".", rng),
    "quotes": lambda rng: _run_of("\"'“”‘’«»„‚", rng),
    # One long "word" of letters and apostrophes ("a’b'c…"): a boundary at every other character.
    "apostrophes": lambda rng: _run_of("ab’'", rng),
    "brackets": lambda rng: _run_of("((([a-z]. ", rng),
    "dashes": lambda rng: _run_of("-", rng),
    "mixed-dashes": lambda rng: _run_of("-–—‒―", rng),
    "spaces": _spaces,
    "combining": _combining,
    "emoji": lambda rng: _run_of(_EMOJI, rng),
    "rtl": _rtl,
    "unbalanced-quotes": _unbalanced,
    "paragraphs": _paragraphs,
    "random-unicode": _random_unicode,
}
KINDS: tuple[str, ...] = tuple(_MAKERS)


def pathology(kind: str, size: int, seed: int = 0) -> str:
    """About ``size`` characters of the pathology ``kind`` (one of ``KINDS``)."""
    rng = random.Random(f"{kind}:{seed}")
    return _fill(_MAKERS[kind](rng), size)


_FIRST = ("Anna", "Pedro", "Kofi", "Mei", "Olga", "Rahul", "Fatima", "Lars", "Chen", "Amina", "Jorge", "Yuki")
_LAST = ("Kowalski", "Alvarez", "Mensah", "Tanaka", "Petrova", "Sharma", "Haddad", "Berg", "Okafor", "Silva")
_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
_CITIES = ("Moscow", "Geneva", "Nairobi", "Lima", "Hanoi", "Oslo", "Cairo", "Manila", "Quito", "Accra")


def article_like(size: int, seed: int = 0) -> str:
    """The bundled sample article's body repeated to ``size`` bytes of UTF-8, each copy with other
    names, dates and cities (so the people, dates and places grow with the text, as in a long
    real article)."""
    sample = files("briefcli.data").joinpath("sample.txt").read_text(encoding="utf-8")
    title, _, rest = sample.partition("\n\n")
    date_line, _, body = rest.partition("\n\n")
    rng = random.Random(f"article:{seed}")
    copies = [f"{title}\n\n{date_line}\n\n"]
    total = len(copies[0].encode("utf-8"))
    while total < size:
        swaps = {
            "Mikuriya": rng.choice(_LAST),
            "Kunio": rng.choice(_FIRST),
            "Siluanov": rng.choice(_LAST),
            "Anton": rng.choice(_FIRST),
            "Mishustin": rng.choice(_LAST),
            "Mikhail": rng.choice(_FIRST),
            "Moscow": rng.choice(_CITIES),
            "23 October 2021": f"{rng.randint(1, 28)} {rng.choice(_MONTHS)} {rng.randint(2000, 2024)}",
        }
        copy = body.strip()
        for old, new in swaps.items():
            copy = copy.replace(old, new)
        copy += "\n\n"
        copies.append(copy)
        total += len(copy.encode("utf-8"))
    text = "".join(copies)
    return text.encode("utf-8")[:size].decode("utf-8", "ignore").rstrip() + "\n"
