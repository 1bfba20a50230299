"""One person across articles is one person: the rule on name parts, and the store it makes from
composed articles (one official written three ways, another who shares his surname)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefcli.cli import app
from briefcli.store.identity import Appearance, display_name, name_parts, resolve

runner = CliRunner()


@pytest.mark.parametrize(
    ("name", "parts"),
    [
        ("Kunio Mikuriya", ("kunio", "mikuriya")),
        ("Dr. Kunio Mikuriya", ("kunio", "mikuriya")),
        ("MIKURIYA Kunio", ("kunio", "mikuriya")),
        ("H.E. Mr. Kunio Mikuriya", ("kunio", "mikuriya")),
        ("Secretary General Mikuriya", ("mikuriya",)),
        ("Minister Hiroshi Mikuriya", ("hiroshi", "mikuriya")),
        ("Nikola Selaković", ("nikola", "selakovic")),
        ("Jean-Pierre Dubois", ("dubois", "jean-pierre")),
        ("Minister", ("minister",)),  # nothing but a title: kept
    ],
)
def test_name_parts(name: str, parts: tuple[str, ...]) -> None:
    assert name_parts(name) == parts


def _resolve(*people: tuple[str, str | None]) -> list[str]:
    keys = resolve(Appearance(i, name, title, None) for i, (name, title) in enumerate(people))
    return [keys[i] for i in range(len(people))]


def test_three_ways_of_writing_one_name_are_one_person() -> None:
    keys = _resolve(
        ("Dr. Kunio Mikuriya", "Secretary General"),
        ("Secretary General Mikuriya", "Secretary General"),
        ("MIKURIYA Kunio", "Deputy Secretary General"),
    )
    assert keys == ["kunio-mikuriya"] * 3


def test_two_people_who_share_a_surname_stay_two() -> None:
    keys = _resolve(("Kunio Mikuriya", "Secretary General"), ("Hiroshi Mikuriya", "Minister of Trade"))
    assert keys == ["kunio-mikuriya", "hiroshi-mikuriya"]


@pytest.mark.parametrize(
    ("title", "key"),
    [
        ("Secretary General", "kunio-mikuriya"),  # the title says which
        ("Minister of Trade", "hiroshi-mikuriya"),
        (None, "mikuriya"),  # nothing says which: a person of its own
        ("Ambassador", "mikuriya"),
    ],
)
def test_a_surname_alone_joins_the_one_it_can_be(title: str | None, key: str) -> None:
    keys = _resolve(
        ("Kunio Mikuriya", "Secretary General"),
        ("Hiroshi Mikuriya", "Minister of Trade"),
        ("Mikuriya", title),
    )
    assert keys[2] == key


def test_a_surname_alone_with_one_candidate_and_initials() -> None:
    keys = _resolve(("Anton Germanovich Siluanov", None), ("Anton Siluanov", None), ("A. Siluanov", None))
    assert keys == ["anton-germanovich-siluanov"] * 3
    assert _resolve(("Siluanov", "Minister"), ("Anton Siluanov", None)) == ["anton-siluanov"] * 2
    assert _resolve(("B. Siluanov", None), ("Anton Siluanov", None)) == ["b-siluanov", "anton-siluanov"]


def test_the_result_does_not_depend_on_the_order() -> None:
    people = [("Mikuriya", "Secretary General"), ("Kunio Mikuriya", "Secretary General"), ("Taro Aso", None)]
    forward = _resolve(*people)
    backward = _resolve(*reversed(people))
    assert forward == list(reversed(backward))


def test_display_name_prefers_the_usual_form() -> None:
    assert display_name(["MIKURIYA Kunio", "Kunio Mikuriya"]) == "Kunio Mikuriya"
    assert display_name(["Kunio Mikuriya", "Mikuriya", "Mikuriya"]) == "Mikuriya"


ARTICLES = {
    "a.txt": """WCO Secretary General visits Tokyo

