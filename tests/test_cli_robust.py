"""The command line where the environment is hostile: a terminal that is not UTF-8, standard
output that is full or closed, -o targets that are not files, signals in the middle of a write,
and an article piped in without "-". Run as real processes: these are properties of the process
(its streams, its signal handlers), which an in-process runner replaces."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from collections.abc import Mapping, Sequence
from pathlib import Path

import pytest

from briefcli.errors import ExitCode
from briefcli.render.fallback import escape_json, spell

ARTICLE = (
    "Ministers meet in Lisbon\n\n"
    "LISBON, 4 March 2024 – The Minister of Trade of Portugal, Ms Inês Călinescu-Živković, met the "
    "Director-General of the Port Authority, Mr Søren Ødegård, on Monday.\n\n"
    "“We agreed on a common roadmap…”, Ms Călinescu-Živković said. Mr Ødegård stressed that the "
    "port would open two new berths (¶ 4 of the plan) next year.\n"
)

POSIX = pytest.mark.skipif(os.name != "posix", reason="POSIX streams, devices and signals")


def run(
    args: Sequence[str],
    *,
    env: Mapping[str, str] | None = None,
    stdin: int | None = subprocess.DEVNULL,
    input: bytes | None = None,
    **kwargs: object,
) -> subprocess.CompletedProcess[bytes]:
    full_env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "80", **(env or {})}
    full_env.pop("PYTHONIOENCODING", None) if env is None or "PYTHONIOENCODING" not in env else None
    return subprocess.run(  # type: ignore[call-overload, no-any-return]
        [sys.executable, "-m", "briefcli", *args],
        env=full_env,
        stdin=None if input is not None else stdin,
        input=input,
        capture_output=kwargs.pop("capture_output", True),
        timeout=120,
        check=False,
        **kwargs,
    )


def one_line_error(stderr: bytes, *words: str) -> None:
    text = stderr.decode("utf-8", "replace")
    assert text.startswith("briefcli: error: "), text
    assert text.count("\n") == 1, text
    assert "Traceback" not in text
    for word in words:
        assert word in text, text


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "lisbon.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


# --- A terminal that is not UTF-8 -----------------------------------------------------------------


def test_spelling_keeps_what_the_encoding_holds() -> None:
    assert spell("Živković said “yes”… (¶3)", "ascii") == 'Zivkovic said "yes"... (#3)'
    assert spell("Živković, Ødegård", "latin-1") == "Zivkovic, Ødegård"
    assert spell("plain", "ascii") == "plain"


def test_escaped_json_is_the_same_data_in_ascii() -> None:
    text = json.dumps({"name": "Ødegård 𝔸", "q": "“x”"}, ensure_ascii=False)
    escaped = escape_json(text)
    assert escaped.isascii()
    assert json.loads(escaped) == json.loads(text)


@POSIX
@pytest.mark.parametrize("encoding", ["ascii", "latin-1", "cp1252"])
@pytest.mark.parametrize(
    "args",
    [
        ["summary"],
        ["quotes"],
        ["people"],
        ["timeline"],
        ["sections"],
        ["analyze"],
        ["summary", "--format", "md"],
        ["quotes", "--format", "csv"],
        ["export", "--format", "html"],
    ],
)
def test_a_terminal_that_is_not_utf8_gets_the_briefing(encoding: str, args: list[str], article: Path) -> None:
    proc = run([*args, str(article)], env={"PYTHONIOENCODING": encoding})
    assert proc.returncode == 0, proc.stderr
    text = proc.stdout.decode(encoding)  # every byte is in the terminal's encoding
    # "Živković" as the encoding can hold it: Zivkovic in ASCII, Živkovic in cp1252.
    assert "ivkovi" in text
    if args == ["summary"]:
        # The spelling happens before Rich lays out the panel: no line sticks out of the box.
        assert max(len(line) for line in text.splitlines()) <= 80


@POSIX
def test_json_on_an_ascii_terminal_keeps_every_character(article: Path) -> None:
    ascii_proc = run(["people", "--format", "json", str(article)], env={"PYTHONIOENCODING": "ascii"})
    utf8_proc = run(["people", "--format", "json", str(article)], env={"PYTHONIOENCODING": "utf-8"})
    assert ascii_proc.returncode == 0, ascii_proc.stderr
    assert ascii_proc.stdout.isascii()
    assert json.loads(ascii_proc.stdout) == json.loads(utf8_proc.stdout)


@POSIX
def test_a_file_written_with_o_stays_utf8_on_an_ascii_terminal(article: Path, tmp_path: Path) -> None:
    target = tmp_path / "brief.md"
    proc = run(
        ["summary", "--format", "md", "-o", str(target), str(article)], env={"PYTHONIOENCODING": "ascii"}
    )
    assert proc.returncode == 0, proc.stderr
    assert "Călinescu-Živković" in target.read_text(encoding="utf-8")


# --- Standard output that cannot be written -------------------------------------------------------


@POSIX
@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_full_disk_on_standard_output_is_an_output_error(article: Path) -> None:
    with Path("/dev/full").open("wb") as full:
        proc = run(["summary", str(article)], stdout=full, capture_output=False, stderr=subprocess.PIPE)
    assert proc.returncode == ExitCode.OUTPUT
    one_line_error(proc.stderr, "standard output", "No space left on device")


@POSIX
def test_a_closed_standard_output_is_an_output_error(article: Path) -> None:
    # The child starts with descriptor 1 closed, as `briefcli summary >&-` does.
    proc = subprocess.run(
        ["/bin/sh", "-c", 'exec "$0" -m briefcli summary "$1" >&-', sys.executable, str(article)],
        capture_output=False,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        timeout=120,
        check=False,
    )
    assert proc.returncode == ExitCode.OUTPUT
    one_line_error(proc.stderr, "standard output is closed")


# --- -o targets -----------------------------------------------------------------------------------


def test_a_name_too_long_is_an_output_error(article: Path, tmp_path: Path) -> None:
    target = tmp_path / ("a" * 300 + ".md")
    proc = run(["summary", "--format", "md", "-o", str(target), str(article)])
    assert proc.returncode == ExitCode.OUTPUT
    one_line_error(proc.stderr, "File name too long")
    assert list(tmp_path.iterdir()) == [article]


@POSIX
def test_force_never_replaces_a_fifo(article: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.md"
    os.mkfifo(fifo)
    proc = run(["summary", "--format", "md", "-o", str(fifo), "--force", str(article)])
    assert proc.returncode == ExitCode.OUTPUT
    one_line_error(proc.stderr, "not a regular file", ">")
    assert fifo.is_fifo()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lisbon.txt", "pipe.md"]


@POSIX
def test_force_never_replaces_a_device_behind_a_symlink(article: Path, tmp_path: Path) -> None:
    # A link to /dev/null rather than /dev/null itself: were the guard to fail, the test would
    # replace the link, not the machine's /dev/null.
    link = tmp_path / "null.md"
    link.symlink_to(os.devnull)
    proc = run(["summary", "--format", "md", "-o", str(link), "--force", str(article)])
    assert proc.returncode == ExitCode.OUTPUT
    one_line_error(proc.stderr, "not a regular file")
    assert link.is_symlink()


def test_force_still_replaces_a_symlink_to_a_regular_file(article: Path, tmp_path: Path) -> None:
    real = tmp_path / "real.md"
    real.write_text("old\n", encoding="utf-8")
    link = tmp_path / "link.md"
    link.symlink_to(real)
    proc = run(["summary", "--format", "md", "-o", str(link), "--force", str(article)])
    assert proc.returncode == 0, proc.stderr
    assert "Lisbon" in link.read_text(encoding="utf-8")


# --- Signals during a write -----------------------------------------------------------------------

# Runs the CLI with os.fsync replaced by a signal to itself: the signal arrives while the
# temporary file exists, the worst moment.
_SIGNALLED = textwrap.dedent(
    """
    import os, signal, sys
    from briefcli.cli import main

    signum = getattr(signal, sys.argv[1])

    def fsync(fd):
        os.kill(os.getpid(), signum)

    os.fsync = fsync
    sys.argv = ["briefcli", *sys.argv[2:]]
    main()
    """
)


@POSIX
@pytest.mark.parametrize(("name", "code"), [("SIGTERM", ExitCode.TERMINATED), ("SIGHUP", ExitCode.HUNG_UP)])
def test_sigterm_mid_write_leaves_nothing(name: str, code: ExitCode, article: Path, tmp_path: Path) -> None:
    target = tmp_path / "out" / "brief.md"
    target.parent.mkdir()
    proc = subprocess.run(
        [
            sys.executable,
            "-c",
            _SIGNALLED,
            name,
            "summary",
            "--format",
            "md",
            "-o",
            str(target),
            str(article),
        ],
        capture_output=True,
        stdin=subprocess.DEVNULL,
        timeout=120,
        check=False,
    )
    assert proc.returncode == code
    one_line_error(proc.stderr, f"stopped by {name}")
    assert list(target.parent.iterdir()) == []


@POSIX
def test_a_sigkill_leftover_is_recognised_and_removed_by_the_next_write(
    article: Path, tmp_path: Path
) -> None:
    target = tmp_path / "out" / "brief.md"
    target.parent.mkdir()
    killed = subprocess.run(
        [
            sys.executable,
            "-c",
            _SIGNALLED,
            "SIGKILL",
            "summary",
            "--format",
            "md",
            "-o",
            str(target),
            str(article),
        ],
        capture_output=True,
        stdin=subprocess.DEVNULL,
        timeout=120,
        check=False,
    )
    assert killed.returncode == -signal.SIGKILL
    leftovers = list(target.parent.iterdir())
    assert len(leftovers) == 1
    assert leftovers[0].name.startswith(".brief.md.briefcli-") and leftovers[0].name.endswith(".tmp")
    # A running writer's temporary file (this test's parent process stands in for one) stays.
    running = target.parent / f".brief.md.briefcli-{os.getppid()}-abcd1234.tmp"
    running.write_bytes(b"still being written")
    other = target.parent / ".notes.md.briefcli-1-abcd1234.tmp"  # another target's: not ours to remove
    other.write_bytes(b"x")

    proc = run(["summary", "--format", "md", "-o", str(target), str(article)])
    assert proc.returncode == 0, proc.stderr
    assert sorted(p.name for p in target.parent.iterdir()) == sorted(["brief.md", running.name, other.name])


# --- Input piped in without "-" -------------------------------------------------------------------


@POSIX
def test_a_piped_article_is_read_without_a_dash(article: Path) -> None:
    piped = run(["people", "--format", "json"], input=article.read_bytes())
    named = run(["people", "--format", "json", str(article)])
    assert piped.returncode == 0, piped.stderr
    people = json.loads(piped.stdout)
    assert [p["name"] for p in people["people"]] == [p["name"] for p in json.loads(named.stdout)["people"]]
    assert people["source"] == {"kind": "stdin", "name": "-", "format": "text"}


@POSIX
def test_a_redirected_file_is_read_without_a_dash(article: Path) -> None:
    with article.open("rb") as handle:
        proc = run(["timeline", "--format", "json"], stdin=handle.fileno())
    assert proc.returncode == 0, proc.stderr
    assert "2024-03-04" in proc.stdout.decode("utf-8")


@POSIX
@pytest.mark.parametrize("stdin", ["devnull", "empty pipe"])
def test_nothing_piped_in_briefs_the_bundled_article(stdin: str) -> None:
    if stdin == "devnull":
        proc = run(["timeline", "--format", "json"], stdin=subprocess.DEVNULL)
    else:
        proc = run(["timeline", "--format", "json"], input=b"")
    assert proc.returncode == 0, proc.stderr
    assert "sample: wco-2021-10-moscow-customs-forum" in proc.stdout.decode("utf-8")
