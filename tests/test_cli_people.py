"""`briefcli people` on the bundled reference article, in every format, and its error paths."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner

from briefcli.cli import app
from briefcli.contract import PeopleViewDict
from briefcli.errors import ExitCode
from briefcli.render.templates import render_builtin
from briefcli.render.terminal import people_renderable

runner = CliRunner()

REFERENCE_PEOPLE = [
    ("Kunio Mikuriya", "Secretary General", "World Customs Organization"),
    ("Mikhail Mishustin", "Prime Minister", "Russian Federation"),
    ("Anton Siluanov", "Minister of Finance", "Russian Federation"),
]
REFERENCE_PARTICIPANTS = [
    "Acting Head of the Federal Customs Service of the Russian Federation",
    "Chairman of the Board of the Eurasian Economic Commission",
    "General Director of the Russian Railways",
    "representative of the Vice-Chair of the WCO Europe Region from Greece",
]


def _json() -> PeopleViewDict:
    result = runner.invoke(app, ["people", "--format", "json"])
    assert result.exit_code == 0, result.output
    data: PeopleViewDict = json.loads(result.stdout)
    return data


def test_json_lists_exactly_the_three_people_with_titles_and_organizations() -> None:
    data = _json()
    assert [(p["name"], p["title"], p["org"]) for p in data["people"]] == REFERENCE_PEOPLE
    assert data["location"] == "Moscow, Russia"


def test_json_resolves_the_role_named_later_and_the_pronouns() -> None:
    siluanov = _json()["people"][2]
    assert siluanov["forms"][0] == "the Minister of Finance of Russia"  # before the name is given
    assert {"Mr. Anton Siluanov", "Mr. Siluanov", "He"} <= set(siluanov["forms"])
    mikuriya = _json()["people"][0]
    assert {
        "Dr. Kunio Mikuriya",
        "Dr. Mikuriya",
        "the WCO Secretary General",
        "The Secretary General",
        "He",
        "his",
    } <= set(mikuriya["forms"])
    assert mikuriya["mentions"] >= len(mikuriya["forms"])


def test_json_lists_the_four_unnamed_participants() -> None:
    assert [p["role"] for p in _json()["participants"]] == REFERENCE_PARTICIPANTS


def test_csv_has_a_row_per_person_then_per_participant() -> None:
    result = runner.invoke(app, ["people", "--format", "csv"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert list(rows[0]) == ["kind", "name", "title", "org", "mentions", "sections", "statements"]
    assert [(r["kind"], r["name"], r["title"], r["org"]) for r in rows[:3]] == [
        ("person", *p) for p in REFERENCE_PEOPLE
    ]
    assert [r["name"] for r in rows[3:]] == REFERENCE_PARTICIPANTS
    assert {r["kind"] for r in rows[3:]} == {"participant"}


def test_markdown_is_a_table() -> None:
    result = runner.invoke(app, ["people", "--format", "md"])
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert out.startswith("# Who's who: WCO Secretary General participates")
    assert "| Name | Title | Organization | Mentions | Sections | Statements |" in out
    assert "| Anton Siluanov | Minister of Finance | Russian Federation |" in out
    assert "## Unnamed participants" in out
    assert "| General Director of the Russian Railways | General Director | Russian Railways | 1 |" in out


def test_markdown_escapes_pipes_in_cells() -> None:
    view: PeopleViewDict = {
        "schema_version": "1",
        "title": "A | B",
        "source": {"kind": "stdin", "name": "-", "format": "text"},
        "location": None,
        "sections": [],
        "people": [
            {
                "name": "Ana | Ortiz",
                "title": None,
                "org": "X|Y",
                "mentions": 1,
                "forms": [],
                "sections": [],
                "statements": 0,
            }
        ],
        "participants": [],
    }
    out = render_builtin("people.md.j2", {"people": view})
    assert "| Ana \\| Ortiz | — | X\\|Y | 1 | — | 0 |" in out


def test_rich_is_the_default() -> None:
    result = runner.invoke(app, ["people"], env={"COLUMNS": "160"})
    assert result.exit_code == 0, result.output
    for name, _, _ in REFERENCE_PEOPLE:
        assert name in result.stdout
    assert "Unnamed participants" in result.stdout


def test_rich_takes_text_not_markup() -> None:
    view: PeopleViewDict = {
        "schema_version": "1",
        "title": "[bold]x[/bold]",
        "source": {"kind": "stdin", "name": "-", "format": "text"},
        "location": None,
        "sections": ["Talks [sic]"],
        "people": [
            {
                "name": "Ana [sic] Ortiz",
                "title": None,
                "org": None,
                "mentions": 2,
                "forms": [],
                "sections": ["Talks [sic]"],
                "statements": 0,
            }
        ],
        "participants": [{"role": "the [red]Chair[/red]", "title": None, "org": None, "mentions": 1}],
    }
    console = Console(record=True, width=100)
    console.print(people_renderable(view))
    out = console.export_text()
    assert "Ana [sic] Ortiz" in out and "[bold]x[/bold]" in out and "[red]Chair[/red]" in out
    assert "§1 Talks [sic]" in out


def test_an_article_without_people(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("A title\n\nThe talks went well. Trade grew.\n\nBoth sides agreed.\n", encoding="utf-8")
    result = runner.invoke(app, ["people", str(path), "--format", "md"])
    assert result.exit_code == 0, result.output
    assert "No named people." in result.stdout
    result = runner.invoke(app, ["people", str(path), "--format", "json"])
    assert json.loads(result.stdout)["people"] == []


def test_help_has_an_example() -> None:
    result = runner.invoke(app, ["people", "--help"])
    assert result.exit_code == 0
    assert "Example: briefcli people" in result.stdout
    assert "people" in runner.invoke(app, ["--help"]).stdout


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["people", "no-such-file.txt"], ExitCode.INPUT, "no-such-file.txt"),
        (["people", "--format", "xml"], ExitCode.USAGE, "xml"),
    ],
)
def test_errors(args: list[str], code: ExitCode, message: str) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == int(code)
    assert message in result.output


def test_eval_verbose_lists_missed_and_spurious_people(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "visit.txt").write_text(
        "A visit\n\n2 May 2023\n\nMs. Ana Ortiz, Director of the Port, met Mr. Ben Cole in Lima, Peru.\n\n"
        "She thanked him.\n",
        encoding="utf-8",
    )
    gold = {
        "published": "2023-05-02",
        "location": "Lima, Peru",
        "event_dates": [],
        "people": [{"name": "Ana Ortiz"}, {"name": "Rosa Diaz"}],
        "paragraphs": [{"index": 0, "kind": "bilateral"}, {"index": 1, "kind": "bilateral"}],
        "statements": [],
    }
    (corpus / "visit.json").write_text(json.dumps(gold), encoding="utf-8")
    result = runner.invoke(app, ["eval", str(corpus), "-v"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "missed person" in result.stdout and "Rosa Diaz" in result.stdout
    assert "spurious person" in result.stdout and "Ben Cole" in result.stdout
    assert "wrong location" not in result.stdout
