"""`briefcli quotes`: every format, every filter, speaker matching, and the error paths.

Most tests run on an article written for them, whose statements are set by hand at the offsets
of their content (``_statements``), so the command is tested whatever the detection stage finds.
The reference-article tests at the end use the detection stage itself."""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import replace
from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner

import briefcli.analysis
from briefcli.cli import app
from briefcli.contract import QuotesDict
from briefcli.errors import ExitCode, NoResultsError, UsageError
from briefcli.model import Article, Briefing, SpeakerKind, Statement
from briefcli.present.views import QUOTES_CSV_COLUMNS, quotes_rows, quotes_view
from briefcli.render.terminal import quotes_renderable
from briefcli.text.load import load

runner = CliRunner()

ARTICLE = """Port Authority chief attends maritime forum in Lisbon

12 March 2024

On 11 March 2024, Ms. Ana Ortiz, Director General of the Atlantic Port Authority (APA), attended \
the Maritime Trade Forum in Lisbon, Portugal, at the invitation of the Government of Portugal.

During the panel discussion on green shipping, Ms. Ortiz stressed that ports must cut emissions \
by half before 2030. The Deputy Mayor of Lisbon, who chaired the panel, said that the city would \
invest in shore power. Other panellists called for common rules on shore power | and *bonus* tariffs.

In the margins of the forum, the Director General held a bilateral meeting with Mr. Rui Costa, \
Minister of Finance of Portugal. Mr. Costa said: “Our ports are open [sic] to new partners \
<script>alert(1)</script> and [/x] ideas.” The Director General noted that the two ports already \
share customs data. Both sides agreed to meet again in June.

The Atlantic Port Authority was founded in 1952 and runs four ports on the coast. “-20% in port \
fees is our goal for 2030,” the APA said in a statement.
"""

# (speaker, kind, cue, content as written, direct): the statements the article makes.
STATEMENTS: list[tuple[str, SpeakerKind, str, str, bool]] = [
    ("Ana Ortiz", "person", "stressed", "ports must cut emissions by half before 2030", False),
    ("The Deputy Mayor of Lisbon", "person", "said", "the city would invest in shore power", False),
    ("Other panellists", "group", "called", "common rules on shore power | and *bonus* tariffs", False),
    (
        "Rui Costa",
        "person",
        "said",
        "Our ports are open [sic] to new partners <script>alert(1)</script> and [/x] ideas.",
        True,
    ),
    ("Ana Ortiz", "person", "noted", "the two ports already share customs data", False),
    ("Both sides", "group", "agreed", "to meet again in June", False),
    ("The APA", "organization", "said", "-20% in port fees is our goal for 2030", True),
]
ORTIZ_TITLE = ("Director General", "Atlantic Port Authority")


def _ref(briefing: Briefing, speaker: str) -> str | None:
    """The id the statements stage would give the speaker: a person by name, an unnamed role
    holder by its role, an organization by its acronym; None for a group."""
    bare = speaker.removeprefix("The ")
    refs: list[tuple[str, set[str]]] = [
        *((p.id, {p.name}) for p in briefing.people),
        *((r.id, {r.role}) for r in briefing.participants),
        *((o.id, {o.name, o.acronym or o.name}) for o in briefing.organizations),
    ]
    for ref, forms in refs:
        if speaker in forms or bare in forms:
            return ref
    return None


def _statements(briefing: Briefing) -> tuple[Statement, ...]:
    article = briefing.article
    out = []
    for speaker, kind, cue, content, direct in STATEMENTS:
        start = article.text.index(content)
        sentence = next(s for s in article.sentences if s.start <= start < s.end)
        out.append(
            Statement(
                speaker,
                kind,
                cue,
                start,
                start + len(content),
                sentence.paragraph,
                sentence.index,
                direct,
                speaker_id=_ref(briefing, speaker),
            )
        )
    return tuple(out)


@pytest.fixture
def article(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """The test article on disk; the analysis gives it the statements of STATEMENTS."""
    path = tmp_path / "forum.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    real = briefcli.analysis.analyse

    def analyse(art: Article) -> Briefing:
        briefing = real(art)
        return replace(briefing, statements=_statements(briefing))

    monkeypatch.setattr(briefcli.analysis, "analyse", analyse)
    return str(path)


def _briefing(tmp_path: Path) -> Briefing:
    path = tmp_path / "forum.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    article = load(str(path))
    briefing = briefcli.analysis.analyse(article)
    return replace(briefing, statements=_statements(briefing))


def _quotes_json(*args: str) -> QuotesDict:
    result = runner.invoke(app, ["quotes", *args, "--format", "json"])
    assert result.exit_code == 0, result.output
    data: QuotesDict = json.loads(result.stdout)
    return data


def _speakers(view: QuotesDict) -> list[str]:
    return [g["speaker"] for g in view["groups"]]


# --- The view ----------------------------------------------------------------------------------


def test_json_groups_by_speaker_in_order_of_first_statement(article: str) -> None:
    view = _quotes_json(article)
    assert _speakers(view) == [
        "Ana Ortiz",
        "The Deputy Mayor of Lisbon",
        "Other panellists",
        "Rui Costa",
        "Both sides",
        "The APA",
    ]
    ortiz = view["groups"][0]
    assert (ortiz["title"], ortiz["org"]) == ORTIZ_TITLE
    assert [(r["cue"], r["text"], r["section"], r["paragraph"]) for r in ortiz["rows"]] == [
        ("stressed", "ports must cut emissions by half before 2030", "panel", 1),
        ("noted", "the two ports already share customs data", "bilateral", 2),
    ]
    assert ortiz["rows"][1]["section_label"] == "Bilateral talks: Ana Ortiz – Rui Costa"
    assert [s["name"] for s in view["speakers"]] == _speakers(view)
    assert [s["statements"] for s in view["speakers"]] == [2, 1, 1, 1, 1, 1]
    assert view["total"] == len(STATEMENTS)
    assert [s["kind"] for s in view["sections"]] == ["panel", "bilateral", "other"]


def test_json_rows_carry_the_speaker_and_the_sentence(article: str) -> None:
    costa = _quotes_json(article)["groups"][3]
    row = costa["rows"][0]
    assert (row["speaker"], row["speaker_kind"], row["title"], row["org"]) == (
        "Rui Costa",
        "person",
        "Minister of Finance",
        "Portugal",
    )
    assert row["direct"] is True and row["cue"] == "said"
    assert row["text"].startswith("Our ports are open [sic]")
    assert row["sentence"] == 5


def test_an_unnamed_role_holder_speaks_as_written(article: str) -> None:
    mayor = _quotes_json(article)["groups"][1]
    # The role is the speaker's own name: no title repeats it.
    assert (mayor["speaker"], mayor["speaker_kind"], mayor["title"]) == (
        "The Deputy Mayor of Lisbon",
        "person",
        None,
    )


def test_an_organization_speaker_gets_the_organization_name(article: str) -> None:
    apa = _quotes_json(article)["groups"][-1]
    assert (apa["speaker"], apa["speaker_kind"], apa["org"]) == (
        "The APA",
        "organization",
        "Atlantic Port Authority",
    )


# --- --speaker ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "speakers"),
    [
        ("Ortiz", ["Ana Ortiz"]),  # surname
        ("ana", ["Ana Ortiz"]),  # given name, any case
        ("ANA ORTIZ", ["Ana Ortiz"]),  # full name
        ("Ms. Ortiz", ["Ana Ortiz"]),  # a form the text uses
        ("Ms Ortiz", ["Ana Ortiz"]),  # punctuation does not matter
        ("director general", ["Ana Ortiz"]),  # title
        ("Director General Ortiz", ["Ana Ortiz"]),  # title + surname, never written so
        ("the director general", ["Ana Ortiz"]),  # a title mention
        ("minister", ["Rui Costa"]),
        ("Rui", ["Rui Costa"]),
        ("both sides", ["Both sides"]),  # a group, as written
        ("panellists", ["Other panellists"]),
        ("deputy mayor", ["The Deputy Mayor of Lisbon"]),  # an unnamed role holder, by its role
        ("Lisbon", ["The Deputy Mayor of Lisbon"]),
        ("Atlantic Port Authority", ["Ana Ortiz", "The APA"]),  # her mention names it too
        ("the apa", ["The APA"]),
    ],
)
def test_speaker_matches_names_titles_and_groups(article: str, query: str, speakers: list[str]) -> None:
    assert _speakers(_quotes_json(article, "--speaker", query)) == speakers


