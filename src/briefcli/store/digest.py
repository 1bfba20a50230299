"""``briefcli digest``: a briefing across the articles of a store.

``digest_view`` reads the store and returns a plain dict (``briefcli.contract.DigestDict``): the
articles cited (numbered A1, A2, ... by date), a merged timeline, who met whom (pairs of people
with the dates, places and citations of their meetings) and the statements grouped by speaker
with the titles they held, every line citing its article and paragraph (¶). Filters: a speaker
(any part of a name, as written or as the person is known), an organization (the articles that
name it), a period (``since``/``until``, ISO dates) and a section kind.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Sequence
from itertools import combinations
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, NamedTuple

from briefcli.errors import NoResultsError, UsageError
from briefcli.store.schema import connect

if TYPE_CHECKING:
    from briefcli.contract import (
        DigestArticleDict,
        DigestDict,
        DigestMeetingDict,
        DigestSpeakerDict,
        DigestStatementDict,
        DigestTimelineDict,
        DigestTitleDict,
    )

# The JSON outputs' version (``briefcli.contract.SchemaVersion``), as every view carries it.
SCHEMA_VERSION: Final = "1"


class Filters(NamedTuple):
    speaker: str | None = None
    org: str | None = None
    since: str | None = None
    until: str | None = None
    kind: str | None = None


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def check_date(value: str | None, option: str) -> str | None:
    """An ISO date (or year-month, or year) as given to --since/--until, else a UsageError."""
    import datetime as dt

    if value is None:
        return None
    for form, length in (("%Y-%m-%d", 10), ("%Y-%m", 7), ("%Y", 4)):
        try:
            dt.datetime.strptime(value, form)
        except ValueError:
            continue
        if len(value) == length:
            return value
    raise UsageError(f"{option} {value!r} is not a date; give YYYY-MM-DD, YYYY-MM or YYYY")


def _speaker_ids(conn: sqlite3.Connection, speaker: str) -> list[str]:
    """The people a speaker query names: any part of their name as shown or as an article wrote it."""
    pattern = _like(speaker)
    rows = conn.execute(
        "SELECT id FROM people WHERE name LIKE ?1 ESCAPE '\\' OR id LIKE ?1 ESCAPE '\\'"
        " UNION SELECT person_id FROM article_people"
        " WHERE person_id IS NOT NULL AND name LIKE ?1 ESCAPE '\\'",
        (pattern,),
    ).fetchall()
    return sorted(r[0] for r in rows)


def _article_filter(filters: Filters) -> tuple[str, list[str]]:
    """SQL restricting ``a`` (articles) to those that name the organization."""
    if not filters.org:
        return "1", []
    pattern = _like(filters.org)
    return (
        "a.id IN (SELECT article_id FROM organizations"
        " WHERE name LIKE ? ESCAPE '\\' OR acronym LIKE ? ESCAPE '\\'"
        " UNION SELECT article_id FROM article_people WHERE org LIKE ? ESCAPE '\\')",
        [pattern, filters.org, pattern],
    )


def _period(column: str, filters: Filters) -> tuple[str, list[str]]:
    """SQL keeping ``column`` (an ISO date, or a month) within --since/--until: a month or a year
    counts when it overlaps the period."""
    clauses: list[str] = []
    params: list[str] = []
    if filters.since:
        clauses.append(f"{column} >= substr(?, 1, length({column}))")
        params.append(filters.since)
    if filters.until:
        clauses.append(f"substr({column}, 1, length(?)) <= ?")
        params += [filters.until, filters.until]
    return " AND ".join(clauses) or "1", params


class _Articles:
    """The articles cited, numbered A1, A2, ... in date order once all are known."""

    def __init__(self) -> None:
        self.rows: dict[str, tuple[Any, ...]] = {}

    def cite(self, row: Sequence[Any]) -> str:
        self.rows.setdefault(str(row[0]), tuple(row))
        return str(row[0])

    def numbered(self) -> tuple[dict[str, str], list[DigestArticleDict]]:
        ordered = sorted(self.rows.values(), key=lambda r: (r[2] or "", r[1] or "", r[0]))
        refs = {row[0]: f"A{n}" for n, row in enumerate(ordered, start=1)}
        articles: list[DigestArticleDict] = [
            {"ref": refs[r[0]], "id": r[0], "title": r[1], "date": r[2], "source": r[3]} for r in ordered
        ]
        return refs, articles


_ARTICLE = "a.id, a.title, a.date, a.source_name"


def _timeline(
    conn: sqlite3.Connection, filters: Filters, who: list[str] | None, cited: _Articles
) -> list[Any]:
    where, params = _article_filter(filters)
    period, period_params = _period("e.date", filters)
    sql = (
        f"SELECT {_ARTICLE}, e.id, e.date, e.end_date, e.what, e.place, e.kind, e.paragraph FROM events e"
        f" JOIN articles a ON a.id = e.article_id WHERE e.announced = 0 AND {where} AND {period}"
    )
    args: list[object] = [*params, *period_params]
    if filters.kind:
        sql += " AND e.kind = ?"
        args.append(filters.kind)
    if who is not None:
        marks = ",".join("?" * len(who))
        sql += f" AND e.id IN (SELECT event_id FROM event_people WHERE person_id IN ({marks}))"
        args += who
    rows = conn.execute(sql + " ORDER BY e.date, a.date, a.id, e.number", args).fetchall()
    return [(cited.cite(r[:4]), *r[4:]) for r in rows]


def _people_at(conn: sqlite3.Connection, event_ids: list[int]) -> dict[int, list[tuple[str | None, str]]]:
    """Each event's people: (person id or None, the name shown)."""
    found: dict[int, list[tuple[str | None, str]]] = defaultdict(list)
    for start in range(0, len(event_ids), 900):
        chunk = event_ids[start : start + 900]
        for event_id, person_id, name, shown in conn.execute(
            "SELECT ep.event_id, ep.person_id, ep.name, p.name FROM event_people ep"
            f" LEFT JOIN people p ON p.id = ep.person_id WHERE ep.event_id IN ({','.join('?' * len(chunk))})"
            " ORDER BY ep.id",
            chunk,
        ):
            if all(person_id is None or person_id != other for other, _ in found[event_id]):
                found[event_id].append((person_id, shown or name))
    return found


