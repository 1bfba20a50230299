"""The commands on the bundled reference article, and the CLI's error handling."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from briefcli.cli import app
from briefcli.errors import ExitCode

runner = CliRunner()

REFERENCE_TITLE = "WCO Secretary General participates in International Customs Forum in Moscow"


def test_help_lists_the_commands() -> None:
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for command in ("analyze", "summary", "schema"):
        assert command in result.stdout


COMMANDS = [
    "analyze",
    "summary",
    "export",
    "people",
    "sections",
    "timeline",
    "quotes",
    "templates",
    "schema",
    "eval",
]


def test_the_command_list_gives_one_line_per_command() -> None:
    result = runner.invoke(app, ["--help"], env={"COLUMNS": "100"})
    rows = [line for line in result.stdout.splitlines() if line.startswith("│ ")]
    for command in COMMANDS:
        row = next(i for i, line in enumerate(rows) if line.startswith(f"│ {command} "))
        # The next row is another command or the panel's end, never a wrapped description.
        following = rows[row + 1] if row + 1 < len(rows) else "│ " + COMMANDS[0]
        assert following[2:4].strip(), (rows[row], following)


@pytest.mark.parametrize("args", [["--help"], ["summary", "--help"], ["eval", "--help"]])
def test_help_lists_the_exit_codes(args: list[str]) -> None:
    result = runner.invoke(app, args, env={"COLUMNS": "200"})
    text = " ".join(result.stdout.split())
    for code in ExitCode:
        assert f" {int(code)} " in text.split("Exit codes:", 1)[1]
    assert "3 the source cannot be read as an article" in text


def test_shell_completion_installs_and_completes(tmp_path: Path) -> None:
    shown = subprocess.run(
        [sys.executable, "-m", "briefcli", "--show-completion", "bash"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert shown.returncode == 0, shown.stderr
    assert "_briefcli_completion" in shown.stdout
    env = {"HOME": str(tmp_path), "SHELL": "/bin/bash", "PATH": "/usr/bin:/bin"}
    installed = subprocess.run(
        [sys.executable, "-m", "briefcli", "--install-completion", "bash"],
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )
    assert installed.returncode == 0, installed.stderr
    assert (tmp_path / ".bash_completions" / "briefcli.sh").exists()
    # What bash asks when the user types `briefcli su<TAB>` (the script calls the program so).
    completed = subprocess.run(
        [sys.executable, "-m", "briefcli"],
        capture_output=True,
        text=True,
        check=False,
        env={**env, "_BRIEFCLI_COMPLETE": "complete_bash", "COMP_WORDS": "briefcli su", "COMP_CWORD": "1"},
    )
    assert completed.stdout.split() == ["summary"]


def test_global_options_work_after_the_command(monkeypatch: pytest.MonkeyPatch) -> None:
    import briefcli.text.load

    seen: dict[str, float] = {}
    real_load = briefcli.text.load.load

    def load(spec: str | None = None, **kwargs: Any) -> Any:
        seen["timeout"] = kwargs["timeout"]
        return real_load(spec, **kwargs)

    monkeypatch.setattr(briefcli.text.load, "load", load)
    result = runner.invoke(app, ["summary", "--timeout", "2.5", "--no-color"])
    assert result.exit_code == 0, result.output
    assert seen["timeout"] == 2.5
    result = runner.invoke(app, ["--timeout", "4", "people"])
    assert result.exit_code == 0, result.output
    assert seen["timeout"] == 4
    # --debug after the command: the error comes as the exception itself, not one line.
    result = runner.invoke(app, ["summary", "no-such-file.txt", "--debug"])
    assert result.exit_code != 0
    assert type(result.exception).__name__ == "InputError"


@pytest.mark.parametrize("command", ["analyze", "summary", "schema"])
def test_each_command_has_help_with_an_example(command: str) -> None:
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0
    assert "Example" in result.stdout


@pytest.mark.parametrize("command", ["analyze", "summary"])
def test_help_names_the_bundled_article(command: str) -> None:
    result = runner.invoke(app, [command, "--help"], env={"COLUMNS": "200"})
    assert "bundled reference article" in " ".join(result.stdout.split())


def test_the_word_budget_the_help_and_readme_give_is_the_default() -> None:
    from briefcli.present.summary import DEFAULT_MAX_WORDS

    result = runner.invoke(app, ["summary", "--help"], env={"COLUMNS": "200"})
    assert f"Default: {DEFAULT_MAX_WORDS}," in " ".join(result.stdout.split())
    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    assert f"(default {DEFAULT_MAX_WORDS} words," in readme
    assert f"the budget is {DEFAULT_MAX_WORDS} words" in " ".join(readme.split())


def test_analyze_json_on_the_bundled_article() -> None:
    result = runner.invoke(app, ["analyze", "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["title"] == REFERENCE_TITLE
    assert data["published"] == "2021-10-25"
    assert data["source"]["kind"] == "sample"
    assert [len(p["sentences"]) for p in data["paragraphs"]] == [2, 1, 4, 2, 2, 3]
    assert [s["index"] for p in data["paragraphs"] for s in p["sentences"]] == list(range(14))
    body = "\n\n".join(p["text"] for p in data["paragraphs"])
    for p in data["paragraphs"]:
        for s in p["sentences"]:
            assert body[s["start"] : s["end"]] == s["text"]
    assert data["paragraphs"][2]["sentences"][1]["text"].startswith("Dr. Mikuriya emphasized")


def test_analyze_rich_on_the_bundled_article() -> None:
    result = runner.invoke(app, ["analyze"])
    assert result.exit_code == 0, result.output
    assert "2021-10-25" in result.stdout
    assert "Paragraphs" in result.stdout


@pytest.mark.parametrize("fmt", ["rich", "md", "txt", "json"])
def test_summary_formats_cite_paragraphs(fmt: str) -> None:
    result = runner.invoke(app, ["summary", "--format", fmt])
    assert result.exit_code == 0, result.output
    out = result.stdout
    if fmt == "json":
        data = json.loads(out)
        assert data["title"] == REFERENCE_TITLE
        assert data["bottom_line"][0]["paragraph"] == 0
        assert data["bottom_line"][0]["text"].startswith("On 23 October 2021")
    else:
        assert "25 October 2021" in out
        assert "(¶0)" in out
        assert "On 23 October 2021" in out


def test_summary_respects_max_words() -> None:
    short = json.loads(runner.invoke(app, ["summary", "-f", "json", "--max-words", "60"]).stdout)
    long = json.loads(runner.invoke(app, ["summary", "-f", "json", "--max-words", "400"]).stdout)
    points = [sum(len(s["points"]) for s in view["sections"]) for view in (short, long)]
    assert points[0] < points[1]
    assert short["words"] <= 60 < long["words"] <= 400


def test_markup_in_article_text_prints_as_written(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(
        "A [bold]title[/bold]\n\nThe minister [sic] met the envoy [/x] today.\n", encoding="utf-8"
    )
    result = runner.invoke(app, ["summary", str(path)])
    assert result.exit_code == 0, result.output
    assert "[sic]" in result.stdout
    assert "[/x]" in result.stdout
    assert "[bold]title[/bold]" in result.stdout


def test_input_error_is_one_line_without_traceback(tmp_path: Path) -> None:
    result = runner.invoke(app, ["analyze", str(tmp_path / "missing.txt")])
    assert result.exit_code == ExitCode.INPUT
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith("briefcli: error: ")
    assert "Traceback" not in result.stderr


def test_debug_shows_the_traceback(tmp_path: Path) -> None:
    result = runner.invoke(app, ["--debug", "analyze", str(tmp_path / "missing.txt")])
    assert result.exit_code != 0
    assert result.exception is not None


def test_internal_error_has_its_own_code(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(article: object) -> object:
        raise RuntimeError("boom")

    monkeypatch.setattr("briefcli.analysis.analyse", broken)
    result = runner.invoke(app, ["analyze"])
    assert result.exit_code == ExitCode.INTERNAL
    assert "internal error" in result.stderr
    assert "--debug" in result.stderr
    assert result.stderr.count("\n") == 1


def test_unknown_format_is_a_usage_error() -> None:
    result = runner.invoke(app, ["analyze", "--format", "yaml"])
    assert result.exit_code == ExitCode.USAGE


def test_python_dash_m_and_version() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "briefcli", "--version"], capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0
    assert proc.stdout.startswith("briefcli ")