@pytest.mark.parametrize("query", ["Ortega", "Ort", "Ana Costa", "he", "Secretary General"])
def test_speaker_without_a_match_exits_1_and_names_the_speakers(article: str, query: str) -> None:
    result = runner.invoke(app, ["quotes", article, "--speaker", query])
    assert result.exit_code == int(ExitCode.NO_RESULTS)
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert lines == [
        f"briefcli: error: no statements by {query!r}; speakers in this article: "
        "Ana Ortiz, The Deputy Mayor of Lisbon, Other panellists, Rui Costa, Both sides, The APA"
    ]


def test_speaker_matching_ignores_accents(tmp_path: Path) -> None:
    briefing = _briefing(tmp_path)
    accented = tuple(
        replace(s, speaker="Ana Ortíz") if s.speaker == "Ana Ortiz" else s for s in briefing.statements
    )
    people = tuple(replace(p, name="Ana Ortíz") if p.name == "Ana Ortiz" else p for p in briefing.people)
    view = quotes_view(replace(briefing, statements=accented, people=people), speaker="ortiz")
    assert _speakers(view) == ["Ana Ortíz"]
    assert view["groups"][0]["title"] == "Director General"


def test_speaker_with_no_letters_is_a_usage_error(article: str) -> None:
    result = runner.invoke(app, ["quotes", article, "--speaker", " . "])
    assert result.exit_code == int(ExitCode.USAGE)
    assert "has no letters" in result.stderr


# --- --section, --direct, --reported -----------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (
            ["--section", "panel"],
            [
                ("Ana Ortiz", "stressed"),
                ("The Deputy Mayor of Lisbon", "said"),
                ("Other panellists", "called"),
            ],
        ),
        (
            ["--section", "bilateral"],
            [("Rui Costa", "said"), ("Ana Ortiz", "noted"), ("Both sides", "agreed")],
        ),
        (["--section", "other"], [("The APA", "said")]),
        (["--direct"], [("Rui Costa", "said"), ("The APA", "said")]),
        (
            ["--reported"],
            [
                ("Ana Ortiz", "stressed"),
                ("The Deputy Mayor of Lisbon", "said"),
                ("Other panellists", "called"),
                ("Ana Ortiz", "noted"),
                ("Both sides", "agreed"),
            ],
        ),
        (["--speaker", "Ortiz", "--section", "bilateral"], [("Ana Ortiz", "noted")]),
        (["--speaker", "costa", "--direct"], [("Rui Costa", "said")]),
    ],
)
def test_filters(article: str, args: list[str], expected: list[tuple[str, str]]) -> None:
    view = _quotes_json(article, *args)
    assert [(r["speaker"], r["cue"]) for r in quotes_rows(view)] == expected


def test_filters_are_reported_in_the_view(article: str) -> None:
    view = _quotes_json(article, "--speaker", "Ortiz", "--section", "panel", "--reported")
    assert view["filters"] == {"speaker": "Ortiz", "section": "panel", "direct": False}
    assert view["total"] == len(STATEMENTS)
    assert view["speakers"][0]["statements"] == 2  # the whole article's count, not the filtered one


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--speaker", "Costa", "--section", "panel"], "no statements by 'Costa' in panel sections"),
        (["--speaker", "Both sides", "--direct"], "no direct quotes by 'Both sides'"),
        (["--speaker", "the APA", "--reported"], "no reported statements by 'the APA'"),
    ],
)
def test_filters_that_exclude_everything_exit_1(article: str, args: list[str], message: str) -> None:
    result = runner.invoke(app, ["quotes", article, *args])
    assert result.exit_code == int(ExitCode.NO_RESULTS)
    assert message in result.stderr and "speakers in this article: Ana Ortiz," in result.stderr


def test_direct_and_reported_together_are_a_usage_error(article: str) -> None:
    result = runner.invoke(app, ["quotes", article, "--direct", "--reported"])
    assert result.exit_code == int(ExitCode.USAGE)
    assert "--direct and --reported exclude each other" in result.stderr
    assert result.stdout == ""


def test_an_unknown_section_kind_is_a_usage_error(article: str) -> None:
    result = runner.invoke(app, ["quotes", article, "--section", "plenary"])
    assert result.exit_code == int(ExitCode.USAGE)
    assert "plenary" in result.output
    with pytest.raises(UsageError, match="plenary"):
        quotes_view(briefcli.analysis.analyse(load(article)), section="plenary")


