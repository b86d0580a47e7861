"""generator.read.finding: which of openapi-spec-validator's classes checks a version."""

from __future__ import annotations

import openapi_spec_validator
import pytest

from generator.read.finding import validator_of


@pytest.mark.parametrize(("version", "name"), [
    ("2.0", "OpenAPIV2SpecValidator"),
    ("3.0.0", "OpenAPIV30SpecValidator"),
    ("3.0.3", "OpenAPIV30SpecValidator"),
    ("3.1.1", "OpenAPIV31SpecValidator"),
    ("3.2.0", "OpenAPIV32SpecValidator"),
])
def test_each_version_names_a_validator_the_library_has(version: str, name: str) -> None:
    assert validator_of(version) == name
    assert hasattr(openapi_spec_validator, name)
