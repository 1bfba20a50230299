"""The store's tables: one SQLite file, no server, readable as it is in Datasette.

Tables (readable names, one row per thing, foreign keys Datasette shows as links):

- ``articles``: one per article, keyed by its content hash (``id``), with the source it was read
  from, title, publication date, the date it is filed under (``date``: published, else its first
  reported event), place and date line;
- ``paragraphs``: the article's text, one row per paragraph (``paragraph`` is its ¶ number), with
  its section kind; full-text indexed (``paragraphs_fts``);
- ``people``: one per person across all articles (see ``briefcli.store.identity``);
- ``article_people``: a person (ref "p1") or unnamed role holder ("u1") as one article names them,
  with the title and organization it gives and the article's date: a person's titles with the
  dates they were held are the view ``person_titles``;
- ``organizations``, ``sections``, ``events`` and ``event_people`` (who was at an event);
- ``statements``: who said what, with ¶, cue and kind of section; full-text indexed
  (``statements_fts``, over the text and the speaker).

The full-text tables are FTS5 tables over their table's content (``content=[statements]``),
kept in step by triggers: the layout sqlite-utils' ``enable_fts`` makes, which Datasette finds
and searches from its search box. Plain ``sqlite3``, no dependency: see the README ("Design
choices").
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from briefcli.errors import OutputError

# PRAGMA user_version of a store this version of briefcli writes.
STORE_VERSION = 1

_TABLES = """
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY,                -- SHA-256 of the article's text, title and date
    source TEXT NOT NULL,               -- as it was given: a path, a URL, "-"
    source_name TEXT NOT NULL,          -- what may be shared: a file's name, a URL without password
    source_kind TEXT NOT NULL,          -- file, url, stdin, sample
    format TEXT NOT NULL,               -- text, html
    title TEXT,
    published TEXT,                     -- YYYY-MM-DD
    date TEXT,                          -- published, else the first reported event
    location TEXT,
    dateline TEXT,
    paragraph_count INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_source ON articles (source);
CREATE INDEX IF NOT EXISTS articles_date ON articles (date);

CREATE TABLE IF NOT EXISTS paragraphs (
    id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    paragraph INTEGER NOT NULL,         -- the ¶ number every output cites
    kind TEXT NOT NULL,                 -- meeting, panel, bilateral, other
    text TEXT NOT NULL,
    UNIQUE (article_id, paragraph)
);

CREATE TABLE IF NOT EXISTS people (
    id TEXT PRIMARY KEY,                -- the name's parts, sorted: "kunio-mikuriya"
    name TEXT NOT NULL,
    title TEXT,                         -- the latest title an article gives
    org TEXT,
    articles INTEGER NOT NULL DEFAULT 0,
    first_seen TEXT,
    last_seen TEXT
);

CREATE TABLE IF NOT EXISTS article_people (
    id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    ref TEXT NOT NULL,                  -- the article's own id: p1 (a person), u1 (unnamed role)
    person_id TEXT REFERENCES people (id) DEFERRABLE INITIALLY DEFERRED,
    name TEXT NOT NULL,                 -- as the article names them (a role, for u1)
    title TEXT,
    org TEXT,
    took_part INTEGER NOT NULL,         -- 0: the article only talks about them
    mentions INTEGER NOT NULL,
    date TEXT,                          -- the article's date: when the title was held
    UNIQUE (article_id, ref)
);
CREATE INDEX IF NOT EXISTS article_people_person ON article_people (person_id);

CREATE TABLE IF NOT EXISTS organizations (
    id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    ref TEXT NOT NULL,
    name TEXT NOT NULL,
    acronym TEXT
);
CREATE INDEX IF NOT EXISTS organizations_article ON organizations (article_id);

CREATE TABLE IF NOT EXISTS sections (
    id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    kind TEXT NOT NULL,
    label TEXT NOT NULL,
    first_paragraph INTEGER NOT NULL,
    last_paragraph INTEGER NOT NULL,
    participants TEXT NOT NULL          -- names joined by "; "
);
CREATE INDEX IF NOT EXISTS sections_article ON sections (article_id);

CREATE TABLE IF NOT EXISTS statements (
    id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    paragraph INTEGER NOT NULL,
    sentence INTEGER NOT NULL,
    kind TEXT,                          -- the section kind of its paragraph
    speaker TEXT NOT NULL,              -- as the article names the speaker
    speaker_kind TEXT NOT NULL,         -- person, group, organization
    speaker_ref TEXT,                   -- p1, u1, o1 in its article; none for a group
    person_id TEXT REFERENCES people (id) DEFERRABLE INITIALLY DEFERRED,
    cue TEXT NOT NULL,
    text TEXT NOT NULL,
    direct INTEGER NOT NULL             -- 1: a direct quotation
);
CREATE INDEX IF NOT EXISTS statements_article ON statements (article_id);
CREATE INDEX IF NOT EXISTS statements_person ON statements (person_id);

