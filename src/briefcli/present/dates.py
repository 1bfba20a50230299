"""Dates for reading: the ISO dates of the analysis ("2021-10-23", "2021-09", a range with an
end) as a briefing writes them ("23 October 2021", "September 2021", "5–6 October 2011")."""

from __future__ import annotations

import calendar


def _readable(value: str, *, year: bool = True, month: bool = True) -> str:
    """ "2021-10-23" -> "23 October 2021"; "2021-09" -> "September 2021"."""
    y, m = int(value[:4]), int(value[5:7])
    parts = [str(int(value[8:10]))] if len(value) == 10 else []
    if month:
        parts.append(calendar.month_name[m])
    if year:
        parts.append(str(y))
    return " ".join(parts)


def when(date: str, end: str | None) -> str:
    """A date or a range for reading: "23 October 2021", "5–6 October 2011",
    "30 January – 1 February 2013", "June – July 2019"."""
    if not end or end == date:
        return _readable(date)
    same_year = date[:4] == end[:4]
    same_month = same_year and date[:7] == end[:7] and len(date) == 10 and len(end) == 10
    if same_month:
        return f"{int(date[8:10])}–{_readable(end)}"
    return f"{_readable(date, year=not same_year)} – {_readable(end)}"


def iso_range(date: str, end: str | None) -> str:
    """A date or a range, in ISO: "2021-10-23", or "2013-01-30 – 2013-02-01"."""
    return f"{date} – {end}" if end and end != date else date
