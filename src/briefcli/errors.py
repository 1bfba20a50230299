"""Errors the library raises and the exit codes the CLI maps them to.

Every message names the input that failed and what the user can do about it, in one line,
so the CLI can print it as it is.
"""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """Documented process exit codes (README, "Exit codes")."""

    OK = 0
    NO_RESULTS = 1  # the command ran, but a filter matched nothing
    USAGE = 2  # bad option or argument (also Typer's own usage errors)
    INPUT = 3  # the source cannot be read as an article
    NETWORK = 4  # a URL could not be fetched
    OUTPUT = 5  # an output file or template could not be written or used
    LANGUAGE = 6  # the article is not in English
    PARTIAL = 7  # several sources: some failed (each named on stderr), the others were processed
    INTERNAL = 70  # a bug in briefcli (EX_SOFTWARE); --debug shows the traceback
    HUNG_UP = 129  # SIGHUP (128 + 1): the terminal closed
    INTERRUPTED = 130  # Ctrl-C (SIGINT)
    TERMINATED = 143  # SIGTERM (128 + 15)


# What each code means, in a few words: `briefcli --help` lists them (the README's table says more).
EXIT_MEANINGS: dict[ExitCode, str] = {
    ExitCode.OK: "success",
    ExitCode.NO_RESULTS: "a filter matched nothing",
    ExitCode.USAGE: "usage error",
    ExitCode.INPUT: "the source cannot be read as an article",
    ExitCode.NETWORK: "the URL cannot be fetched",
    ExitCode.OUTPUT: "the output or template cannot be written or used",
    ExitCode.LANGUAGE: "the article is not in English",
    ExitCode.PARTIAL: "some of several sources failed; the others were processed",
    ExitCode.INTERNAL: "internal error (a bug: rerun with --debug and report it)",
    ExitCode.HUNG_UP: "stopped by SIGHUP",
    ExitCode.INTERRUPTED: "interrupted (Ctrl-C)",
    ExitCode.TERMINATED: "stopped by SIGTERM",
}


class BriefError(Exception):
    """Base class: a problem the user can fix, with the exit code that reports it."""

    exit_code: ExitCode = ExitCode.INTERNAL

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class UsageError(BriefError):
    exit_code = ExitCode.USAGE


class InputError(BriefError):
    """Missing, empty, binary, undecodable, oversized or article-less input."""

    exit_code = ExitCode.INPUT


class LanguageError(InputError):
    """The article is written in another language than English."""

    exit_code = ExitCode.LANGUAGE


class NetworkError(BriefError):
    """A URL failed: DNS, refused, timeout, HTTP error, wrong content type, over the size cap."""

    exit_code = ExitCode.NETWORK


class OutputError(BriefError):
    """An output file or a template cannot be written or used."""

    exit_code = ExitCode.OUTPUT


class NoResultsError(BriefError):
    exit_code = ExitCode.NO_RESULTS


class Terminated(BaseException):
    """SIGTERM or SIGHUP arrived: unwinds like Ctrl-C, so every ``finally`` (the temporary file
    of ``-o``) runs. A BaseException, so that no ``except Exception`` swallows it."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum
