"""Writing articles' rows into the store, and resolving who is who across them.

``write_article`` adds one article's rows inside the caller's transaction: unchanged content (the
same hash) is a no-op; a source whose content changed has its old article's rows deleted (by
cascade) and the new ones written, in that same transaction. ``resolve_people`` then gives every
person row its person across articles (``briefcli.store.identity``); it reads all the names at
once, so the store ends the same whatever order the articles came in.
"""

from __future__ import annotations

import sqlite3
from collections import Counter, defaultdict
from typing import Literal

from briefcli.store.identity import Appearance, display_name, name_parts, person_key, resolve
from briefcli.store.rows import (
    APPEARANCE_COLUMNS,
    ARTICLE_COLUMNS,
    EVENT_COLUMNS,
    ORGANIZATION_COLUMNS,
    PARAGRAPH_COLUMNS,
    SECTION_COLUMNS,
    STATEMENT_COLUMNS,
    ArticleRows,
)

Written = Literal["added", "replaced", "unchanged"]


def _insert(table: str, columns: tuple[str, ...], extra: tuple[str, ...] = ()) -> str:
    names = (*columns, *extra)
    return f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"


_ARTICLE = _insert("articles", ARTICLE_COLUMNS)
_PARAGRAPH = _insert("paragraphs", PARAGRAPH_COLUMNS)
_APPEARANCE = _insert("article_people", APPEARANCE_COLUMNS, ("person_id",))
_ORGANIZATION = _insert("organizations", ORGANIZATION_COLUMNS)
_SECTION = _insert("sections", SECTION_COLUMNS)
_STATEMENT = _insert("statements", STATEMENT_COLUMNS, ("person_id",))
_EVENT = _insert("events", EVENT_COLUMNS)
_EVENT_PERSON = "INSERT INTO event_people (event_id, article_id, ref, name, person_id) VALUES (?, ?, ?, ?, ?)"
_PERSON = "INSERT INTO people (id, name) VALUES (?, ?) ON CONFLICT (id) DO NOTHING"


def known_articles(conn: sqlite3.Connection) -> dict[str, str]:
    """Every article in the store: its id (content hash) -> the source it was read from."""
    return dict(conn.execute("SELECT id, source FROM articles"))


def write_article(conn: sqlite3.Connection, rows: ArticleRows) -> Written:
    """Write one article's rows (in the caller's transaction). Each named person gets, for now,
    the person their full name is (``resolve_people`` merges the rest at the end)."""
    if conn.execute("SELECT 1 FROM articles WHERE id = ?", (rows.id,)).fetchone():
        return "unchanged"
    # A file or URL whose content changed replaces its old article; what came on standard input
    # ("-") each time is an article of its own.
    replaced = 0
    if rows.source != "-":
        replaced = conn.execute("DELETE FROM articles WHERE source = ?", (rows.source,)).rowcount
    conn.execute(_ARTICLE, rows.article)
    conn.executemany(_PARAGRAPH, rows.paragraphs)
    person: dict[str, str] = {}
    for row in rows.appearances:
        ref, name = str(row[1]), str(row[2])
        if ref.startswith("p"):
            person[ref] = key = person_key(name_parts(name))
            conn.execute(_PERSON, (key, name))
    conn.executemany(_APPEARANCE, [(*row, person.get(str(row[1]))) for row in rows.appearances])
    conn.executemany(_ORGANIZATION, rows.organizations)
    conn.executemany(_SECTION, rows.sections)
    conn.executemany(_STATEMENT, [(*row, person.get(str(row[6]))) for row in rows.statements])
    conn.executemany(_EVENT, rows.events)
    if rows.event_people:
        event_ids = dict(conn.execute("SELECT number, id FROM events WHERE article_id = ?", (rows.id,)))
        conn.executemany(
            _EVENT_PERSON,
            [
                (event_ids[number], key, ref, name, person.get(str(ref)))
                for key, number, ref, name in rows.event_people
            ],
        )
    return "replaced" if replaced else "added"


def _people_rows(conn: sqlite3.Connection, names: dict[str, Counter[str]]) -> list[tuple[object, ...]]:
    """The people table's rows: each person's shown name, latest title and organization (the
    latest date's, ties broken by the text, so that no order of indexing changes it), number of
    articles, first and last dates."""
    latest: dict[str, tuple[str, str | None]] = {}
    for person_id, title, org in conn.execute(
        "SELECT person_id, title, org FROM article_people WHERE person_id IS NOT NULL AND title IS NOT NULL"
        " ORDER BY person_id, coalesce(date, ''), title, coalesce(org, '')"
    ):
        latest[person_id] = (title, org)
    rows: list[tuple[object, ...]] = []
    for person_id, articles, first, last in conn.execute(
        "SELECT person_id, count(DISTINCT article_id), min(date), max(date) FROM article_people"
        " WHERE person_id IS NOT NULL GROUP BY person_id ORDER BY person_id"
    ):
        title, org = latest.get(person_id, (None, None))
        rows.append((person_id, display_name(names[person_id]), title, org, articles, first, last))
    return rows


def resolve_people(conn: sqlite3.Connection) -> int:
    """Give every named person in every article their person across articles, fill the people
    table (name, latest title and organization, how many articles, first and last date) and drop
    people no article names any longer; in one transaction. Returns the number of people. Reads
    each distinct (name, title) once: its memory grows with the names, not the articles."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        pairs = conn.execute(
            "SELECT name, title, count(*) FROM article_people WHERE ref LIKE 'p%' GROUP BY name, title"
        ).fetchall()
        keys = resolve(Appearance(n, name, title, None) for n, (name, title, _) in enumerate(pairs))
        names: dict[str, Counter[str]] = defaultdict(Counter)
        for n, (name, _, count) in enumerate(pairs):
            names[keys[n]][name] += count
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS resolved (name TEXT, title TEXT, person_id TEXT)")
        conn.execute("DELETE FROM resolved")
        conn.executemany(
            "INSERT INTO resolved VALUES (?, ?, ?)",
            [(name, title, keys[n]) for n, (name, title, _) in enumerate(pairs)],
        )
        conn.execute("CREATE INDEX IF NOT EXISTS temp.resolved_name ON resolved (name, title)")
        found = (
            "(SELECT r.person_id FROM resolved r"
            " WHERE r.name = article_people.name AND r.title IS article_people.title)"
        )
        conn.execute(
            f"UPDATE article_people SET person_id = {found} WHERE ref LIKE 'p%' AND person_id IS NOT {found}"
        )
        for table, ref in (("statements", "speaker_ref"), ("event_people", "ref")):
            person = (
                f"(SELECT a.person_id FROM article_people a"
                f" WHERE a.article_id = {table}.article_id AND a.ref = {table}.{ref})"
            )
            conn.execute(
                f"UPDATE {table} SET person_id = {person} WHERE {ref} LIKE 'p%' AND person_id IS NOT {person}"
            )
        people = _people_rows(conn, names)
        conn.executemany(
            "INSERT INTO people (id, name, title, org, articles, first_seen, last_seen)"
            " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name,"
            " title = excluded.title, org = excluded.org, articles = excluded.articles,"
            " first_seen = excluded.first_seen, last_seen = excluded.last_seen",
            people,
        )
        conn.execute(
            "DELETE FROM people WHERE id NOT IN"
            " (SELECT person_id FROM article_people WHERE person_id IS NOT NULL)"
        )
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return len(people)
