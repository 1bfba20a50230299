"""`briefcli sections` and `briefcli timeline` in every format, on the bundled article and on
articles written for the tests; the ICS output parsed back with the icalendar library."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from html.parser import HTMLParser
from pathlib import Path

import icalendar
import pytest
from typer.testing import CliRunner

from briefcli.cli import app
from briefcli.contract import TimelineViewDict
from briefcli.errors import ExitCode
from briefcli.render.data import ics_escape, ics_fold, to_ics

runner = CliRunner()

ARTICLE = "\n\n".join(
    [
        "Ports ministers meet in Lima",
        "9 May 2022",
        "From 3 to 5 May 2022, Ms. Ana Ortiz, Minister of Transport of Peru, hosted the Pacific Ports "
        "Forum in Lima, Peru.",
        "On the margins of the Forum, Ms. Ortiz held bilateral talks with the Minister of Trade of Chile; "
        "both agreed, in principle, to share data.",
        "It will be recalled that the two countries signed a charter in June 2019.",
        "The next Forum will take place on 12 March 2023 in Santiago, Chile.",
    ]
)


def _run(*args: str, stdin: str | None = None) -> str:
    result = runner.invoke(app, list(args), input=stdin, env={"COLUMNS": "120"})
    assert result.exit_code == 0, result.output
    return result.stdout


# --- briefcli sections ---------------------------------------------------------------------------


def test_sections_json_on_the_bundled_article() -> None:
    view = json.loads(_run("sections", "--format", "json"))
    assert [(s["kind"], s["paragraphs"]) for s in view["sections"]] == [
        ("meeting", [0]),
        ("panel", [1, 2]),
        ("bilateral", [3, 4, 5]),
    ]
    labels = [s["label"] for s in view["sections"]]
    assert labels[0] == "International Customs Forum"
    assert "panel discussion" in labels[1]
    assert labels[2].startswith("Bilateral talks")
    assert view["sections"][0]["dates"] == ["2021-10-23"]
    assert view["sections"][2]["opening"].startswith("In the margins of his visit")


def test_paragraph_kinds_of_the_bundled_article() -> None:
    data = json.loads(_run("analyze", "--format", "json"))
    assert [p["kind"] for p in data["paragraphs"]] == [
        "meeting",
        "panel",
        "panel",
        "bilateral",
        "bilateral",
        "bilateral",
    ]
    assert [(s["kind"], s["paragraphs"]) for s in data["sections"]] == [
        ("meeting", [0]),
        ("panel", [1, 2]),
        ("bilateral", [3, 4, 5]),
    ]
    assert {e["date"] for e in data["events"]} == {"2021-10-23"}


def test_sections_md() -> None:
    out = _run("sections", "--format", "md")
    assert out.startswith("# Sections: WCO Secretary General participates")
    assert "## 1. International Customs Forum" in out
    assert "## 3. Bilateral talks" in out
    assert "- Paragraphs: ¶3, ¶4, ¶5" in out


def test_sections_rich() -> None:
    out = _run("sections")
    assert "International Customs Forum" in out
    assert "bilateral" in out and "¶3–5" in out


def test_sections_of_standard_input() -> None:
    view = json.loads(_run("sections", "-", "--format", "json", stdin=ARTICLE))
    assert [s["kind"] for s in view["sections"]] == ["meeting", "bilateral", "other", "meeting"]
    assert view["sections"][0]["label"] == "Pacific Ports Forum"
    assert view["sections"][2]["label"] == "Background"


# --- briefcli timeline ---------------------------------------------------------------------------


def test_timeline_md_on_the_bundled_article() -> None:
    out = _run("timeline", "--format", "md")
    rows = [line for line in out.splitlines() if line.startswith("| ") and "---" not in line][1:]
    assert len(rows) == 4
    forum, panel, bilateral, published = rows
    assert forum.startswith("| 23 October 2021 |") and "International Customs Forum" in forum
    assert panel.startswith("| 23 October 2021 |") and "panel discussion" in panel
    assert bilateral.startswith("| 23 October 2021 |") and "bilateral meeting" in bilateral
    assert published.startswith("| 25 October 2021 |") and "Published" in published
    assert "Moscow, Russia" in forum


def test_timeline_json_is_sorted_by_date() -> None:
    view = json.loads(_run("timeline", "-", "--format", "json", stdin=ARTICLE))
    rows = view["rows"]
    assert [(r["date"], r["end"], r["kind"]) for r in rows] == [
        ("2019-06", None, "event"),
        ("2022-05-03", "2022-05-05", "event"),
        ("2022-05-03", "2022-05-05", "event"),  # the talks, dated by the Forum
        ("2022-05-09", None, "publication"),
        ("2023-03-12", None, "event"),
    ]
    assert rows[1]["when"] == "3–5 May 2022"
    assert rows[1]["where"] == "Lima, Peru"
    assert rows[2]["what"] == "Ortiz held bilateral talks with the Minister of Trade of Chile"
    assert rows[4]["what"] == "The next Forum will take place in Santiago, Chile"
    assert rows[4]["where"] == "Santiago, Chile"


def test_timeline_csv() -> None:
    rows = list(csv.DictReader(io.StringIO(_run("timeline", "--format", "csv"))))
    assert [r["date"] for r in rows] == ["2021-10-23"] * 3 + ["2021-10-25"]
    assert [r["kind"] for r in rows] == ["event"] * 3 + ["publication"]
    assert rows[0]["paragraph"] == "0" and rows[3]["paragraph"] == ""
    assert rows[0]["section"] == "International Customs Forum"


def test_timeline_rich() -> None:
    out = _run("timeline")
    assert "2021-10-23" in out and "2021-10-25" in out and "Moscow, Russia" in out


class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def test_timeline_html_is_escaped() -> None:
    page = ARTICLE.replace("Pacific Ports Forum", "Pacific <b>Ports</b> & Harbours Forum")
    out = _run("timeline", "-", "--format", "html", stdin=page)
    assert out.startswith("<!DOCTYPE html>")
    assert "&lt;b&gt;Ports&lt;/b&gt; &amp; Harbours" in out
    parser = _Collect()
    parser.feed(out)
    assert "b" not in parser.tags  # the article's text never becomes markup
    assert parser.tags.count("tr") == 6  # the header and five rows
    # A range reads as one ("3–5 May 2022"), each end in its own <time datetime>.
    assert "3–5 May 2022" in "".join(parser.text)
    assert '<time datetime="2022-05-03">3</time>–<time datetime="2022-05-05">5 May 2022</time>' in out


def test_timeline_of_an_article_without_dates() -> None:
    article = "Talks in Quito\n\nThe Minister held bilateral talks with the Governor.\n\nHe praised the port."
    assert json.loads(_run("timeline", "-", "--format", "json", stdin=article))["rows"] == []
    assert "No dated events." in _run("timeline", "-", "--format", "md", stdin=article)


# --- ICS -------------------------------------------------------------------------------------------


def _calendar(text: str) -> icalendar.Calendar:
    return icalendar.Calendar.from_ical(text)


def test_timeline_ics_on_the_bundled_article_parses_back() -> None:
    result = runner.invoke(app, ["timeline", "--format", "ics"])
    assert result.exit_code == 0, result.output
    raw = result.stdout_bytes
    assert raw.endswith(b"\r\n") and b"\n" not in raw.replace(b"\r\n", b"")
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))
    calendar = _calendar(raw.decode("utf-8"))
    assert calendar["VERSION"] == "2.0"
    events = list(calendar.walk("VEVENT"))
    assert len(events) == 4
    forum = events[0]
    assert forum.decoded("DTSTART") == dt.date(2021, 10, 23)
    assert forum.decoded("DTEND") == dt.date(2021, 10, 24)  # exclusive
    assert (
        str(forum["SUMMARY"]) == "Kunio Mikuriya attended the International Customs Forum in Moscow, Russia"
    )
    assert str(forum["LOCATION"]) == "Moscow, Russia"
    description = str(forum["DESCRIPTION"])
    assert description.startswith("On 23 October 2021, at the invitation of the Federal Customs Service")
    assert "(¶0, International Customs Forum;" in description
    assert forum.decoded("DTSTAMP") == dt.datetime(2021, 10, 25, tzinfo=dt.UTC)
    assert len({str(e["UID"]) for e in events}) == 4
    assert events[3].decoded("DTSTART") == dt.date(2021, 10, 25)  # the publication


def test_timeline_ics_is_reproducible() -> None:
    assert _run("timeline", "--format", "ics") == _run("timeline", "--format", "ics")


def test_timeline_ics_ranges_and_months() -> None:
    calendar = _calendar(_run("timeline", "-", "--format", "ics", stdin=ARTICLE))
    spans = [(e.decoded("DTSTART"), e.decoded("DTEND")) for e in calendar.walk("VEVENT")]
    assert spans[0] == (dt.date(2019, 6, 1), dt.date(2019, 7, 1))  # a month: the whole month
    assert spans[1] == (dt.date(2022, 5, 3), dt.date(2022, 5, 6))  # 3 to 5 May: DTEND the day after
    talks = list(calendar.walk("VEVENT"))[2]
    assert str(talks["DESCRIPTION"]).startswith("On the margins of the Forum, Ms. Ortiz held")
    assert "both agreed, in principle, to share data" in str(talks["DESCRIPTION"])


def _view(what: str, where: str | None, text: str) -> TimelineViewDict:
    return {
        "schema_version": "1",
        "title": "A; B, C",
        "published": "2022-05-09",
        "source": {"kind": "file", "name": "test.txt", "format": "text"},
        "article_id": "0" * 32,
        "rows": [
            {
                "date": "2022-05-03",
                "end": None,
                "when": "3 May 2022",
                "kind": "event",
                "what": what,
                "where": where,
                "who": ["Ana Ortiz", "Ben Cole"],
                "paragraph": 0,
                "section": "Forum",
                "text": text,
            }
        ],
    }


def test_ics_escapes_and_folds() -> None:
    what = "Talks; trade, ports \\ data — and “quotes” " + "é" * 80
    text = "Line one,\nline two; with \\ backslash."
    ics = to_ics(_view(what, "Lima, Peru", text))
    calendar = _calendar(ics)
    [event] = calendar.walk("VEVENT")
    assert str(event["SUMMARY"]) == what
    assert str(event["LOCATION"]) == "Lima, Peru"
    assert str(event["DESCRIPTION"]).startswith(text)
    assert "X-WR-CALNAME:A\\; B\\, C\r\n" in ics  # TEXT, escaped like the others


@pytest.mark.parametrize(
    ("text", "escaped"),
    [("a,b", "a\\,b"), ("a;b", "a\\;b"), ("a\\b", "a\\\\b"), ("a\nb", "a\\nb"), ("a\r\nb", "a\\nb")],
)
def test_ics_escape(text: str, escaped: str) -> None:
    assert ics_escape(text) == escaped


def test_ics_fold_keeps_characters_whole() -> None:
    line = "DESCRIPTION:" + "é" * 100
    folded = ics_fold(line)
    assert all(len(part.encode("utf-8")) <= 75 for part in folded)
    assert all(part.startswith(" ") for part in folded[1:])
    assert "".join(part[1:] if i else part for i, part in enumerate(folded)) == line


# --- Errors and help -------------------------------------------------------------------------------


@pytest.mark.parametrize("command", ["sections", "timeline"])
def test_missing_file_is_an_input_error(command: str, tmp_path: Path) -> None:
    result = runner.invoke(app, [command, str(tmp_path / "missing.txt")])
    assert result.exit_code == int(ExitCode.INPUT)
    assert "missing.txt" in result.stderr


@pytest.mark.parametrize("command", ["sections", "timeline"])
def test_unknown_format_is_a_usage_error(command: str) -> None:
    result = runner.invoke(app, [command, "--format", "pdf"])
    assert result.exit_code == int(ExitCode.USAGE)


@pytest.mark.parametrize("command", ["sections", "timeline"])
def test_help_has_an_example(command: str) -> None:
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0
    assert "Example" in result.stdout


def test_the_publication_row_gives_a_capitalised_date_line_place_as_a_reader_writes_it() -> None:
    text = "Port forum opens\n\nLISVIK HARBOUR, 4 May 2026 - The port forum opened in Lisvik Harbour today.\n"
    rows = json.loads(_run("timeline", "-", "--format", "json", stdin=text))["rows"]
    assert [r["where"] for r in rows if r["kind"] == "publication"] == ["Lisvik Harbour"]