3 March 2020

Dr. Kunio Mikuriya, Secretary General of the World Customs Organization, met Minister Taro Aso in \
Tokyo on 2 March 2020.

Dr. Mikuriya said that customs cooperation was essential for trade.
""",
    "b.txt": """Customs forum opens in Brussels

10 June 2021

Secretary General Mikuriya opened the forum in Brussels on 9 June 2021.

Secretary General Mikuriya stressed that the pandemic had changed border work.
""",
    "c.txt": """Regional meeting in Bangkok

5 May 2008

MIKURIYA Kunio, Deputy Secretary General of the World Customs Organization, met Ms. Siriporn Chan \
in Bangkok on 4 May 2008.

MIKURIYA Kunio noted that regional offices were important.
""",
    "d.txt": """Minister meets trade delegation

1 April 2022

Minister of Trade Hiroshi Mikuriya met a delegation from Kenya in Osaka on 31 March 2022.

Mr. Mikuriya said that exports to Africa would grow.
""",
}


def test_the_store_has_one_person_with_titles_and_dates(tmp_path: Path) -> None:
    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    db = tmp_path / "s.db"
    result = runner.invoke(app, ["index", str(tmp_path), "--db", str(db), "-j", "1"])
    assert result.exit_code == 0, result.stderr
    with sqlite3.connect(db) as conn:
        people = dict(conn.execute("SELECT id, name FROM people"))
        assert people["kunio-mikuriya"] == "Kunio Mikuriya"
        assert people["hiroshi-mikuriya"] == "Hiroshi Mikuriya"
        assert "mikuriya" not in people
        (articles,) = conn.execute("SELECT articles FROM people WHERE id = 'kunio-mikuriya'").fetchone()
        assert articles == 3
        titles = conn.execute(
            "SELECT title, first_seen, last_seen FROM person_titles WHERE person_id = 'kunio-mikuriya'"
            " ORDER BY first_seen"
        ).fetchall()
        assert titles == [
            ("Deputy Secretary General", "2008-05-05", "2008-05-05"),
            ("Secretary General", "2020-03-03", "2021-06-10"),
        ]
        speakers = conn.execute("SELECT DISTINCT person_id FROM statements ORDER BY person_id").fetchall()
        assert speakers == [("hiroshi-mikuriya",), ("kunio-mikuriya",)]


# --- resolve_people resolves group by group: the same people as ``resolve`` on all names at once ---

GIVEN = ["Anton", "Kunio", "Hiroshi", "Maria", "José", "Jean-Pierre", "Li", "Ana"]
MIDDLE = ["Germanovich", "Luisa", "de", "van"]
SURNAMES = ["Siluanov", "Mikuriya", "García", "Dubois", "Wei", "Lee", "Silva"]
TITLES = [None, None, "Minister", "Secretary General", "Ambassador", "minister of finance", "Président"]

COMPOSED = [
    ("Anton Germanovich Siluanov", "Minister"),
    ("Anton Siluanov", None),  # inside the longer full name: joins it
    ("A. Siluanov", "Minister"),
    ("Siluanov", "Minister"),
    ("B. Siluanov", None),  # no candidate holds "b": its own
    ("Kunio Mikuriya", "Secretary General"),
    ("Hiroshi Mikuriya", "Minister of Trade"),
    ("Mikuriya", "Secretary General"),  # two candidates: the title decides
    ("H. Mikuriya", None),  # as long as "Hiroshi Mikuriya": not held, its own
    ("Ana Silva", None),
    ("Maria Silva", "Minister"),
    ("Silva", "Ambassador"),  # nothing decides: its own
    ("Secretary General Mikuriya", "Ambassador"),
    ("MIKURIYA Kunio", "Deputy Secretary General"),
    ("K. Mikuriya", None),
    ("Dr. K. H. Mikuriya", None),
    ("Lee Lee", None),  # a part twice
    ("Lee", None),
    ("J. L.", None),  # initials only: no group
    ("Minister", None),
    ("", None),
    ("Jean-Pierre Dubois", "Président"),
    ("Dubois", "PRÉSIDENT"),
    ("Maria Luisa García", None),
    ("Maria García", None),
    ("Luisa García", None),
    ("García", None),
]


def _random_names(count: int, seed: int) -> list[tuple[str, str | None]]:
    import random

    rng = random.Random(seed)
    names: list[tuple[str, str | None]] = []
    for _ in range(count):
        words = [rng.choice(SURNAMES)]
        if rng.random() < 0.7:
            given = rng.choice(GIVEN)
            words.insert(0, given[0] + "." if rng.random() < 0.25 else given)
        if rng.random() < 0.3:
            words.insert(1, rng.choice(MIDDLE))
        if rng.random() < 0.1:
            words.reverse()
        names.append((" ".join(words), rng.choice(TITLES)))
    return names


def _store_with(tmp_path: Path, people: list[tuple[str, str | None]]) -> Path:
    from briefcli.store.rows import ArticleRows
    from briefcli.store.schema import connect
    from briefcli.store.writer import write_article

    db = tmp_path / "names.db"
    conn = connect(db)
    conn.execute("BEGIN IMMEDIATE")
    for start in range(0, len(people), 40):  # 40 people an article
        key = f"{start:064d}"
        article = (key, f"a{start}.txt", f"a{start}.txt", "file", "text", None, None, None, None, None, 0)
        appearances = tuple(
            (key, f"p{n}", name, title, None, 1, 1, f"2020-01-{1 + n % 28:02d}")
            for n, (name, title) in enumerate(people[start : start + 40], start=1)
        )
        write_article(conn, ArticleRows(article, (), appearances, (), (), (), (), ()))
    conn.execute("COMMIT")
    conn.close()
    return db


@pytest.mark.parametrize("seed", [None, 1, 2, 3])
def test_resolving_the_store_group_by_group_gives_what_resolve_gives(
    tmp_path: Path, seed: int | None
) -> None:
    from collections import Counter, defaultdict

    from briefcli.store.schema import connect
    from briefcli.store.writer import resolve_people

    people = COMPOSED if seed is None else _random_names(400, seed) + COMPOSED
    db = _store_with(tmp_path, people)
    conn = connect(db)
    try:
        count = resolve_people(conn)
        stored = dict(
            conn.execute("SELECT article_id || ref, person_id FROM article_people ORDER BY article_id, ref")
        )
        names = dict(conn.execute("SELECT id, name FROM people"))
    finally:
        conn.close()
    expected = resolve(Appearance(n, name, title, None) for n, (name, title) in enumerate(people))
    refs = {f"{start // 40 * 40:064d}p{start % 40 + 1}": n for n, start in enumerate(range(len(people)))}
    assert {refs[ref]: key for ref, key in stored.items()} == expected
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    for n, (name, _) in enumerate(people):
        forms[expected[n]][name] += 1
    assert names == {key: display_name(written) for key, written in forms.items()}
    assert count == len(forms)
    if seed is None:  # the cases the composed names are there for
        key = dict(zip(people, (expected[n] for n in range(len(people))), strict=False))
        assert (
            key[("Anton Siluanov", None)] == key[("A. Siluanov", "Minister")] == "anton-germanovich-siluanov"
        )
        assert key[("Mikuriya", "Secretary General")] == "kunio-mikuriya"
        assert key[("H. Mikuriya", None)] == "h-mikuriya"
        assert key[("Silva", "Ambassador")] == "silva"
        assert key[("B. Siluanov", None)] == "b-siluanov"
        assert key[("Dubois", "PRÉSIDENT")] == "dubois-jean-pierre"
        assert key[("Maria García", None)] == key[("Luisa García", None)] == "garcia-luisa-maria"
