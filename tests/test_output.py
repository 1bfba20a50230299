"""Output files (-o FILE): the same bytes as standard output (a CSV file with a byte-order mark
before them), written atomically, never over an existing file without --force, never left
half-written; and CSV cells that a spreadsheet would run as formulas neutralised."""

from __future__ import annotations

import codecs
import csv
import errno
import io
import os
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import briefcli.present.views
from briefcli.errors import ExitCode
from clicases import cases, invoke

# --- -o FILE writes what standard output would get ----------------------------------------------


@pytest.mark.parametrize(("command", "fmt"), cases())
def test_o_writes_the_bytes_standard_output_gets(command: str, fmt: str, tmp_path: Path) -> None:
    target = tmp_path / f"out.{fmt}"
    printed = invoke([command, "--format", fmt])
    written = invoke([command, "--format", fmt, "-o", str(target)])
    assert printed.exit_code == 0, printed.output
    assert written.exit_code == 0, written.output
    assert written.stdout == ""
    assert written.stderr == f"briefcli: wrote {target}\n"
    # a CSV file alone starts with a byte-order mark, for Excel (tests/test_shared_files.py)
    bom = codecs.BOM_UTF8 if fmt == "csv" else b""
    assert target.read_bytes() == bom + printed.stdout_bytes
    assert [p.name for p in tmp_path.iterdir()] == [target.name]  # no temporary file left


def test_o_dash_is_standard_output() -> None:
    result = invoke(["sections", "--format", "md", "-o", "-"])
    assert result.exit_code == 0
    assert result.stdout == invoke(["sections", "--format", "md"]).stdout
    assert result.stderr == ""


def test_a_new_file_gets_the_usual_mode(tmp_path: Path) -> None:
    target = tmp_path / "people.md"
    assert invoke(["people", "--format", "md", "-o", str(target)]).exit_code == 0
    umask = os.umask(0)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask


# --- Existing files -------------------------------------------------------------------------------


def _assert_one_line_error(stderr: str, *words: str) -> None:
    assert stderr.startswith("briefcli: error: ")
    assert stderr.count("\n") == 1, stderr
    for word in words:
        assert word in stderr, stderr


@pytest.mark.parametrize(("command", "fmt"), [("summary", "md"), ("timeline", "ics"), ("people", "csv")])
def test_an_existing_file_is_kept_without_force(command: str, fmt: str, tmp_path: Path) -> None:
    target = tmp_path / "briefing.out"
    target.write_text("my notes, not to be lost\n", encoding="utf-8")
    result = invoke([command, "--format", fmt, "-o", str(target)])
    assert result.exit_code == ExitCode.OUTPUT
    _assert_one_line_error(result.stderr, str(target), "already exists", "--force")
    assert target.read_text(encoding="utf-8") == "my notes, not to be lost\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["briefing.out"]


def test_force_replaces_an_existing_file_and_keeps_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "briefing.md"
    target.write_text("old\n", encoding="utf-8")
    target.chmod(0o600)
    result = invoke(["sections", "--format", "md", "-o", str(target), "--force"])
    assert result.exit_code == 0, result.output
    assert target.read_bytes() == invoke(["sections", "--format", "md"]).stdout_bytes
    assert target.stat().st_mode & 0o777 == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["briefing.md"]


def test_force_does_not_write_through_a_folder(tmp_path: Path) -> None:
    result = invoke(["sections", "-o", str(tmp_path), "--force"])
    assert result.exit_code == ExitCode.OUTPUT
    _assert_one_line_error(result.stderr, "is a folder")


# --- Failures leave nothing behind ----------------------------------------------------------------


def _fail_with(exc: BaseException) -> Callable[..., Any]:
    def fail(*args: Any, **kwargs: Any) -> Any:
        raise exc

    return fail


