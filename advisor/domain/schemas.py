"""JSON Schemas of the public file formats, generated from the pydantic models.

The schemas in ``resources/schemas/`` (question bank, assessment, branding profile, and
the output of ``score --json``) are what other tools validate against; they are
generated from the models here, never edited by hand. This module only *computes* them
and compares them with the files: ``python -m advisor.domain.schemas --check`` exits 1
when a file is stale, and ``python scripts/gen_schemas.py`` (a developer tool) writes
them.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from advisor.domain.assessment import Assessment
from advisor.domain.bank import Bank
from advisor.domain.benchmark_output import BenchmarkOutput
from advisor.domain.branding import BrandingProfile
from advisor.domain.score_output import ScoreOutput

__all__ = ["SCHEMAS", "SchemaFile", "rendered_schemas", "schema_of", "stale_schemas"]

JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"


@dataclass(frozen=True)
class SchemaFile:
    """One generated schema: its file name, the model and a title."""

    filename: str
    model: type[BaseModel]
    title: str
    description: str

    @property
    def schema_id(self) -> str:
        """A stable identifier (a URN: nothing is fetched from the network)."""
        return f"urn:export-advisor:schema:{self.filename.removesuffix('.schema.json')}"


SCHEMAS: tuple[SchemaFile, ...] = (
    SchemaFile(
        "bank.schema.json",
        Bank,
        "Export Readiness Advisor question bank",
        "A question bank (format 'export-advisor/bank'), as YAML or JSON: dimensions, "
        "profile fields, questions, recommendations and sources of help.",
    ),
    SchemaFile(
        "assessment.schema.json",
        Assessment,
        "Export Readiness Advisor assessment",
        "One saved assessment (format 'export-advisor/assessment'): the bank it was "
        "answered against, the profile, the answers and the user's plan edits. Each answer "
        "holds exactly one of 'choice', 'choices', 'number' or 'skip'.",
    ),
    SchemaFile(
        "branding.schema.json",
        BrandingProfile,
        "Export Readiness Advisor branding profile",
        "A consultant's branding profile (format 'export-advisor/branding') for reports.",
    ),
    SchemaFile(
        "score.schema.json",
        ScoreOutput,
        "Export Readiness Advisor score output",
        "What 'export-advisor score FILE --json' prints: the overall result (provisional "
        "or not, blockers and unconfirmed blockers), each area (not assessed: null score "
        "and stage), the gaps and the action plan in order. Keys may be added.",
    ),
    SchemaFile(
        "benchmark.schema.json",
        BenchmarkOutput,
        "Export Readiness Advisor peer benchmark output",
        "What 'export-advisor benchmark FILE --peers DIR --json' prints: the peer group "
        "used (size and dates), and per area and overall the group's median and quartiles "
        "and the firm's position; no figure at all below the minimum group size. Keys may "
        "be added.",
    ),
)


def _as_strict_as_the_loader(node: Any) -> None:
    """Tighten what pydantic generates where the loader is stricter than the schema.

    * ``patternProperties`` lets keys that miss the pattern through with any value; the
      loader refuses them, so the keys are checked with ``propertyNames`` instead.
    * A pattern ending in ``$`` also matches before a final newline in Python's ``re``
      (which JSON Schema validators in Python use); ``$(?!\n)`` is a true end everywhere.
    """
    if isinstance(node, list):
        for item in node:
            _as_strict_as_the_loader(item)
        return
    if not isinstance(node, dict):
        return
    pattern = node.get("pattern")
    if isinstance(pattern, str) and pattern.endswith("$"):
        node["pattern"] = pattern + "(?!\\n)"
    patterns = node.get("patternProperties")
    if isinstance(patterns, dict) and len(patterns) == 1:
        ((key_pattern, value_schema),) = patterns.items()
        del node["patternProperties"]
        names = node.setdefault("propertyNames", {})
        names["pattern"] = key_pattern
        node["additionalProperties"] = value_schema
    for value in node.values():
        _as_strict_as_the_loader(value)


def schema_of(item: SchemaFile) -> dict[str, Any]:
    """The JSON Schema of one format, with ``$schema``, ``$id``, title and description."""
    body = item.model.model_json_schema(mode="validation")
    _as_strict_as_the_loader(body)
    body.pop("title", None)
    body.pop("description", None)
    return {
        "$schema": JSON_SCHEMA_DIALECT,
        "$id": item.schema_id,
        "title": item.title,
        "description": item.description,
        **body,
    }


def rendered_schemas() -> dict[str, str]:
    """File name -> the exact text the schema file must hold."""
    return {
        item.filename: json.dumps(schema_of(item), indent=2, ensure_ascii=False) + "\n"
        for item in SCHEMAS
    }


def stale_schemas(folder: Path) -> list[str]:
    """The schema files in ``folder`` that are missing or differ from the models."""
    stale = []
    for filename, text in rendered_schemas().items():
        path = folder / filename
        try:
            current = path.read_text(encoding="utf-8")
        except OSError:
            current = None
        if current != text:
            stale.append(filename)
    return stale


def main(argv: Sequence[str] | None = None) -> int:
    """Check the schema files: exit 0 when current, 1 when stale (names them)."""
    from advisor.resources import resource_path

    parser = argparse.ArgumentParser(
        prog="python -m advisor.domain.schemas",
        description="Check that resources/schemas/ matches the models "
        "(write them with: python scripts/gen_schemas.py).",
    )
    parser.add_argument("--check", action="store_true", help="check only (the default)")
    parser.parse_args(argv)
    folder = resource_path("schemas", must_exist=False)
    stale = stale_schemas(folder)
    if stale:
        sys.stderr.write(
            f"stale JSON Schemas in {folder}: {', '.join(stale)} "
            "(regenerate with: python scripts/gen_schemas.py)\n"
        )
        return 1
    print(f"OK: {len(SCHEMAS)} JSON Schemas in {folder} match the models")
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
