"""Packaging basics a user or a packager checks: the licence the metadata names is shipped, and the
project says where it lives and what it runs on."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _project() -> dict[str, object]:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        project: dict[str, object] = tomllib.load(handle)["project"]
    return project


def test_the_licence_named_in_the_metadata_is_shipped() -> None:
    project = _project()
    assert project["license"] == "MIT"
    assert project["license-files"] == ["LICENSE"]
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("MIT License")
    assert 'THE SOFTWARE IS PROVIDED "AS IS"' in text


def test_urls_and_classifiers() -> None:
    project = _project()
    urls = project["urls"]
    assert isinstance(urls, dict) and urls.get("Homepage", "").startswith("https://")
    classifiers = project["classifiers"]
    assert isinstance(classifiers, list)
    requires = str(project["requires-python"]).removeprefix(">=")
    assert f"Programming Language :: Python :: {requires}" in classifiers
    assert "Environment :: Console" in classifiers
    assert "Typing :: Typed" in classifiers
