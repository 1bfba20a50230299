"""Every JSON output has a schema: generated from the contract, shipped, printed by `briefcli
schema COMMAND`, versioned, and validating what each command prints on the reference article
and on articles written for the tests. `source` has one shape in all of them."""

from __future__ import annotations

import importlib.util
import json
import shutil
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

import jsonschema
import pytest

from briefcli.cli import _SCHEMAS
from briefcli.present.views import SCHEMA_VERSION
from clicases import cases, command_formats, invoke

ROOT = Path(__file__).resolve().parent.parent
CONTRACT_KEYS = {"title", "published", "location", "paragraphs", "sections", "people", "statements", "events"}
JSON_COMMANDS = sorted(command for command, _ in cases("json"))
STORE_JSON_COMMANDS = sorted(c for c, formats in command_formats(store=True).items() if "json" in formats)

ARTICLES = {
    "port visit": "A visit to the port\n\n3 May 2024\n\nThe minister visited the port. He met the director.",
    "one paragraph": "Just one paragraph, no title and no date.",
    "forum and talks": "\n\n".join(
        [
            "Ports ministers meet in Lima",
            "9 May 2022",
            "From 3 to 5 May 2022, Ms. Ana Ortiz, Minister of Transport of Peru, hosted the Pacific "
            "Ports Forum in Lima, Peru.",
            "On the margins of the Forum, Ms. Ortiz held bilateral talks with Mr. Luis Vega, Minister "
            "of Trade of Chile. “We will share port data within a year,” Ms. Ortiz said.",
            "Mr. Vega said that both countries would cut port fees. Both sides agreed to meet again.",
            "It will be recalled that the two countries signed a charter in June 2019.",
            "The next Forum will take place on 12 March 2023 in Santiago, Chile.",
        ]
    ),
}


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("generate_schema", ROOT / "scripts" / "generate_schema.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@cache
def _schema(command: str = "analyze") -> dict[str, Any]:
    result = invoke(["schema", command])
    assert result.exit_code == 0, result.output
    schema: dict[str, Any] = json.loads(result.stdout)
    return schema


def _validate(command: str, data: Any) -> None:
    jsonschema.Draft202012Validator(_schema(command)).validate(data)


# --- The schemas ---------------------------------------------------------------------------------


def test_every_command_that_prints_json_has_a_schema() -> None:
    assert set(_SCHEMAS) == {*JSON_COMMANDS, "eval", *STORE_JSON_COMMANDS}
    assert set(_SCHEMAS) == set(_generator().OUTPUTS)
    assert {_generator().OUTPUTS[c][0] for c in _SCHEMAS} == set(_SCHEMAS.values())


@pytest.mark.parametrize("command", sorted(_SCHEMAS))
def test_shipped_schema_is_generated_from_the_contract(command: str) -> None:
    generator = _generator()
    shipped = generator.schema_path(command).read_text(encoding="utf-8")
    assert shipped == generator.render(command), "run: python scripts/generate_schema.py"
    assert json.loads(shipped) == _schema(command)  # what `briefcli schema COMMAND` prints


@pytest.mark.parametrize("command", sorted(_SCHEMAS))
def test_each_schema_is_valid_and_names_its_version(command: str) -> None:
    schema = _schema(command)
    jsonschema.Draft202012Validator.check_schema(schema)
    assert (
        schema["$id"] == f"https://briefcli.invalid/schema/v{SCHEMA_VERSION}/{_SCHEMAS[command]}.schema.json"
    )
    assert schema["properties"]["schema_version"]["const"] == SCHEMA_VERSION == _generator().version()
    assert schema["required"][0] == "schema_version"


def test_schema_alone_is_the_analysis_contract() -> None:
    assert invoke(["schema"]).stdout == invoke(["schema", "analyze"]).stdout
    assert set(_schema()["required"]) >= CONTRACT_KEYS


def test_an_unknown_schema_is_a_usage_error() -> None:
    result = invoke(["schema", "summaries"])
    assert result.exit_code == 2
    assert "summary" in result.output


# --- Every output validates ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def article_paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str | None]:
    folder = tmp_path_factory.mktemp("articles")
    paths: dict[str, str | None] = {"reference": None}
    for name, text in ARTICLES.items():
        path = folder / f"{name.replace(' ', '-')}.txt"
        path.write_text(text, encoding="utf-8")
        paths[name] = str(path)
    return paths


@pytest.mark.parametrize("article", ["reference", *ARTICLES])
@pytest.mark.parametrize("command", JSON_COMMANDS)
def test_json_output_validates_against_its_schema(
    command: str, article: str, article_paths: dict[str, str | None]
) -> None:
    path = article_paths[article]
    result = invoke([command, *([path] if path else []), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    _validate(command, data)
    assert data["schema_version"] == SCHEMA_VERSION


@pytest.mark.parametrize("args", [["--reported"], ["--section", "bilateral"], ["-s", "Mikuriya"]])
def test_filtered_quotes_validate(args: list[str]) -> None:
    result = invoke(["quotes", *args, "--format", "json"])
    assert result.exit_code == 0, result.output
    _validate("quotes", json.loads(result.stdout))


def test_timeline_without_publication_validates() -> None:
    _validate("timeline", json.loads(invoke(["timeline", "--no-publication", "--format", "json"]).stdout))


def test_eval_output_validates(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "wco.txt").write_bytes((ROOT / "src" / "briefcli" / "data" / "sample.txt").read_bytes())
    shutil.copy(ROOT / "tests" / "data" / "wco-2021-10-moscow-customs-forum.json", corpus / "wco.json")
    devset = ROOT / "tests" / "data" / "devset"
    for gold in sorted(devset.glob("*.json"))[:2]:
        shutil.copy(gold, corpus / gold.name)
        shutil.copy(gold.with_suffix(".txt"), corpus / gold.with_suffix(".txt").name)
    result = invoke(["eval", str(corpus), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    _validate("eval", data)
    assert data["schema_version"] == SCHEMA_VERSION and len(data["articles"]) == 3


def test_schema_rejects_a_broken_output() -> None:
    data = json.loads(invoke(["analyze", "--format", "json"]).stdout)
    data["published"] = "25 October 2021"
    with pytest.raises(jsonschema.ValidationError):
        _validate("analyze", data)


@pytest.mark.parametrize("command", ["summary", "people", "timeline"])
def test_a_source_given_as_a_string_is_refused(command: str) -> None:
    data = json.loads(invoke([command, "--format", "json"]).stdout)
    data["source"] = data["source"]["name"]
    with pytest.raises(jsonschema.ValidationError):
        _validate(command, data)


# --- One shape of source ----------------------------------------------------------------------------


def _sources(value: Any) -> list[Any]:
    """Every "source" in an output, however deep (export holds the views of five commands)."""
    if isinstance(value, dict):
        return [v for k, v in value.items() if k == "source"] + [
            s for v in value.values() for s in _sources(v)
        ]
    if isinstance(value, list):
        return [s for v in value for s in _sources(v)]
    return []


def test_source_has_one_shape_in_every_json_output(article_paths: dict[str, str | None]) -> None:
    path = article_paths["forum and talks"]
    assert path is not None
    found = []
    for command in JSON_COMMANDS:
        data = json.loads(invoke([command, path, "--format", "json"]).stdout)
        found += _sources(data)
    assert len(found) == len(JSON_COMMANDS) + 5  # export's five parts have theirs
    assert all(s == {"kind": "file", "name": "forum-and-talks.txt", "format": "text"} for s in found)
