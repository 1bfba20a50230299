"""Writing articles' rows into the store, and resolving who is who across them.

``write_article`` adds one article's rows inside the caller's transaction: unchanged content (the
same hash) is a no-op; a source whose content changed has its old article's rows deleted (by
cascade) and the new ones written, in that same transaction. ``resolve_people`` then gives every
person row its person across articles (``briefcli.store.identity``); it reads all the names at
once, so the store ends the same whatever order the articles came in.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from typing import Any, Literal

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


def _people_rows(rows: list[tuple[Any, ...]], keys: dict[int, str]) -> list[tuple[object, ...]]:
    """The people table's rows: each person's shown name, latest title and organization, number
    of articles, first and last dates."""
    names: dict[str, list[str]] = defaultdict(list)
    latest: dict[str, tuple[str, str | None, str | None]] = {}
    articles: dict[str, set[str]] = defaultdict(set)
    dates: dict[str, list[str]] = defaultdict(list)
    for row_id, name, title, org, date, article in rows:
        key = keys[row_id]
        names[key].append(name)
        articles[key].add(article)
        if date:
            dates[key].append(date)
        if title and (key not in latest or (date or "") >= latest[key][0]):
            latest[key] = (date or "", title, org)
    return [
        (
            key,
            display_name(sorted(names[key])),
            latest.get(key, ("", None, None))[1],
            latest.get(key, ("", None, None))[2],
            len(articles[key]),
            min(dates[key], default=None),
            max(dates[key], default=None),
        )
        for key in sorted(names)
    ]


def resolve_people(conn: sqlite3.Connection) -> int:
    """Give every named person in every article their person across articles, fill the people
    table (name, latest title and organization, how many articles, first and last date) and drop
    people no article names any longer; in one transaction. Returns the number of people."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        # In the articles' order, not the order they were written in (which the engines vary):
        # a person's latest title among articles of the same date is then always the same one.
        rows = conn.execute(
            "SELECT id, name, title, org, date, article_id FROM article_people WHERE ref LIKE 'p%'"
            " ORDER BY article_id, ref"
        ).fetchall()
        keys = resolve(Appearance(r[0], r[1], r[2], r[4]) for r in rows)
        people = _people_rows(rows, keys)
        conn.executemany(
            "INSERT INTO people (id, name, title, org, articles, first_seen, last_seen)"
            " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name,"
            " title = excluded.title, org = excluded.org, articles = excluded.articles,"
            " first_seen = excluded.first_seen, last_seen = excluded.last_seen",
            people,
        )
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS resolved (id INTEGER PRIMARY KEY, person_id TEXT)")
        conn.execute("DELETE FROM resolved")
        conn.executemany("INSERT INTO resolved VALUES (?, ?)", keys.items())
        conn.execute(
            "UPDATE article_people SET person_id ="
            " (SELECT person_id FROM resolved WHERE resolved.id = article_people.id)"
            " WHERE id IN (SELECT resolved.id FROM resolved JOIN article_people a ON a.id = resolved.id"
            " WHERE a.person_id IS NOT resolved.person_id)"
        )
        for table, ref in (("statements", "speaker_ref"), ("event_people", "ref")):
            conn.execute(
                f"UPDATE {table} SET person_id = (SELECT a.person_id FROM article_people a"
                f" WHERE a.article_id = {table}.article_id AND a.ref = {table}.{ref})"
                f" WHERE {ref} LIKE 'p%' AND person_id IS NOT (SELECT a.person_id FROM article_people a"
                f" WHERE a.article_id = {table}.article_id AND a.ref = {table}.{ref})"
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
