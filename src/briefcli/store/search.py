"""``briefcli search``: full-text search of a store's statements and article text (FTS5), each hit
with its article and paragraph (¶), best matches first (BM25)."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Final

from briefcli.errors import NoResultsError, UsageError
from briefcli.store.schema import connect

if TYPE_CHECKING:
    from briefcli.contract import SearchDict, SearchHitDict

# The JSON outputs' version (``briefcli.contract.SchemaVersion``), as every view carries it.
SCHEMA_VERSION: Final = "1"


_STATEMENTS = (
    "SELECT 'statement', bm25(statements_fts), a.id, a.title, a.date, a.source_name, s.paragraph,"
    " coalesce(p.name, s.speaker), s.cue, s.text"
    " FROM statements_fts JOIN statements s ON s.id = statements_fts.rowid"
    " JOIN articles a ON a.id = s.article_id LEFT JOIN people p ON p.id = s.person_id"
    " WHERE statements_fts MATCH ? ORDER BY bm25(statements_fts) LIMIT ?"
)
_PARAGRAPHS = (
    "SELECT 'paragraph', bm25(paragraphs_fts), a.id, a.title, a.date, a.source_name, g.paragraph,"
    " NULL, NULL, g.text"
    " FROM paragraphs_fts JOIN paragraphs g ON g.id = paragraphs_fts.rowid"
    " JOIN articles a ON a.id = g.article_id"
    " WHERE paragraphs_fts MATCH ? ORDER BY bm25(paragraphs_fts) LIMIT ?"
)


def _quoted(query: str) -> str:
    """The query with each word as a literal: what FTS5 cannot parse ("U.S.", "co-operation")."""
    return " ".join('"' + word.replace('"', '""') + '"' for word in query.split())


def _hits(conn: sqlite3.Connection, query: str, limit: int) -> list[tuple[object, ...]]:
    rows = conn.execute(_STATEMENTS, (query, limit)).fetchall()
    rows += conn.execute(_PARAGRAPHS, (query, limit)).fetchall()
    return sorted(rows, key=lambda r: (float(str(r[1])), str(r[2]), int(str(r[6]))))[:limit]


def search_view(db: Path, query: str, *, limit: int = 20) -> SearchDict:
    """The ``limit`` best hits of ``query`` (FTS5 syntax: words, "a phrase", OR, NOT, prefix*)
    among the statements and paragraphs of the store ``db``; a query FTS5 cannot parse is taken
    word by word, literally. No hit is a NoResultsError."""
    if not query.strip():
        raise UsageError("the query is empty; give words to search for")
    conn = connect(db, create=False)
    try:
        try:
            rows = _hits(conn, query, limit)
        except sqlite3.OperationalError:
            rows = _hits(conn, _quoted(query), limit)
    finally:
        conn.close()
    if not rows:
        raise NoResultsError(f"nothing in {db.name} matches {query!r}")
    hits: list[SearchHitDict] = [
        {
            "kind": str(kind),  # type: ignore[typeddict-item]
            "article_id": str(article_id),
            "title": title,  # type: ignore[typeddict-item]
            "date": date,  # type: ignore[typeddict-item]
            "source": str(source),
            "paragraph": int(str(paragraph)),
            "speaker": speaker,  # type: ignore[typeddict-item]
            "cue": cue,  # type: ignore[typeddict-item]
            "text": str(text),
        }
        for kind, _rank, article_id, title, date, source, paragraph, speaker, cue, text in rows
    ]
    return {"schema_version": SCHEMA_VERSION, "store": db.name, "query": query, "hits": hits}
