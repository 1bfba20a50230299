"""The shipped JSON Schema is generated from the contract and validates real output."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import jsonschema
import pytest
from typer.testing import CliRunner

from briefcli.cli import app

ROOT = Path(__file__).resolve().parent.parent
CONTRACT_KEYS = {"title", "published", "location", "paragraphs", "sections", "people", "statements", "events"}


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("generate_schema", ROOT / "scripts" / "generate_schema.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _schema() -> dict[str, Any]:
    result = CliRunner().invoke(app, ["schema"])
    assert result.exit_code == 0, result.output
    schema: dict[str, Any] = json.loads(result.stdout)
    return schema


def test_shipped_schema_is_generated_from_the_contract() -> None:
    shipped = (ROOT / "src" / "briefcli" / "schema" / "analysis.schema.json").read_text(encoding="utf-8")
    assert shipped == _generator().render(), "run: python scripts/generate_schema.py"


def test_schema_requires_every_contract_key() -> None:
    schema = _schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    assert set(schema["required"]) >= CONTRACT_KEYS


@pytest.mark.parametrize(
    "text",
    [
        None,  # the bundled article
        "A visit to the port\n\n3 May 2024\n\nThe minister visited the port. He met the director.\n",
        "Just one paragraph, no title and no date.",
    ],
)
def test_analyze_output_validates(text: str | None, tmp_path: Path) -> None:
    args = ["analyze", "--format", "json"]
    if text is not None:
        path = tmp_path / "article.txt"
        path.write_text(text, encoding="utf-8")
        args.append(str(path))
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    jsonschema.validate(data, _schema())
    assert set(data) >= CONTRACT_KEYS


def test_schema_rejects_a_broken_output() -> None:
    result = CliRunner().invoke(app, ["analyze", "--format", "json"])
    data = json.loads(result.stdout)
    data["published"] = "25 October 2021"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, _schema())
