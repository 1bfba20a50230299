"""Generate the JSON Schemas of every JSON output, ``src/briefcli/schema/<name>.schema.json``, from
the TypedDicts that define them (``briefcli.contract``; ``briefcli.evaluate`` for ``eval``).

Run after changing the contract:  python scripts/generate_schema.py
(tests/test_schema.py fails while a shipped schema and the contract disagree).
"""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path
from typing import Any, get_args

SCHEMA_DIR = Path(__file__).resolve().parent.parent / "src" / "briefcli" / "schema"

# The commands that print JSON: the schema's file name, the module and the TypedDict of the output.
# `briefcli schema COMMAND` prints it (cli._SCHEMAS has the same names).
OUTPUTS: dict[str, tuple[str, str, str]] = {
    "analyze": ("analysis", "briefcli.contract", "AnalysisDict"),
    "summary": ("summary", "briefcli.contract", "SummaryDict"),
    "export": ("export", "briefcli.contract", "ExportDict"),
    "people": ("people", "briefcli.contract", "PeopleViewDict"),
    "sections": ("sections", "briefcli.contract", "SectionsViewDict"),
    "timeline": ("timeline", "briefcli.contract", "TimelineViewDict"),
    "quotes": ("quotes", "briefcli.contract", "QuotesDict"),
    "eval": ("eval", "briefcli.evaluate", "EvalResult"),
    "digest": ("digest", "briefcli.contract", "DigestDict"),
    "search": ("search", "briefcli.contract", "SearchDict"),
}

# Formats a TypedDict cannot say: (definition, property) -> JSON Schema pattern.
_ISO_DATE = r"^\d{4}-\d{2}-\d{2}$"
_ISO_DATE_OR_MONTH = r"^\d{4}-\d{2}(-\d{2})?$"
_PUBLISHED = (
    "AnalysisDict",
    "SummaryDict",
    "SectionsViewDict",
    "TimelineViewDict",
    "QuotesDict",
    "ExportDict",
)
PATTERNS = {
    ("EventDict", "date"): _ISO_DATE_OR_MONTH,
    ("EventDict", "end"): _ISO_DATE_OR_MONTH,
    ("TimelineRowDict", "date"): _ISO_DATE_OR_MONTH,
    ("TimelineRowDict", "end"): _ISO_DATE_OR_MONTH,
    ("TimelineViewDict", "article_id"): r"^[0-9a-f]{32}$",
    **{(definition, "published"): _ISO_DATE for definition in _PUBLISHED},
}

# Fields whose values are a section kind: the names data/kinds.json declares.
KIND_FIELDS = (
    ("ParagraphDict", "kind"),
    ("SectionDict", "kind"),
    ("SummarySectionDict", "kind"),
    ("SectionRowDict", "kind"),
    ("QuoteRowDict", "section"),
    ("QuotesFiltersDict", "section"),
    ("QuoteSectionDict", "kind"),
    ("DigestFiltersDict", "kind"),
    ("DigestTimelineDict", "kind"),
    ("DigestOccasionDict", "kind"),
    ("DigestStatementDict", "kind"),
)


def _nodes(schema: dict[str, Any], top: str, fields: Any) -> Any:
    """(property's schema, value) for each (definition, property) of ``fields`` present in
    ``schema``, whose own definition is ``top``; a nullable property's string option."""
    for (definition, prop), value in fields:
        node = schema if definition == top else schema.get("$defs", {}).get(definition)
        if node is None:
            continue
        spec = node["properties"][prop]
        for option in spec.get("anyOf", [spec]):
            if option.get("type") == "string":
                yield option, value


def _add_patterns(schema: dict[str, Any], top: str) -> None:
    for option, pattern in _nodes(schema, top, PATTERNS.items()):
        option["pattern"] = pattern


def _add_kinds(schema: dict[str, Any], top: str) -> None:
    from briefcli.model import PARAGRAPH_KINDS

    for option, _ in _nodes(schema, top, ((field, None) for field in KIND_FIELDS)):
        option["enum"] = list(PARAGRAPH_KINDS)


def version() -> str:
    """The version every output and schema carries (``briefcli.contract.SchemaVersion``)."""
    from briefcli.contract import SchemaVersion

    (value,) = get_args(SchemaVersion)
    return str(value)


def schema_id(command: str = "analyze") -> str:
    from briefcli.contract import SCHEMA_BASE

    return f"{SCHEMA_BASE}/v{version()}/{OUTPUTS[command][0]}.schema.json"


def generate(command: str = "analyze") -> dict[str, Any]:
    """The JSON Schema of ``briefcli COMMAND --format json``."""
    from pydantic import TypeAdapter

    _, module, name = OUTPUTS[command]
    schema: dict[str, Any] = TypeAdapter(getattr(importlib.import_module(module), name)).json_schema()
    _add_patterns(schema, name)
    _add_kinds(schema, name)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": schema_id(command),
        "title": f"briefcli {command}",
        "description": f"Output of `briefcli {command} --format json`, schema version {version()}.",
        **{k: v for k, v in schema.items() if k not in ("title", "description")},
    }


def schema_path(command: str = "analyze") -> Path:
    return SCHEMA_DIR / f"{OUTPUTS[command][0]}.schema.json"


def render(command: str = "analyze") -> str:
    return json.dumps(generate(command), indent=2, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    for command in OUTPUTS:
        schema_path(command).write_text(render(command), encoding="utf-8")
        sys.stdout.write(f"wrote {schema_path(command)}\n")