# --- An article without statements ------------------------------------------------------------

QUIET = (
    "Talks in Quito\n\n4 May 2023\n\nMs. Rosa Vera met Mr. Luis Mora in Quito. The talks lasted an hour.\n"
)


@pytest.mark.parametrize(
    ("fmt", "expected"),
    [
        ("rich", "No statements in this article."),
        ("md", "No statements in this article."),
        ("txt", "No statements in this article."),
        ("html", '<p class="empty">No statements in this article.</p>'),
        ("csv", ",".join(QUOTES_CSV_COLUMNS)),
    ],
)
def test_no_statements_and_no_filter_prints_an_empty_list(tmp_path: Path, fmt: str, expected: str) -> None:
    path = tmp_path / "quiet.txt"
    path.write_text(QUIET, encoding="utf-8")
    result = runner.invoke(app, ["quotes", str(path), "--format", fmt])
    assert result.exit_code == 0, result.output
    assert expected in result.stdout
    data = json.loads(runner.invoke(app, ["quotes", str(path), "--format", "json"]).stdout)
    assert (data["groups"], data["speakers"], data["total"]) == ([], [], 0)


def test_no_statements_with_a_filter_exits_1(tmp_path: Path) -> None:
    path = tmp_path / "quiet.txt"
    path.write_text(QUIET, encoding="utf-8")
    result = runner.invoke(app, ["quotes", str(path), "--speaker", "Vera"])
    assert result.exit_code == int(ExitCode.NO_RESULTS)
    assert result.stderr.strip() == "briefcli: error: no statements by 'Vera'; this article has no statements"
    with pytest.raises(NoResultsError):
        quotes_view(briefcli.analysis.analyse(load(str(path))), direct=True)


# --- Formats -----------------------------------------------------------------------------------


def _rich(view: QuotesDict, width: int = 80) -> str:
    console = Console(record=True, width=width)
    console.print(quotes_renderable(view))
    return console.export_text()


def test_rich_groups_by_speaker_with_title(article: str) -> None:
    result = runner.invoke(app, ["quotes", article])  # rich is the default
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "Quotes: Port Authority chief attends maritime forum in Lisbon" in out
    heading = "Ana Ortiz — Director General, Atlantic Port Authority  (2 statements)"
    assert heading in out
    assert out.index(heading) < out.index("stressed") < out.index("Other panellists") < out.index("Rui Costa")
    assert "Rui Costa — Minister of Finance, Portugal  (1 statement)" in out
    assert re.search(r"^\s+1\s+panel\s+stressed\s+ports must cut", out, flags=re.M)
    flowing = " ".join(out.split())  # the terminal wraps the line
    assert "Sections: Panel discussion on green shipping at the Maritime Trade Forum (panel, ¶1)" in flowing


def test_rich_prints_article_text_literally(tmp_path: Path) -> None:
    out = _rich(quotes_view(_briefing(tmp_path)))
    # Rich markup in the article is text, not markup: nothing is swallowed.
    assert "[sic]" in out and "[/x]" in out and "<script>alert(1)</script>" in out
    assert "*bonus*" in out and "“Our ports are open [sic]" in out  # direct: in quotation marks


@pytest.mark.parametrize("width", [80, 100])
def test_rich_fits_the_terminal_without_cutting_words(tmp_path: Path, width: int) -> None:
    view = quotes_view(_briefing(tmp_path))
    out = _rich(view, width)
    lines = out.splitlines()
    assert max(len(line) for line in lines) <= width
    printed = set(re.findall(r"\S+", out))
    for row in quotes_rows(view):
        for word in row["text"].split()[1:-1]:  # the first and last carry the quotation marks
            assert word in printed, word


def test_markdown(article: str) -> None:
    result = runner.invoke(app, ["quotes", article, "--format", "md"])
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert out.startswith("# Quotes: Port Authority chief attends maritime forum in Lisbon\n")
    assert "## Ana Ortiz — Director General, Atlantic Port Authority\n" in out
    assert "| 1 | panel | stressed | ports must cut emissions by half before 2030 |" in out
    # Article text cannot break the table or become markup.
    assert "| 1 | panel | called | common rules on shore power \\| and \\*bonus\\* tariffs |" in out
    assert "open \\[sic\\] to new partners \\<script>alert(1)\\</script> and \\[/x\\] ideas." in out
    for line in out.splitlines():
        if line.startswith("| ") and not line.startswith("| ¶"):
            assert len(re.findall(r"(?<!\\)\|", line)) == 5, line


