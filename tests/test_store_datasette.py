"""The store is browsable as it is in Datasette: its tables by their names, foreign keys shown as
links with a label, and the search box of statements and paragraphs working (FTS detected).
Datasette is a dev dependency (14 MB installed); without it this test is skipped."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest

from clicases import invoke
from test_store_identity import ARTICLES

datasette_app = pytest.importorskip("datasette.app")


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("articles")
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    db = folder / "briefings.db"
    assert invoke(["index", str(folder), "--db", str(db), "-j", "1"]).exit_code == 0
    return db


def get(db: Path, path: str) -> Any:
    """Datasette's own test client on the store: (status, JSON or HTML text)."""
    ds = datasette_app.Datasette([str(db)])

    async def fetch() -> Any:
        response = await ds.client.get(path)
        return response.status_code, response.json() if ".json" in path else response.text

    return asyncio.run(fetch())


def test_tables_are_listed_by_their_names(store: Path) -> None:
    status, data = get(store, "/briefings.json")
    assert status == 200
    tables = {t["name"] for t in data["tables"] if not t["hidden"]}
    assert {
        "articles",
        "paragraphs",
        "people",
        "article_people",
        "statements",
        "events",
        "event_people",
    } <= tables
    assert {"statements_fts", "paragraphs_fts"} & tables == set()  # FTS tables are hidden, as they should be


def test_search_box_finds_statements_and_paragraphs(store: Path) -> None:
    status, page = get(store, "/briefings/statements")
    assert status == 200 and 'name="_search"' in page
    status, data = get(store, "/briefings/statements.json?_search=pandemic&_shape=objects")
    assert status == 200
    assert [row["text"] for row in data["rows"]] == ["the pandemic had changed border work"]
    status, data = get(store, "/briefings/paragraphs.json?_search=Osaka&_shape=objects")
    assert len(data["rows"]) == 1 and "Osaka" in data["rows"][0]["text"]


def test_foreign_keys_are_links_with_labels(store: Path) -> None:
    status, data = get(store, "/briefings/statements.json?_search=pandemic&_labels=on&_shape=objects")
    assert status == 200
    (row,) = data["rows"]
    assert row["person_id"] == {"value": "kunio-mikuriya", "label": "Kunio Mikuriya"}
    assert row["article_id"]["label"] == "Customs forum opens in Brussels"
    status, data = get(store, "/briefings/person_titles.json?person_id=kunio-mikuriya&_shape=objects")
    assert {r["title"] for r in data["rows"]} == {"Secretary General", "Deputy Secretary General"}