@pytest.mark.parametrize("existing", [False, True])
def test_a_failed_write_leaves_no_partial_file(
    existing: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The disk fails after the bytes were written but before they were safe: the target is
    absent (or untouched) and the temporary file is gone."""
    target = tmp_path / "briefing.md"
    if existing:
        target.write_text("old\n", encoding="utf-8")
    monkeypatch.setattr(os, "fsync", _fail_with(OSError(errno.EIO, "Input/output error")))
    result = invoke(["summary", "--format", "md", "-o", str(target), *(["--force"] if existing else [])])
    assert result.exit_code == ExitCode.OUTPUT
    _assert_one_line_error(result.stderr, str(target), "Input/output error")
    assert [p.name for p in tmp_path.iterdir()] == (["briefing.md"] if existing else [])
    if existing:
        assert target.read_text(encoding="utf-8") == "old\n"


def test_a_failed_rename_leaves_no_partial_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "briefing.md"
    target.write_text("old\n", encoding="utf-8")
    monkeypatch.setattr(Path, "replace", _fail_with(OSError(errno.ENOSPC, "No space left on device")))
    result = invoke(["summary", "--format", "md", "-o", str(target), "--force"])
    assert result.exit_code == ExitCode.OUTPUT
    _assert_one_line_error(result.stderr, "No space left on device")
    assert [p.name for p in tmp_path.iterdir()] == ["briefing.md"]
    assert target.read_text(encoding="utf-8") == "old\n"


def test_an_interrupted_write_leaves_no_partial_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "briefing.md"
    monkeypatch.setattr(os, "fsync", _fail_with(KeyboardInterrupt()))
    result = invoke(["summary", "--format", "md", "-o", str(target)])
    assert result.exit_code == ExitCode.INTERRUPTED
    assert list(tmp_path.iterdir()) == []


def test_a_failed_render_writes_nothing(tmp_path: Path) -> None:
    template = tmp_path / "broken.md.j2"
    template.write_text("# {{ timeline.title }}\n{{ timeline.no_such_key }}\n", encoding="utf-8")
    target = tmp_path / "out" / "timeline.md"
    target.parent.mkdir()
    result = invoke(["timeline", "--template", str(template), "-o", str(target)])
    assert result.exit_code == ExitCode.OUTPUT
    _assert_one_line_error(result.stderr, str(template), "line 2", "no_such_key")
    assert list(target.parent.iterdir()) == []


# --- Folders that cannot be written ---------------------------------------------------------------


def test_o_into_a_missing_folder(tmp_path: Path) -> None:
    target = tmp_path / "no" / "such" / "folder" / "briefing.md"
    result = invoke(["summary", "--format", "md", "-o", str(target)])
    assert result.exit_code == ExitCode.OUTPUT
    _assert_one_line_error(result.stderr, str(target.parent), "does not exist")
    assert not (tmp_path / "no").exists()


def test_o_into_a_folder_that_refuses_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """What the user sees when the folder is not writable (simulated: the tests may run as root,
    whom permissions do not stop)."""
    target = tmp_path / "briefing.md"
    monkeypatch.setattr(tempfile, "mkstemp", _fail_with(PermissionError(errno.EACCES, "Permission denied")))
    result = invoke(["summary", "--format", "md", "-o", str(target)])
    assert result.exit_code == ExitCode.OUTPUT
    _assert_one_line_error(result.stderr, str(target), "Permission denied", "permissions")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs POSIX permissions that bind")
def test_o_into_a_read_only_folder(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        result = invoke(["summary", "--format", "md", "-o", str(folder / "briefing.md")])
        assert result.exit_code == ExitCode.OUTPUT
        _assert_one_line_error(result.stderr, "Permission denied")
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


# --- CSV: formula injection -----------------------------------------------------------------------

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
PAYLOADS = ('=HYPERLINK("http://x","y")', "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1")


def _hostile(value: Any, counter: list[int]) -> Any:
    """``value`` with every string replaced by a formula payload, cycling through them."""
    if isinstance(value, str):
        counter[0] += 1
        return PAYLOADS[counter[0] % len(PAYLOADS)] + value
    if isinstance(value, list):
        return [_hostile(v, counter) for v in value]
    if isinstance(value, dict):
        return {k: _hostile(v, counter) for k, v in value.items()}
    return value


@pytest.mark.parametrize(("command", "fmt"), cases("csv"))
def test_csv_neutralises_every_formula_cell(command: str, fmt: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every text field of the view starts like a formula; no CSV cell may."""
    name = f"{command}_view"
    real = getattr(briefcli.present.views, name)
    monkeypatch.setattr(briefcli.present.views, name, lambda *a, **k: _hostile(real(*a, **k), [0]))
    result = invoke([command, "--format", fmt])
    assert result.exit_code == 0, result.output
    rows = list(csv.reader(io.StringIO(result.stdout, newline="")))
    cells = [cell for row in rows[1:] for cell in row]
    assert len(rows) > 1
    assert any(cell.startswith("'") for cell in cells)
    assert not [cell for cell in cells if cell.startswith(FORMULA_STARTS)]


# --- The -o file's extension picks the format, on every command -----------------------------------


@pytest.mark.parametrize(
    ("command", "name", "fmt"),
    [
        ("summary", "brief.html", "html"),
        ("summary", "brief.md", "md"),
        ("summary", "brief.txt", "txt"),
        ("summary", "brief.json", "json"),
        ("export", "brief.htm", "html"),
        ("timeline", "dates.ics", "ics"),
        ("timeline", "dates.csv", "csv"),
        ("quotes", "q.csv", "csv"),
        ("quotes", "q.markdown", "md"),
        ("analyze", "a.json", "json"),
        ("people", "people.csv", "csv"),
        ("sections", "sections.md", "md"),
        ("people", "people.txt", "rich"),  # no txt template: the plain Rich layout
    ],
)
def test_the_extension_picks_the_format(command: str, name: str, fmt: str, tmp_path: Path) -> None:
    target = tmp_path / name
    result = invoke([command, "-o", str(target)])
    assert result.exit_code == 0, result.output
    written = target.read_bytes()
    if fmt == "csv":  # a CSV file opens in Excel: it starts with the byte-order mark stdout has not
        written = written.removeprefix(b"\xef\xbb\xbf")
    assert written == invoke([command, "--format", fmt]).stdout_bytes


def test_an_unknown_extension_keeps_the_default_format(tmp_path: Path) -> None:
    target = tmp_path / "brief.out"
    assert invoke(["summary", "-o", str(target)]).exit_code == 0
    assert target.read_bytes() == invoke(["summary"]).stdout_bytes


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["summary", "--format", "md", "-o", "brief.html"], ["--format md", "brief.html", "html"]),
        (["timeline", "--format", "json", "-o", "dates.ics"], ["--format json", "ics"]),
        (["people", "-o", "people.ics"], ["people cannot write a .ics file", ".csv"]),
        (["analyze", "-o", "analysis.md"], ["analyze cannot write a .md file", ".json"]),
    ],
)
def test_an_extension_the_command_cannot_honour_is_a_usage_error(
    args: list[str], words: list[str], tmp_path: Path
) -> None:
    args = [str(tmp_path / a) if a.endswith((".html", ".ics", ".md")) else a for a in args]
    result = invoke(args)
    assert result.exit_code == ExitCode.USAGE
    _assert_one_line_error(result.stderr, *words)
    assert list(tmp_path.iterdir()) == []


