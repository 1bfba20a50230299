"""Regular expressions compiled once per installation: the same patterns as ``re.compile``."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from briefcli import caches, regexes
from briefcli.regexes import pattern

CASES = [
    (r"(?<![\w-])panel(?:list)?s?\b", re.IGNORECASE),
    (r"(?P<day>\d{1,2})\s+(?P<month>[A-Z][a-z]+)(?:\s+(?P<year>\d{4}))?", 0),
    (r"(?i:met|held talks) with (?:the )?(?P<who>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)*)", 0),
    ("courtesy (?:call|visit)s?|paid (?:a|an) (?:[\\w-]+\\s+)?call on", re.IGNORECASE | re.MULTILINE),
    ("“[^”]*”", 0),
]


@pytest.mark.parametrize(("source", "flags"), CASES)
def test_a_pattern_is_the_one_re_compiles(source: str, flags: int) -> None:
    mine, theirs = pattern(source, flags), re.compile(source, flags)
    assert mine == theirs  # the same program, flags and groups
    assert (mine.flags, mine.groups, mine.groupindex) == (theirs.flags, theirs.groups, theirs.groupindex)
    text = "On 3 May 2024 the Minister met with the Ambassador of Chile; a panellist paid a courtesy call."
    assert [m.span() for m in mine.finditer(text)] == [m.span() for m in theirs.finditer(text)]


def test_a_bytes_pattern_is_the_one_re_compiles() -> None:
    source = rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)"""
    mine = pattern(source, re.IGNORECASE)
    assert mine == re.compile(source, re.IGNORECASE)
    m = mine.search(b'<META http-equiv="Content-Type" charset="windows-1252">')
    assert m is not None and m.group(1) == b"windows-1252"


def test_a_pattern_of_the_article_s_words_is_not_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(regexes, "_programs", {})
    monkeypatch.setattr(regexes, "_added", False)
    source = rf"(?<!\w){re.escape('Kunio Mikuriya')}(?!\w)"
    assert pattern(source, re.IGNORECASE, keep=False) == re.compile(source, re.IGNORECASE)
    assert regexes._programs == {} and not regexes._added


def test_programs_are_kept_and_used_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    kept = tmp_path / "regexes.marshal"
    monkeypatch.setattr(caches, "_file", lambda name: kept)
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    monkeypatch.setattr(regexes, "_programs", None)
    monkeypatch.setattr(regexes, "_added", False)
    source = r"\bfarewell call on (?P<whom>\w+)"
    pattern(source)
    regexes._keep_added()
    assert kept.exists()
    monkeypatch.setattr(regexes, "_programs", None)
    monkeypatch.setattr(regexes, "_program", lambda *a: pytest.fail("compiled again"))
    assert pattern(source) == re.compile(source)


def test_a_broken_kept_file_is_compiled_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    kept = tmp_path / "regexes.marshal"
    kept.write_bytes(b"not marshal data")
    monkeypatch.setattr(caches, "_file", lambda name: kept)
    monkeypatch.setattr(regexes, "_programs", None)
    assert pattern("a+b") == re.compile("a+b")


def test_a_program_the_engine_refuses_falls_back(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(regexes, "_programs", {("x+y", 0): (0, [1, 2, 3], 0, {}, (None,))})
    assert pattern("x+y") == re.compile("x+y")
