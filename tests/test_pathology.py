"""Hostile inputs (tests/pathologies.py): every command and format finishes, without a traceback,
with exit 0 or a documented error code. A watchdog (SIGALRM, which the regex engine heeds) turns
a hang or a quadratic blow-up into a failure instead of a stuck test run; the time limits are
generous, for CI noise: the timing targets live in benchmarks/run.py."""

from __future__ import annotations

import itertools
import signal
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from briefcli.analysis.accounts import _POINTS_BACK
from briefcli.present.summary import _unquoted, count_words
from briefcli.render.templates import md_escape
from briefcli.text.sentences import split_sentences
from clicases import BINARY_FORMATS, cases, command_formats, invoke
from pathologies import KINDS, pathology

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGALRM"), reason="the watchdog needs SIGALRM")


class HungError(Exception):
    pass


@contextmanager
def watchdog(seconds: float) -> Iterator[None]:
    """Fail with ``HungError`` when the block runs longer than ``seconds``."""

    def expire(signum: int, frame: object) -> None:
        raise HungError(f"still running after {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@pytest.mark.parametrize("run", ["-", "–", "…", "“", "."])
def test_word_count_of_a_long_run_without_letters(run: str) -> None:
    # A run without a letter or digit is no word; counting it was quadratic (20,000 dashes: 7 s).
    with watchdog(10):
        assert count_words("The talks went on " + run * 50_000 + " for hours.") == 6


def test_quotations_left_out_in_linear_time() -> None:
    # Quotes that open and never close: the pattern looked for a close from each of them.
    with watchdog(10):
        assert _unquoted("we said “" * 100_000) == "we said “" * 100_000
    assert _unquoted('We “did it” and "so" on “here') == "We  and  on “here"
    assert _unquoted("“a” “b” ”c“ “d") == "  ”c“ “d"


def test_speech_verb_pointing_back_on_a_run_of_apostrophes() -> None:
    # "a’b’c…": a word boundary at every other character; each was a new start.
    with watchdog(10):
        assert _POINTS_BACK.match("She said " + "a’" * 50_000 + " fine") is None
    m = _POINTS_BACK.match("Ms Roy said this when the envoy came")
    assert m is not None and m.group(1) == "said"


def test_markdown_escape_of_a_long_run_of_blanks() -> None:
    with watchdog(10):
        assert md_escape("a" + " \t" * 100_000 + "b") == "a" + " \t" * 100_000 + "b"
    assert md_escape("a  \n  b") == "a b"


def test_a_paragraph_of_unclosed_quotations_is_segmented_in_pieces() -> None:
    # sentencex looks for the close of every opening mark: quadratic on such a paragraph.
    paragraph = "“We agree. " * 20_000
    with watchdog(20):
        spans = split_sentences(paragraph)
    assert spans[0][0] == 0 and spans[-1][1] == len(paragraph.rstrip())
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))
    # Below PIECE characters a paragraph is segmented whole, as before.
    short = "Dr. Mikuriya met Mr. Siluanov. “We agree,” he said."
    assert split_sentences(short) == ((0, 30), (31, 51))


# --- Every command and format on generated hostile inputs ------------------------------------------

# Exit codes a hostile input may end with (README, "Exit codes"): 0, 1 no results (a filter),
# 6 not English (refused). Anything else, or a traceback, is a failure.
ALLOWED_EXITS = {0, 1, 6}


def _run(args: list[str]) -> None:
    result = invoke(args)
    output = result.output + (result.stderr if result.stderr_bytes is not None else "")
    assert result.exit_code in ALLOWED_EXITS, (args, result.exit_code, output[-500:])
    assert "Traceback" not in output, (args, output[-500:])
    if result.exit_code:  # one line on stderr (the runner's output holds stderr too)
        err = result.stderr if result.stderr_bytes is not None else result.output
        assert err.startswith("briefcli: error: ") and err.count("\n") == 1, err


@pytest.mark.parametrize("kind", KINDS)
def test_every_command_and_format(kind: str, tmp_path: Path) -> None:
    """A small case (3 kB) of each hostile input through every command in every format."""
    path = tmp_path / f"{kind}.txt"
    path.write_text(pathology(kind, 3_000), encoding="utf-8")
    with watchdog(120):
        for command, fmt in cases(text_only=False):
            extra = ["-o", str(tmp_path / "out.docx")] if fmt in BINARY_FORMATS else []
            _run([command, str(path), "--format", fmt, *extra])


@pytest.mark.parametrize("kind", KINDS)
def test_long_runs_through_every_command(kind: str, tmp_path: Path) -> None:
    """20,000 characters of each hostile input through every command (its first format): a
    quadratic step shows here as seconds; the watchdog is generous for CI."""
    path = tmp_path / f"{kind}.txt"
    path.write_text(pathology(kind, 20_000), encoding="utf-8")
    with watchdog(60):
        for command, formats in command_formats().items():
            _run([command, str(path), "--format", formats[0]])
