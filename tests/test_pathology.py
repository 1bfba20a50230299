"""Hostile inputs (tests/pathologies.py): every command and format finishes, without a traceback,
with exit 0 or a documented error code. A watchdog (SIGALRM, which the regex engine heeds) turns
a hang or a quadratic blow-up into a failure instead of a stuck test run; the time limits are
generous, for CI noise: the timing targets live in benchmarks/run.py."""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from briefcli.present.summary import count_words

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