def test_markdown_shows_the_filters(article: str) -> None:
    result = runner.invoke(app, ["quotes", article, "-f", "md", "--speaker", "ortiz", "--reported"])
    assert result.exit_code == 0, result.output
    assert "*Only speaker 'ortiz', reported speech.*" in result.stdout
    assert "## Ana Ortiz" in result.stdout and "## Rui Costa" not in result.stdout
    assert "ports already share customs data" in result.stdout


def test_html_is_a_page_and_escapes_article_text(article: str) -> None:
    result = runner.invoke(app, ["quotes", article, "--format", "html"])
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert out.startswith("<!DOCTYPE html>") and out.rstrip().endswith("</html>")
    assert "<script>" not in out and "</script>" not in out
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out
    assert '<h2>Ana Ortiz <span class="role">— Director General, Atlantic Port Authority</span></h2>' in out
    assert '<tr class="direct">' in out and out.count("<section") == 6


def test_text(article: str) -> None:
    result = runner.invoke(app, ["quotes", article, "--format", "txt"])
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "Ana Ortiz (Director General, Atlantic Port Authority)\n" in out
    assert "- ¶1, panel, stressed: ports must cut emissions by half before 2030\n" in out
    assert "[sic]" in out and "<script>" in out  # plain text is not escaped
    assert max(len(line) for line in out.splitlines() if not line.startswith("Source: ")) <= 80