CREATE TABLE IF NOT EXISTS events (
    id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    date TEXT NOT NULL,                 -- YYYY-MM-DD or YYYY-MM
    end_date TEXT,
    paragraph INTEGER NOT NULL,
    kind TEXT,
    what TEXT NOT NULL,
    place TEXT,
    announced INTEGER NOT NULL,         -- 1: told in the future tense
    UNIQUE (article_id, number)
);
CREATE INDEX IF NOT EXISTS events_date ON events (date);

CREATE TABLE IF NOT EXISTS event_people (
    id INTEGER PRIMARY KEY,
    event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    ref TEXT NOT NULL,
    person_id TEXT REFERENCES people (id) DEFERRABLE INITIALLY DEFERRED,
    name TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS event_people_event ON event_people (event_id);
CREATE INDEX IF NOT EXISTS event_people_person ON event_people (person_id);

CREATE VIEW IF NOT EXISTS person_titles AS
    SELECT person_id, title, max(org) AS org, min(date) AS first_seen, max(date) AS last_seen,
           count(*) AS articles
    FROM article_people
    WHERE person_id IS NOT NULL AND title IS NOT NULL
    GROUP BY person_id, title COLLATE NOCASE;
"""


def _fts(table: str, columns: tuple[str, ...]) -> str:
    """An FTS5 table over ``table``'s ``columns`` and the triggers that keep it in step, as
    sqlite-utils' ``enable_fts(..., create_triggers=True)`` writes them (Datasette looks for
    ``content=[table]``). The update trigger fires on the indexed columns only: setting a
    statement's person_id does not rewrite the index."""
    cols = ", ".join(f"[{c}]" for c in columns)
    new = ", ".join(f"new.[{c}]" for c in columns)
    old = ", ".join(f"old.[{c}]" for c in columns)
    fts = f"{table}_fts"
    return f"""
CREATE VIRTUAL TABLE IF NOT EXISTS [{fts}] USING FTS5 ({cols}, content=[{table}]);
CREATE TRIGGER IF NOT EXISTS [{table}_ai] AFTER INSERT ON [{table}] BEGIN
  INSERT INTO [{fts}] (rowid, {cols}) VALUES (new.rowid, {new});
END;
CREATE TRIGGER IF NOT EXISTS [{table}_ad] AFTER DELETE ON [{table}] BEGIN
  INSERT INTO [{fts}] ([{fts}], rowid, {cols}) VALUES ('delete', old.rowid, {old});
END;
CREATE TRIGGER IF NOT EXISTS [{table}_au] AFTER UPDATE OF {", ".join(columns)} ON [{table}] BEGIN
  INSERT INTO [{fts}] ([{fts}], rowid, {cols}) VALUES ('delete', old.rowid, {old});
  INSERT INTO [{fts}] (rowid, {cols}) VALUES (new.rowid, {new});
END;
"""


SCHEMA = _TABLES + _fts("statements", ("text", "speaker")) + _fts("paragraphs", ("text",))


def _unusable(path: Path, reason: str) -> OutputError:
    return OutputError(f"cannot use {path} as a briefcli store: {reason}; give another --db FILE")


def connect(path: Path, *, create: bool = True) -> sqlite3.Connection:
    """Open (and with ``create``, make) the store at ``path``: WAL journal, so that a reader
    never blocks the writer and a killed writer loses only its open transaction; foreign keys
    on; autocommit mode, transactions opened explicitly (``BEGIN IMMEDIATE``)."""
    if not create and not path.is_file():
        raise OutputError(f"no store at {path}; make one with `briefcli index SOURCES... --db {path}`")
    if path.is_dir():
        raise _unusable(path, "it is a folder")
    if create and not path.parent.is_dir():
        raise OutputError(f"cannot create {path}: folder {path.parent} does not exist; create it first")
    try:
        conn = sqlite3.connect(path, isolation_level=None, timeout=30.0)
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'articles'").fetchone()[0]
        if version not in (0, STORE_VERSION) or (version == 0 and tables):
            conn.close()
            raise _unusable(path, f"it was made by another program or version (user_version {version})")
        conn.execute("PRAGMA journal_mode = WAL")
        # Durable against a crash of this process (kill -9); only a power cut may lose the last
        # commits, and even then the file stays consistent.
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
        if version == 0 and create:
            # One transaction: a store is made whole or not at all.
            conn.executescript(f"BEGIN IMMEDIATE;{SCHEMA}PRAGMA user_version = {STORE_VERSION};COMMIT;")
    except sqlite3.DatabaseError as exc:
        raise _unusable(path, str(exc)) from exc
    return conn
