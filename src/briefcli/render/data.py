"""Data formats: CSV and iCalendar (ICS). Fed the same plain dicts as JSON."""

from __future__ import annotations

import calendar
import csv
import datetime as dt
import hashlib
import io
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefcli.contract import TimelineViewDict

# A spreadsheet runs a cell that starts with one of these as a formula ("=HYPERLINK(...)").
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    text = "; ".join(str(v) for v in value) if isinstance(value, list | tuple) else str(value)
    # The writer quotes a cell with "\n" in it but not one with a lone "\r", which a reader takes
    # for the end of the row: "\r=HYPERLINK(...)" would start a new row with a formula.
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # Neutralise formula injection the way OWASP recommends: a leading apostrophe.
    return "'" + text if text.startswith(_FORMULA_START) else text


def to_csv(rows: Iterable[Mapping[str, object]], columns: Sequence[str]) -> str:
    """CSV with a header row; lists joined with "; "; formula-like cells neutralised."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_cell(row.get(column)) for column in columns])
    return buffer.getvalue()


# --- iCalendar (RFC 5545) ----------------------------------------------------------------------
# Written by hand: a timeline is a few all-day events, and the rules that matter (CRLF line ends,
# folding at 75 octets, escaping, VALUE=DATE with an exclusive DTEND) fit in forty lines; the
# icalendar library would cost ~100 ms of import. The tests parse the output back with it.

ICS_PRODID = "-//briefcli//briefcli timeline//EN"
_MAX_OCTETS = 75


def ics_escape(text: str) -> str:
    """TEXT value escaping (RFC 5545, 3.3.11): backslash, semicolon, comma, newline."""
    text = text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return text.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n")


def ics_fold(line: str) -> list[str]:
    """A content line folded into lines of at most 75 octets (UTF-8), continuation lines
    starting with one space; a character is never split."""
    out: list[str] = []
    current = ""
    size = 0
    limit = _MAX_OCTETS
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            out.append(current)
            current, size, limit = " ", 1, _MAX_OCTETS
        current += char
        size += width
    out.append(current)
    return out


def _days(date: str, end: str | None) -> tuple[dt.date, dt.date]:
    """The first day and the day after the last of a "YYYY-MM-DD" or "YYYY-MM" date (or range)."""

    def bounds(value: str) -> tuple[dt.date, dt.date]:
        if len(value) == 7:
            year, month = int(value[:4]), int(value[5:])
            return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
        day = dt.date.fromisoformat(value)
        return day, day

    first = bounds(date)[0]
    last = bounds(end or date)[1]
    return first, max(first, last) + dt.timedelta(days=1)


def _uids(view: TimelineViewDict) -> list[str]:
    """Each row's UID, from the content alone: the article's id, then the row's kind, date and
    paragraph (a second event of the same day in the same paragraph counts as the second). Never
    from where the file lives nor from the other rows, so importing the calendar again (the
    same article from another folder, a URL, standard input; with or without the publication
    row; worded differently by a newer briefcli) updates its events instead of adding copies."""
    seen: Counter[tuple[str, ...]] = Counter()
    uids = []
    for row in view["rows"]:
        key = (row["kind"], row["date"], "" if row["paragraph"] is None else str(row["paragraph"]))
        seen[key] += 1
        content = "\x1f".join([view["article_id"], *key, str(seen[key])])
        uids.append(hashlib.sha256(content.encode("utf-8")).hexdigest()[:32] + "@briefcli.invalid")
    return uids


def to_ics(view: TimelineViewDict) -> str:
    """The timeline as an iCalendar file: one all-day VEVENT per row (DTSTART;VALUE=DATE and an
    exclusive DTEND; a month is the whole month), the source paragraph as DESCRIPTION, the
    place as LOCATION. Reproducible: UID and DTSTAMP come from the content and the publication
    date (else the first date), never from the clock nor the file's path."""
    rows = view["rows"]
    stamp_day = view["published"] or (rows[0]["date"] if rows else "1970-01-01")
    stamp = _days(stamp_day, None)[0].strftime("%Y%m%dT000000Z")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{ICS_PRODID}", "CALSCALE:GREGORIAN", "METHOD:PUBLISH"]
    if view["title"]:
        lines.append(f"X-WR-CALNAME:{ics_escape(view['title'])}")
    for row, uid in zip(rows, _uids(view), strict=True):
        first, after = _days(row["date"], row["end"])
        lines += [
            "BEGIN:VEVENT",
            f"UID:{uid}",
            f"DTSTAMP:{stamp}",
            f"DTSTART;VALUE=DATE:{first:%Y%m%d}",
            f"DTEND;VALUE=DATE:{after:%Y%m%d}",
            f"SUMMARY:{ics_escape(row['what'])}",
        ]
        if row["where"]:
            lines.append(f"LOCATION:{ics_escape(row['where'])}")
        if row["text"] is not None:
            cite = f"¶{row['paragraph']}" + (f", {row['section']}" if row["section"] else "")
            description = f"{row['text']}\n\n({cite}; {view['source']['name']})"
        else:
            description = f"Publication of the article ({view['source']['name']})"
        lines.append(f"DESCRIPTION:{ics_escape(description)}")
        if row["who"]:
            lines.append(f"X-BRIEFCLI-WHO:{ics_escape(', '.join(row['who']))}")
        lines += [f"CATEGORIES:{row['kind'].upper()}", "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return "".join(folded + "\r\n" for line in lines for folded in ics_fold(line))