def test_csv_rows_in_text_order_with_formulas_neutralised(article: str) -> None:
    result = runner.invoke(app, ["quotes", article, "--format", "csv"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert tuple(rows[0]) == QUOTES_CSV_COLUMNS
    assert [(r["speaker"], r["cue"], r["paragraph"]) for r in rows] == [
        ("Ana Ortiz", "stressed", "1"),
        ("The Deputy Mayor of Lisbon", "said", "1"),
        ("Other panellists", "called", "1"),
        ("Rui Costa", "said", "2"),
        ("Ana Ortiz", "noted", "2"),
        ("Both sides", "agreed", "2"),
        ("The APA", "said", "3"),
    ]
    assert (rows[0]["title"], rows[0]["org"], rows[0]["direct"]) == (*ORTIZ_TITLE, "false")
    assert rows[-1]["text"] == "'-20% in port fees is our goal for 2030"  # no formula in a spreadsheet


@pytest.mark.parametrize("fmt", ["rich", "md", "json", "csv", "html", "txt"])
def test_output_file(article: str, tmp_path: Path, fmt: str) -> None:
    target = tmp_path / f"quotes.{fmt}"
    result = runner.invoke(app, ["quotes", article, "--format", fmt, "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert f"wrote {target}" in result.stderr
    # a CSV file starts with a byte-order mark, for Excel (tests/test_shared_files.py)
    text = target.read_text(encoding="utf-8-sig" if fmt == "csv" else "utf-8")
    assert "ports must cut emissions by half before 2030" in text
    printed = runner.invoke(app, ["quotes", article, "--format", fmt]).stdout
    if fmt != "rich":  # rich on a terminal may differ from its plain-text file
        assert text == printed


def test_output_file_is_not_overwritten_without_force(article: str, tmp_path: Path) -> None:
    target = tmp_path / "quotes.md"
    target.write_text("keep me", encoding="utf-8")
    result = runner.invoke(app, ["quotes", article, "-f", "md", "-o", str(target)])
    assert result.exit_code == int(ExitCode.OUTPUT)
    assert target.read_text(encoding="utf-8") == "keep me"
    result = runner.invoke(app, ["quotes", article, "-f", "md", "-o", str(target), "--force"])
    assert result.exit_code == 0, result.output
    assert target.read_text(encoding="utf-8").startswith("# Quotes:")


def test_user_template_sees_the_view(article: str, tmp_path: Path) -> None:
    template = tmp_path / "mine.txt"
    template.write_text(
        "{% for g in quotes.groups %}{{ g.speaker }}: {{ g.rows|length }}\n{% endfor %}", encoding="utf-8"
    )
    result = runner.invoke(app, ["quotes", article, "--template", str(template), "--speaker", "sides"])
    assert result.exit_code == 0, result.output
    assert result.stdout == "Both sides: 1\n"


def test_help_has_an_example() -> None:
    result = runner.invoke(app, ["quotes", "--help"])
    assert result.exit_code == 0
    assert "Example: briefcli quotes" in result.stdout
    assert "quotes" in runner.invoke(app, ["--help"]).stdout


# --- The reference article, through the detection stage ---------------------------------------

MIKURIYA_SECTIONS = ["panel", "panel", "bilateral", "bilateral", "bilateral"]


@pytest.mark.parametrize(
    "query",
    [
        "Mikuriya",
        "kunio",
        "Kunio Mikuriya",
        "Dr. Mikuriya",
        "Secretary General",
        "secretary general mikuriya",
        "the WCO Secretary General",
    ],
)
def test_reference_mikuriya_has_five_statements(query: str) -> None:
    view = _quotes_json("--speaker", query)
    assert _speakers(view) == ["Kunio Mikuriya"]
    group = view["groups"][0]
    assert (group["title"], group["org"]) == ("Secretary General", "World Customs Organization")
    assert [r["section"] for r in group["rows"]] == MIKURIYA_SECTIONS
    assert [r["cue"] for r in group["rows"]][:2] == ["emphasized", "highlighted"]


@pytest.mark.parametrize("query", ["Siluanov", "anton", "Minister of Finance", "Mr. Siluanov"])
def test_reference_siluanov_has_three_statements(query: str) -> None:
    view = _quotes_json("--speaker", query)
    assert _speakers(view) == ["Anton Siluanov"]
    rows = view["groups"][0]["rows"]
    assert [(r["cue"], r["section"], r["paragraph"]) for r in rows] == [
        ("noted", "bilateral", 4),
        ("stressed", "bilateral", 4),
        ("highlighted", "bilateral", 4),
    ]


def test_reference_mikuriya_in_the_bilateral_talks() -> None:
    rows = quotes_rows(_quotes_json("--speaker", "Mikuriya", "--section", "bilateral", "--reported"))
    assert [r["cue"] for r in rows] == ["emphasized", "noted", "concluded"]
    assert {r["section_label"] for r in rows} == {"Bilateral talks: Kunio Mikuriya – Anton Siluanov"}


def test_reference_a_person_without_statements_is_no_match() -> None:
    result = runner.invoke(app, ["quotes", "--speaker", "Mishustin"])
    assert result.exit_code == int(ExitCode.NO_RESULTS)
    message = result.stderr.strip()
    assert message.startswith("briefcli: error: no statements by 'Mishustin'; speakers in this article: ")
    assert "Kunio Mikuriya" in message and "Anton Siluanov" in message and "\n" not in message


def test_reference_rich_groups_with_titles() -> None:
    result = runner.invoke(app, ["quotes"])
    assert result.exit_code == 0, result.output
    out = result.stdout
    mikuriya = "Kunio Mikuriya — Secretary General, World Customs Organization  (5 statements)"
    siluanov = "Anton Siluanov — Minister of Finance, Russian Federation  (3 statements)"
    assert mikuriya in out and siluanov in out
    assert max(len(line) for line in out.splitlines()) <= 80


def test_a_split_quotation_of_two_sentences_reads_with_a_mark_between_them(tmp_path: Path) -> None:
    # '“A,” she said. “B.”': "A … B" for a reader; the analysis JSON keeps the guide's one space
    path = tmp_path / "a.txt"
    path.write_text(
        "Ports forum opens in Lisvik\n\nMinister Ana Ruiz opened the ports forum in Lisvik on Monday. “We "
        "cannot ask traders to trust a port that closes at night,” she said. “Reliability is everything.”\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["quotes", str(path), "--format", "json"])
    texts = [row["text"] for group in json.loads(result.stdout)["groups"] for row in group["rows"]]
    assert texts == [
        "We cannot ask traders to trust a port that closes at night\u00a0… Reliability is everything"
    ]
    analysed = runner.invoke(app, ["analyze", str(path), "--format", "json"])
    assert [s["text"] for s in json.loads(analysed.stdout)["statements"]] == [
        "We cannot ask traders to trust a port that closes at night Reliability is everything"
    ]
