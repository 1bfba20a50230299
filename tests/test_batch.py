"""Several sources in one command: files, folders, glob patterns, URLs and -, one output with
each briefing named by its source, a bad source reported and the others processed (exit 7)."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefcli.cli import app
from briefcli.errors import ExitCode, InputError
from briefcli.text.sources import expand_sources, is_batch
from conftest import article_dir

runner = CliRunner()

ARTICLES = ("ho2-2025-03-embassy-nairobi-bilateral.txt", "ho2-2025-09-geneva-agency-panel.txt")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Two dev-set articles, one of them in a subfolder."""
    shutil.copy(article_dir() / ARTICLES[0], tmp_path / ARTICLES[0])
    (tmp_path / "sub").mkdir()
    shutil.copy(article_dir() / ARTICLES[1], tmp_path / "sub" / ARTICLES[1])
    return tmp_path


def test_a_folder_stands_for_its_articles_recursively(tmp_path: Path) -> None:
    for name in ("b.txt", "a.md", "sub/c.HTML", "sub/d.htm", "e.pdf", ".hidden.txt", ".git/f.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    found = expand_sources([str(tmp_path)])
    assert [Path(str(p)).relative_to(tmp_path).as_posix() for p in found] == [
        "a.md",
        "b.txt",
        "sub/c.HTML",
        "sub/d.htm",
    ]


def test_patterns_urls_and_duplicates(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt", "c.md"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    found = expand_sources([f"{tmp_path}/*.txt", str(tmp_path / "a.txt"), "https://example.org/x", "-", "-"])
    assert found[:4] == [str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "https://example.org/x", "-"]
    assert isinstance(found[4], InputError) and "twice" in found[4].message
    nothing = expand_sources([f"{tmp_path}/*.zz", str(tmp_path / "missing.txt")])
    assert isinstance(nothing[0], InputError) and "no file matches" in nothing[0].message
    assert nothing[1] == str(tmp_path / "missing.txt")  # reading it says "file not found"


def test_empty_folder_is_named(tmp_path: Path) -> None:
    (tmp_path / "notes.pdf").write_text("x", encoding="utf-8")
    (error,) = expand_sources([str(tmp_path)])
    assert isinstance(error, InputError) and str(tmp_path) in error.message


def test_what_is_a_batch(tmp_path: Path) -> None:
    assert not is_batch([])
    assert not is_batch(["a.txt"]) and not is_batch(["-"]) and not is_batch(["https://x.org/*"])
    assert is_batch(["a.txt", "b.txt"]) and is_batch([str(tmp_path)]) and is_batch(["*.txt"])


def test_json_is_an_array_in_the_order_given(folder: Path) -> None:
    result = runner.invoke(app, ["summary", str(folder / "sub"), str(folder / ARTICLES[0]), "-f", "json"])
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert [d["source"]["name"] for d in data] == [ARTICLES[1], ARTICLES[0]]
    assert all(d["schema_version"] == "1" for d in data)


def test_jsonl_is_one_compact_analysis_per_line(folder: Path) -> None:
    result = runner.invoke(app, ["analyze", str(folder), "--format", "jsonl"])
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert [json.loads(line)["source"]["name"] for line in lines] == list(ARTICLES)
    one = runner.invoke(app, ["analyze", str(folder / ARTICLES[0]), "--format", "jsonl"])
    assert one.stdout == lines[0] + "\n"


def test_a_bad_source_is_named_and_the_others_processed(folder: Path) -> None:
    missing = str(folder / "missing.txt")
    result = runner.invoke(app, ["people", str(folder), missing, "*.none", "--format", "csv"])
    assert result.exit_code == int(ExitCode.PARTIAL) == 7
    errors = result.stderr.splitlines()
    assert len(errors) == 2
    assert missing in errors[0] and errors[0].startswith("briefcli: error: ")
    assert "*.none" in errors[1]
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert {r["source"] for r in rows} == set(ARTICLES)
    assert next(iter(csv.reader(io.StringIO(result.stdout))))[0] == "source"


def test_all_failed_gives_the_first_failures_code(tmp_path: Path) -> None:
    result = runner.invoke(app, ["summary", str(tmp_path / "a.txt"), str(tmp_path / "b.txt")])
    assert result.exit_code == ExitCode.INPUT
    assert len(result.stderr.splitlines()) == 2
    assert result.stdout == ""


def test_text_formats_name_each_source(folder: Path) -> None:
    result = runner.invoke(app, ["summary", str(folder), "-f", "md"])
    assert result.exit_code == 0, result.stderr
    headers = [line for line in result.stdout.splitlines() if line.startswith("==> ")]
    assert headers == [f"==> {name} <==" for name in ARTICLES]
    plain = runner.invoke(app, ["quotes", str(folder)])
    assert plain.exit_code == 0
    assert all(name in plain.stdout for name in ARTICLES)


def test_html_is_one_page(folder: Path) -> None:
    result = runner.invoke(app, ["timeline", str(folder), "-f", "html"])
    assert result.exit_code == 0, result.stderr
    page = result.stdout
    assert page.count("<html") == 1 and page.count("</html>") == 1 and page.count("<body") == 1
    assert page.count('<section class="source"') == 2


def test_ics_is_one_calendar(folder: Path, tmp_path: Path) -> None:
    target = tmp_path / "all.ics"
    result = runner.invoke(app, ["timeline", str(folder), "-o", str(target)])
    assert result.exit_code == 0, result.stderr
    data = target.read_bytes()
    assert data.count(b"BEGIN:VCALENDAR") == 1 and data.count(b"END:VCALENDAR") == 1
    singles = [
        runner.invoke(app, ["timeline", str(p), "-f", "ics", "-o", "-"]).stdout_bytes
        for p in sorted(folder.rglob("*.txt"))
    ]
    assert data.count(b"BEGIN:VEVENT") == sum(s.count(b"BEGIN:VEVENT") for s in singles)


def test_docx_takes_one_source(folder: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["export", str(folder), "-o", str(tmp_path / "x.docx")])
    assert result.exit_code == ExitCode.USAGE
    assert "one SOURCE" in result.stderr
    assert not (tmp_path / "x.docx").exists()


def test_a_filter_that_matches_in_one_source_only(folder: Path) -> None:
    result = runner.invoke(app, ["quotes", str(folder), "--speaker", "Kamau", "-f", "json"])
    assert result.exit_code == 0, result.stderr
    assert [d["source"]["name"] for d in json.loads(result.stdout)] == [ARTICLES[0]]
    none = runner.invoke(app, ["quotes", str(folder), "--speaker", "Nobody at all"])
    assert none.exit_code == ExitCode.NO_RESULTS
    assert "any of the 2 sources" in none.stderr


def test_stdin_among_files(folder: Path) -> None:
    text = (article_dir() / ARTICLES[1]).read_bytes()
    result = runner.invoke(app, ["sections", str(folder / ARTICLES[0]), "-", "-f", "json"], input=text)
    assert result.exit_code == 0, result.stderr
    assert [d["source"]["name"] for d in json.loads(result.stdout)] == [ARTICLES[0], "-"]
