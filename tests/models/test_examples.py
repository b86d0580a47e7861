"""Every `example` of a named object schema in the vendored specs decodes through its model.

The real Opal examples break their own schemas (lowercase enum values, ids that are not
UUIDs, missing required fields, timestamps); lenient decoding must take them all, keep
every field, and strict decoding must reject the ones that break the schema.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from typing import Any

from generator.diagnostics import Sink
from generator.model import ir
from generator.model.resolve import load_api
from generator.names.assign import Names

ROOT = Path(__file__).resolve().parents[2]
SPECS = {
    "opal_client": ROOT / "specs" / "opal" / "opal-openapi.yaml",
    "oracle_ag_client": ROOT / "specs" / "oracle" / "oracle-access-governance.yaml",
}


def examples(package: str) -> list[tuple[str, dict[str, Any]]]:
    """(class name, example) for every named object schema that carries an object example."""
    api = load_api(SPECS[package], Sink())
    names = Names(api)
    found = []
    for key, definition in api.definitions.items():
        if isinstance(definition, ir.ObjectDef) and isinstance(definition.example, dict):
            found.append((names.model(key), definition.example))
    return sorted(found, key=lambda item: item[0])


def models_of(package: str) -> Any:
    folder = str(ROOT / "generated" / package)
    if folder not in sys.path:
        sys.path.insert(0, folder)
    return importlib.import_module(f"{package}.models")


def test_every_example_decodes_leniently_and_keeps_its_fields() -> None:
    # (the Oracle transcription carries no examples; Opal has one on most schemas)
    models = models_of("opal_client")
    cases = examples("opal_client")
    assert len(cases) >= 100
    for name, example in cases:
        model = getattr(models, name).from_dict(example)
        assert set(model.to_dict()) == set(example), name


def test_opal_examples_that_break_the_schema_fail_strict_decoding() -> None:
    models = models_of("opal_client")
    failures = []
    for name, example in examples("opal_client"):
        try:
            getattr(models, name).from_dict(example, strict=True)
        except importlib.import_module("opal_client.errors").ResponseValidationError:
            failures.append(name)
    # the spec's README lists examples that disagree with their schemas; strict mode must
    # notice at least some of them, and lenient decoding (above) must still take them
    assert failures
