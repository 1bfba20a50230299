"""Date lines: the line under the title that gives the publication date, maybe a place."""

from __future__ import annotations

import datetime as dt

import pytest

from briefcli.text.dateline import parse_dateline


@pytest.mark.parametrize(
    ("line", "date", "place"),
    [
        ("25 October 2021", dt.date(2021, 10, 25), None),
        ("07 March 2019", dt.date(2019, 3, 7), None),
        ("Geneva, January 24, 2003", dt.date(2003, 1, 24), "Geneva"),
        ("21 December 2021, Bangkok Thailand", dt.date(2021, 12, 21), "Bangkok Thailand"),
        ("Thursday 9 June 2022", dt.date(2022, 6, 9), None),
        ("Nairobi, Kenya, Friday, 4 June 2021", dt.date(2021, 6, 4), "Nairobi, Kenya"),
        ("Sept. 3, 2019", dt.date(2019, 9, 3), None),
        ("1st of April 2020", dt.date(2020, 4, 1), None),
        ("2021-10-25", dt.date(2021, 10, 25), None),
    ],
)
def test_date_lines(line: str, date: dt.date, place: str | None) -> None:
    parsed = parse_dateline(line)
    assert parsed is not None
    assert (parsed.date, parsed.place) == (date, place)


@pytest.mark.parametrize(
    "line",
    [
        "5-6 October 2011",  # a range is the event's dates, not the publication's
        "Lisbon, 12-14 May 2019",
        "On 23 October 2021, the minister met the delegation.",  # a sentence
        "31 February 2021",  # no such day
        "October 2021",  # no day
        "The talks lasted until 3 June 2021 in the capital of the country",
        "",
    ],
)
def test_not_date_lines(line: str) -> None:
    assert parse_dateline(line) is None
