"""`briefcli digest` and `briefcli search` over a store: every line cites its article and ¶, the
filters, every format (through the render table and templates), the JSON schemas, the errors."""

from __future__ import annotations

import csv
import io
import json
from importlib.resources import files
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from briefcli.errors import ExitCode
from clicases import command_formats, invoke
from conftest import article_dir
from test_store_identity import ARTICLES


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The dev set, the bundled article and four composed articles about two Mikuriyas."""
    folder = tmp_path_factory.mktemp("articles")
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    db = folder.parent / "store.db"
    sample = files("briefcli.data").joinpath("sample.txt")
    (folder / "wco-2021-10-moscow-customs-forum.txt").write_text(
        sample.read_text(encoding="utf-8"), encoding="utf-8"
    )
    result = invoke(["index", str(folder), str(article_dir() / "*.txt"), "--db", str(db), "-j", "2"])
    assert result.exit_code == 0, result.stderr
    return db


def run(*args: str) -> Any:
    result = invoke([*args, "--format", "json"])
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def schema(command: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(invoke(["schema", command]).stdout)
    return data


def cited(view: Any) -> list[tuple[str, int]]:
    lines = [*view["timeline"], *(o for m in view["meetings"] for o in m["occasions"])]
    lines += [s for speaker in view["speakers"] for s in speaker["statements"]]
    return [(line["article"], line["paragraph"]) for line in lines]


def test_every_line_cites_an_article_and_paragraph(store: Path) -> None:
    view = run("digest", "--db", str(store))
    jsonschema.Draft202012Validator(schema("digest")).validate(view)
    refs = {a["ref"] for a in view["articles"]}
    citations = cited(view)
    assert citations and all(ref in refs and paragraph >= 0 for ref, paragraph in citations)
    assert {ref for ref, _ in citations} == refs  # no article listed that no line cites
    dates = [a["date"] or "" for a in view["articles"]]
    assert dates == sorted(dates)
    assert [e["date"] for e in view["timeline"]] == sorted(e["date"] for e in view["timeline"])


def test_speaker_filter_follows_one_person_across_articles(store: Path) -> None:
    view = run("digest", "--db", str(store), "--speaker", "kunio")
    names = {s["name"] for s in view["speakers"]}
    assert names == {"Kunio Mikuriya"}
    (kunio,) = view["speakers"]
    texts = " ".join(s["text"] for s in kunio["statements"])
    assert (
        "pandemic" in texts and "regional offices" in texts
    )  # "Secretary General Mikuriya", "MIKURIYA Kunio"
    assert "exports to Africa" not in texts  # Hiroshi Mikuriya's
    titles = {t["title"]: (t["first_seen"], t["last_seen"]) for t in kunio["titles"]}
    assert titles["Deputy Secretary General"] == ("2008-05-05", "2008-05-05")
    assert all("kunio-mikuriya" in m["person_ids"] for m in view["meetings"])
    assert any(set(m["people"]) == {"Kunio Mikuriya", "Taro Aso"} for m in view["meetings"])


def test_period_kind_and_org_filters(store: Path) -> None:
    view = run("digest", "--db", str(store), "--since", "2021-01-01", "--until", "2021-12")
    assert view["timeline"] and all("2021-01-01" <= e["date"][:10] <= "2021-12-31" for e in view["timeline"])
    dates = {a["ref"]: a["date"] for a in view["articles"]}
    assert all(dates[s["article"]][:4] == "2021" for sp in view["speakers"] for s in sp["statements"])
    bilateral = run("digest", "--db", str(store), "--kind", "bilateral")
    assert all(e["kind"] == "bilateral" for e in bilateral["timeline"])
    assert all(s["kind"] == "bilateral" for sp in bilateral["speakers"] for s in sp["statements"])
    wco = run("digest", "--db", str(store), "--org", "WCO")
    everything = run("digest", "--db", str(store))
    assert 0 < len(wco["articles"]) < len(everything["articles"])
    assert view["filters"] == {
        "speaker": None,
        "org": None,
        "since": "2021-01-01",
        "until": "2021-12",
        "kind": None,
    }


@pytest.mark.parametrize(
    ("command", "fmt"), [(c, f) for c, fs in command_formats(store=True).items() for f in fs]
)
def test_every_format(command: str, fmt: str, store: Path) -> None:
    args = ["digest", "--speaker", "Mikuriya"] if command == "digest" else ["search", "customs"]
    result = invoke([*args, "--db", str(store), "--format", fmt])
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    if fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(out)))
        assert rows and all(row["paragraph"] for row in rows)
    elif fmt == "html":
        assert out.startswith("<!DOCTYPE html>") and "¶" in out
    elif fmt in ("md", "rich"):
        assert "¶" in out and ("A1" in out or command == "search")
    if fmt == "json":
        jsonschema.Draft202012Validator(schema(command)).validate(json.loads(out))


def test_digest_md_cites_each_line(store: Path) -> None:
    out = invoke(["digest", "--db", str(store), "--speaker", "Hiroshi", "-f", "md"]).stdout
    assert "| Minister of Trade (2022-04-01) |" not in out
    assert "exports to Africa would grow | A" in out and "¶1 |" in out


def test_search_hits_cite_article_and_paragraph(store: Path) -> None:
    view = run("search", "pandemic border", "--db", str(store))
    assert view["hits"]
    for hit in view["hits"]:
        assert hit["paragraph"] >= 0 and len(hit["article_id"]) == 64
        assert "pandemic" in hit["text"].lower()
    kinds = {hit["kind"] for hit in view["hits"]}
    assert kinds == {"statement", "paragraph"}
    # What FTS5 cannot parse is read word by word.
    assert run("search", "high-level", "--db", str(store))["hits"]  # FTS5 alone: "no such column: level"
    assert len(run("search", "customs", "--db", str(store), "--limit", "3")["hits"]) == 3


@pytest.mark.parametrize(
    ("args", "code", "needle"),
    [
        (["digest", "--speaker", "Nobody Known"], ExitCode.NO_RESULTS, "no one in store.db is named"),
        (["digest", "--since", "last week"], ExitCode.USAGE, "is not a date"),
        (["search", "xylophonist"], ExitCode.NO_RESULTS, "nothing in store.db matches"),
        (["search", "  "], ExitCode.USAGE, "the query is empty"),
    ],
)
def test_errors(args: list[str], code: ExitCode, needle: str, store: Path) -> None:
    result = invoke([*args, "--db", str(store)])
    assert result.exit_code == code
    assert needle in result.stderr and len(result.stderr.splitlines()) == 1


def test_a_missing_store_is_named(tmp_path: Path) -> None:
    result = invoke(["digest", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == ExitCode.OUTPUT
    assert "no store at" in result.stderr and "briefcli index" in result.stderr
    assert not (tmp_path / "none.db").exists()
