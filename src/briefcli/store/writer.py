"""Writing articles' rows into the store, and resolving who is who across them.

``write_article`` adds one article's rows inside the caller's transaction: unchanged content (the
same hash) is a no-op; a source whose content changed has its old article's rows deleted (by
cascade) and the new ones written, in that same transaction. ``resolve_people`` then gives every
person row its person across articles (``briefcli.store.identity``), from all the names in the
store, so the store ends the same whatever order the articles came in. It streams: the names go
into temporary tables, come back group by group (``identity.name_groups``) in order from a
cursor, and the people table is filled in SQL, so its memory is one group's, not the store's.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Iterator
from itertools import groupby, islice
from operator import itemgetter
from typing import Literal

from briefcli.store.identity import (
    display_name,
    name_groups,
    name_parts,
    person_key,
    plain_title,
    resolve_group,
)
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


def known_articles(conn: sqlite3.Connection) -> frozenset[str]:
    """The ids (content hashes) of every article in the store."""
    return frozenset(row[0] for row in conn.execute("SELECT id FROM articles"))


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


_TEMP_TABLES = ("name_forms", "name_titles", "name_groups", "name_targets", "person_names", "latest")
_ROWS_AT_ONCE = 1000  # rows read or written per call: the cursors stream
_RESOLVE_CACHE_KIB = 256  # SQLite's page cache while resolving (its default: 2,000 KiB)


def _batches(rows: Iterator[tuple[object, ...]]) -> Iterator[list[tuple[object, ...]]]:
    while batch := list(islice(rows, _ROWS_AT_ONCE)):
        yield batch


def _drop_temp_tables(conn: sqlite3.Connection) -> None:
    for table in _TEMP_TABLES:
        conn.execute(f"DROP TABLE IF EXISTS temp.{table}")


def _read_names(conn: sqlite3.Connection) -> None:
    """Every distinct (name, title) of a named person into ``name_forms``, with its parts (joined
    by spaces: a part has none) and how often it is written; each name's plain titles into
    ``name_titles``; its groups into ``name_groups``; a name with no group is its own person
    (``name_targets``)."""
    conn.execute(
        "CREATE TEMP TABLE name_forms (name TEXT, title TEXT, count INTEGER, parts TEXT, person_id TEXT)"
    )
    conn.execute("CREATE TEMP TABLE name_titles (parts TEXT, title TEXT, UNIQUE (parts, title))")
    conn.execute("CREATE TEMP TABLE name_groups (part TEXT, parts TEXT, own INTEGER, UNIQUE (part, parts))")
    conn.execute("CREATE TEMP TABLE name_targets (parts TEXT PRIMARY KEY, person_id TEXT)")
    pairs = conn.execute(
        "SELECT name, title, count(*) FROM article_people WHERE ref LIKE 'p%' GROUP BY name, title"
    )
    name: object = None
    parts: tuple[str, ...] = ()
    joined = ""
    for batch in _batches(iter(pairs)):
        forms: list[tuple[object, ...]] = []
        titles: list[tuple[str, str]] = []
        groups: list[tuple[str, str, bool]] = []
        targets: list[tuple[str, str]] = []
        for row_name, title, count in batch:
            if row_name != name:  # in order of names: each name's parts and groups once
                name, parts = row_name, name_parts(str(row_name))
                joined = " ".join(parts)
                found = name_groups(parts)
                groups.extend((part, joined, own) for part, own in found)
                if not found:
                    targets.append((joined, person_key(parts)))
            forms.append((name, title, count, joined))
            if (plain := plain_title(None if title is None else str(title))) is not None:
                titles.append((joined, plain))
        conn.executemany("INSERT INTO name_forms (name, title, count, parts) VALUES (?, ?, ?, ?)", forms)
        conn.executemany("INSERT OR IGNORE INTO name_titles VALUES (?, ?)", titles)
        conn.executemany("INSERT OR IGNORE INTO name_groups VALUES (?, ?, ?)", groups)
        conn.executemany("INSERT OR IGNORE INTO name_targets VALUES (?, ?)", targets)


def _resolve_groups(conn: sqlite3.Connection) -> None:
    """Each name's person into ``name_targets``, group by group (``identity.resolve_group``):
    the names with a part, each with its titles, in order of the part from one cursor."""
    rows = conn.execute(
        "SELECT g.part, g.parts, g.own, t.title FROM name_groups g"
        " LEFT JOIN name_titles t ON t.parts = g.parts ORDER BY g.part, g.parts"
    )
    found: list[tuple[str, str]] = []
    for _, group in groupby(rows, key=itemgetter(0)):
        titles: dict[tuple[str, ...], set[str]] = {}
        own: set[tuple[str, ...]] = set()
        for _, joined, is_own, title in group:
            parts = tuple(str(joined).split(" "))
            mine = titles.setdefault(parts, set())
            if title is not None:
                mine.add(str(title))
            if is_own:
                own.add(parts)
        if own:
            targets = resolve_group(titles, sorted(own))
            found.extend((" ".join(parts), person_key(target)) for parts, target in targets.items())
        if len(found) >= _ROWS_AT_ONCE:
            conn.executemany("INSERT INTO name_targets VALUES (?, ?)", found)
            found = []
    conn.executemany("INSERT INTO name_targets VALUES (?, ?)", found)


def _fill_people(conn: sqlite3.Connection) -> int:
    """The people table: each person's shown name (``identity.display_name`` of the forms
    written), latest title and organization (the latest date's, ties broken by the text, so that
    no order of indexing changes it), number of articles, first and last dates. Returns the
    number of people."""
    conn.execute("CREATE TEMP TABLE person_names (person_id TEXT PRIMARY KEY, name TEXT)")
    forms = conn.execute(
        "SELECT person_id, name, sum(count) FROM name_forms GROUP BY person_id, name ORDER BY person_id"
    )
    shown = (
        (person_id, display_name(Counter({str(name): int(count) for _, name, count in group})))
        for person_id, group in groupby(forms, key=itemgetter(0))
    )
    for batch in _batches(shown):
        conn.executemany("INSERT INTO person_names VALUES (?, ?)", batch)
    conn.execute(
        "CREATE TEMP TABLE latest AS SELECT person_id, title, org FROM (SELECT person_id, title, org,"
        " row_number() OVER (PARTITION BY person_id"
        " ORDER BY coalesce(date, '') DESC, title DESC, coalesce(org, '') DESC) AS n"
        " FROM article_people WHERE person_id IS NOT NULL AND title IS NOT NULL) WHERE n = 1"
    )
    conn.execute("CREATE UNIQUE INDEX temp.latest_person ON latest (person_id)")
    return conn.execute(
        "INSERT INTO people (id, name, title, org, articles, first_seen, last_seen)"
        " SELECT a.person_id, n.name, l.title, l.org, count(DISTINCT a.article_id), min(a.date), max(a.date)"
        " FROM article_people a JOIN person_names n ON n.person_id = a.person_id"
        " LEFT JOIN latest l ON l.person_id = a.person_id"
        " WHERE a.person_id IS NOT NULL GROUP BY a.person_id"
        " ON CONFLICT (id) DO UPDATE SET name = excluded.name,"
        " title = excluded.title, org = excluded.org, articles = excluded.articles,"
        " first_seen = excluded.first_seen, last_seen = excluded.last_seen"
    ).rowcount


def resolve_people(conn: sqlite3.Connection) -> int:
    """Give every named person in every article their person across articles, fill the people
    table (name, latest title and organization, how many articles, first and last date) and drop
    people no article names any longer; in one transaction. Returns the number of people. Its
    memory is that of the largest group of names (``identity.name_groups``), whatever the size
    of the store."""
    caches = [(db, conn.execute(f"PRAGMA {db}.cache_size").fetchone()[0]) for db in ("main", "temp")]
    for db, _ in caches:
        # Every step is a scan or a lookup: a small cache (which also bounds SQLite's sorter)
        # reads the pages from the OS again rather than keep megabytes of them in the process.
        conn.execute(f"PRAGMA {db}.cache_size = -{_RESOLVE_CACHE_KIB}")
    conn.execute("BEGIN IMMEDIATE")
    try:
        _drop_temp_tables(conn)
        _read_names(conn)
        _resolve_groups(conn)
        conn.execute(
            "UPDATE name_forms SET person_id = (SELECT t.person_id FROM name_targets t"
            " WHERE t.parts = name_forms.parts)"
        )
        conn.execute("CREATE INDEX temp.name_forms_name ON name_forms (name, title)")
        found = (
            "(SELECT r.person_id FROM name_forms r"
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
        people = _fill_people(conn)
        conn.execute(
            "DELETE FROM people WHERE id NOT IN"
            " (SELECT person_id FROM article_people WHERE person_id IS NOT NULL)"
        )
        _drop_temp_tables(conn)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    finally:
        for db, size in caches:
            conn.execute(f"PRAGMA {db}.cache_size = {int(size)}")
    return people
