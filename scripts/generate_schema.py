"""Generate ``src/briefcli/schema/analysis.schema.json`` from ``briefcli.contract``.

Run after changing the contract:  python scripts/generate_schema.py
(tests/test_schema.py fails while the shipped schema and the contract disagree).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

SCHEMA_PATH = Path(__file__).resolve().parent.parent / "src" / "briefcli" / "schema" / "analysis.schema.json"


# Formats a TypedDict cannot say: (definition, property) -> JSON Schema pattern.
_ISO_DATE = r"^\d{4}-\d{2}-\d{2}$"
PATTERNS = {
    ("EventDict", "date"): r"^\d{4}-\d{2}(-\d{2})?$",
    ("EventDict", "end"): r"^\d{4}-\d{2}(-\d{2})?$",
    ("AnalysisDict", "published"): _ISO_DATE,
}


def _add_patterns(schema: dict[str, Any]) -> None:
    for (definition, prop), pattern in PATTERNS.items():
        node = schema if definition == "AnalysisDict" else schema["$defs"][definition]
        spec = node["properties"][prop]
        for option in spec.get("anyOf", [spec]):
            if option.get("type") == "string":
                option["pattern"] = pattern


# Fields whose values are a section kind: the names data/kinds.json declares.
KIND_FIELDS = (("ParagraphDict", "kind"), ("SectionDict", "kind"))


def _add_kinds(schema: dict[str, Any]) -> None:
    from briefcli.model import PARAGRAPH_KINDS

    for definition, prop in KIND_FIELDS:
        schema["$defs"][definition]["properties"][prop]["enum"] = list(PARAGRAPH_KINDS)


def generate() -> dict[str, Any]:
    from pydantic import TypeAdapter

    from briefcli.contract import SCHEMA_ID, AnalysisDict

    schema: dict[str, Any] = TypeAdapter(AnalysisDict).json_schema()
    _add_patterns(schema)
    _add_kinds(schema)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "briefcli analysis",
        "description": "Output of `briefcli analyze --format json`.",
        **{k: v for k, v in schema.items() if k != "title"},
    }


def render() -> str:
    return json.dumps(generate(), indent=2, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    SCHEMA_PATH.write_text(render(), encoding="utf-8")
    sys.stdout.write(f"wrote {SCHEMA_PATH}\n")
