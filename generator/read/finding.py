"""A problem the spec validator found, and which validator checks which version.

Both sides of validation need these: metaschema runs the validator and places what it
finds; validity decides whether a verdict is already known and stores findings. Kept apart
from metaschema, which imports the validator (a third of a second), so that validity can
name the validator and read stored findings without importing it.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.diagnostics import Severity


@dataclass(frozen=True)
class Finding:
    """One problem the validator found, placed at the value at fault (see metaschema.py)."""

    severity: Severity
    code: str
    message: str
    file: str
    pointer: str
    line: int | None


def validator_of(version: str) -> str:
    """The name of openapi-spec-validator's class for a document version."""
    if version == "2.0":
        return "OpenAPIV2SpecValidator"
    return {"3.1": "OpenAPIV31SpecValidator", "3.2": "OpenAPIV32SpecValidator"}.get(
        version[:3], "OpenAPIV30SpecValidator")