def _meetings(
    events: list[Any], people_at: dict[int, list[tuple[str | None, str]]], who: list[str] | None
) -> list[DigestMeetingDict]:
    """Who met whom: every pair of named people at one event, with each occasion."""
    pairs: dict[tuple[str, str], DigestMeetingDict] = {}
    for article, event_id, date, _end, what, place, kind, paragraph in events:
        named = sorted({(pid, name) for pid, name in people_at.get(event_id, []) if pid is not None})
        for (a_id, a_name), (b_id, b_name) in combinations(named, 2):
            if who is not None and a_id not in who and b_id not in who:
                continue
            meeting = pairs.setdefault(
                (a_id, b_id), {"people": [a_name, b_name], "person_ids": [a_id, b_id], "occasions": []}
            )
            meeting["occasions"].append(
                {
                    "date": date,
                    "where": place,
                    "what": what,
                    "kind": kind,
                    "article": article,
                    "paragraph": paragraph,
                }
            )
    return sorted(pairs.values(), key=lambda m: (-len(m["occasions"]), m["people"]))


def _statements(
    conn: sqlite3.Connection, filters: Filters, who: list[str] | None, cited: _Articles
) -> list[Any]:
    where, params = _article_filter(filters)
    period, period_params = _period("a.date", filters)
    sql = (
        f"SELECT {_ARTICLE}, s.person_id, coalesce(p.name, s.speaker), s.cue, s.text, s.direct, s.kind,"
        " s.paragraph"
        " FROM statements s JOIN articles a ON a.id = s.article_id LEFT JOIN people p ON p.id = s.person_id"
        f" WHERE {where} AND {period}"
    )
    args: list[object] = [*params, *period_params]
    if filters.kind:
        sql += " AND s.kind = ?"
        args.append(filters.kind)
    if who is not None:
        sql += f" AND (s.person_id IN ({','.join('?' * len(who))})"
        sql += " OR (s.person_id IS NULL AND s.speaker LIKE ? ESCAPE '\\'))"
        args += [*who, _like(filters.speaker or "")]
    rows = conn.execute(sql + " ORDER BY a.date, a.id, s.paragraph, s.sentence", args).fetchall()
    return [(cited.cite(r[:4]), r[2], *r[4:]) for r in rows]