# --- Bidirectional controls: never in any output ------------------------------------------------

# Embeddings, overrides, isolates and the marks: each reorders how the text around it displays
# ("Trojan Source"); layout drops them from every source's text and title.
BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
_BIDI_ARTICLE = [
    "Minister\u202e meets\u2066 envoy in Riga\u2069",
    "3 May\u200f 2024",
    "On 2 May 2024, Ms. Clara\u202e Stone, Secretary General of the Harbour Council, met with "
    "Mr. Ivo\u2067 Brandt, Minister of Transport, in Riga\u200e.",
    "“The ports need\u202d support\u202c now,” Ms. Stone\u061c said. Mr. Brandt said that the two "
    "sides would meet again in June\u202b 2024.",
]


def _bidi_source(tmp_path: Path, kind: str) -> str:
    if kind == "text":
        path = tmp_path / "bidi.txt"
        path.write_text("\n\n".join(_BIDI_ARTICLE) + "\n", encoding="utf-8")
    else:  # the controls as raw characters and as references, which the HTML parser resolves
        title, date, *paragraphs = (line.replace("\u202e", "&#x202E;") for line in _BIDI_ARTICLE)
        body = "".join(f"<p>{p}</p>" for p in paragraphs)
        path = tmp_path / "bidi.html"
        path.write_text(
            f"<!DOCTYPE html><html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
            f"<p>{date}</p>{body}</article></body></html>",
            encoding="utf-8",
        )
    return str(path)


@pytest.mark.parametrize("kind", ["text", "html"])
@pytest.mark.parametrize(("command", "fmt"), cases(text_only=False))
def test_no_bidi_control_reaches_any_output(command: str, fmt: str, kind: str, tmp_path: Path) -> None:
    target = tmp_path / f"out.{fmt}"
    result = invoke([command, _bidi_source(tmp_path, kind), "--format", fmt, "-o", str(target)])
    assert result.exit_code == 0, result.output
    data = target.read_bytes()
    if data[:2] == b"PK":  # docx: its parts are UTF-8 XML
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            data = b"".join(archive.read(name) for name in archive.namelist() if name.endswith(".xml"))
    text = data.decode("utf-8")
    assert not set(BIDI) & set(text)
    if command in ("summary", "people", "quotes"):
        assert "Clara Stone" in text
