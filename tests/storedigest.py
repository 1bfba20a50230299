"""Two stores are the same when every table holds the same rows: a row count and a content hash per
table, row ids aside (they depend on the order articles were written in; an event person's event
is named by its article and number instead)."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

TABLES = (
    "articles",
    "paragraphs",
    "people",
    "article_people",
    "organizations",
    "sections",
    "statements",
    "events",
    "event_people",
)


def _query(conn: sqlite3.Connection, table: str) -> str:
    if table == "event_people":
        return (
            "SELECT e.article_id, e.number, p.article_id, p.ref, p.person_id, p.name"
            " FROM event_people p JOIN events e ON e.id = p.event_id"
        )
    columns = [
        row[1]
        for row in conn.execute(f"PRAGMA table_info({table})")
        if not (row[1] == "id" and row[2] == "INTEGER")  # a row id, not a key
    ]
    return f"SELECT {', '.join(columns)} FROM {table}"


def table_digests(db: Path) -> dict[str, tuple[int, str]]:
    """Each table's (row count, SHA-256 of its rows in sorted order)."""
    digests = {}
    conn = sqlite3.connect(db)
    try:
        for table in TABLES:
            rows = sorted(repr(row) for row in conn.execute(_query(conn, table)))
            digest = hashlib.sha256("\n".join(rows).encode("utf-8", "surrogatepass")).hexdigest()
            digests[table] = (len(rows), digest)
    finally:
        conn.close()
    return digests