def _titles(conn: sqlite3.Connection, person_ids: list[str]) -> dict[str, list[DigestTitleDict]]:
    titles: dict[str, list[DigestTitleDict]] = defaultdict(list)
    for start in range(0, len(person_ids), 900):
        chunk = person_ids[start : start + 900]
        for person_id, title, first, last in conn.execute(
            "SELECT person_id, title, first_seen, last_seen FROM person_titles"
            f" WHERE person_id IN ({','.join('?' * len(chunk))}) ORDER BY first_seen, title",
            chunk,
        ):
            titles[person_id].append({"title": title, "first_seen": first, "last_seen": last})
    return titles


def _speakers(
    conn: sqlite3.Connection, statements: list[Any], refs: dict[str, str]
) -> list[DigestSpeakerDict]:
    groups: dict[tuple[str | None, str], list[DigestStatementDict]] = defaultdict(list)
    for article, date, person_id, name, cue, text, direct, kind, paragraph in statements:
        groups[(person_id, name)].append(
            {
                "date": date,
                "cue": cue,
                "text": text,
                "direct": bool(direct),
                "kind": kind,
                "article": refs[article],
                "paragraph": paragraph,
            }
        )
    titles = _titles(conn, sorted({pid for pid, _ in groups if pid is not None}))
    speakers: list[DigestSpeakerDict] = [
        {"name": name, "person_id": pid, "titles": titles.get(pid, []) if pid else [], "statements": rows}
        for (pid, name), rows in groups.items()
    ]
    return sorted(speakers, key=lambda s: (-len(s["statements"]), s["name"]))


def digest_view(db: Path, filters: Filters) -> DigestDict:
    """The digest of the store ``db`` under ``filters`` (see the module's text). A speaker that
    names no one in the store is a NoResultsError."""
    conn = connect(db, create=False)
    try:
        who = None
        if filters.speaker:
            who = _speaker_ids(conn, filters.speaker)
            said = conn.execute(
                "SELECT 1 FROM statements WHERE person_id IS NULL AND speaker LIKE ? ESCAPE '\\' LIMIT 1",
                (_like(filters.speaker),),
            ).fetchone()
            if not who and not said:
                raise NoResultsError(f"no one in {db.name} is named {filters.speaker!r}; try part of a name")
        cited = _Articles()
        events = _timeline(conn, filters, who, cited)
        people_at = _people_at(conn, [e[1] for e in events])
        statements = _statements(conn, filters, who, cited)
        refs, articles = cited.numbered()
        timeline: list[DigestTimelineDict] = [
            {
                "date": date,
                "end": end,
                "what": what,
                "where": place,
                "who": [name for _, name in people_at.get(event_id, [])],
                "kind": kind,
                "article": refs[article],
                "paragraph": paragraph,
            }
            for article, event_id, date, end, what, place, kind, paragraph in events
        ]
        meetings = _meetings(events, people_at, who)
        for meeting in meetings:
            for occasion in meeting["occasions"]:
                occasion["article"] = refs[occasion["article"]]
        return {
            "schema_version": SCHEMA_VERSION,
            "store": db.name,
            "filters": dict(filters._asdict()),  # type: ignore[typeddict-item]
            "articles": articles,
            "timeline": timeline,
            "meetings": meetings,
            "speakers": _speakers(conn, statements, refs),
        }
    finally:
        conn.close()
