"""generator.read.metaschema: the validator's findings, each placed at the value at fault,
in the file where it is written; values the code never uses only warn."""

from __future__ import annotations

from pathlib import Path

import openapi_spec_validator

from generator.diagnostics import Sink
from generator.read.finding import Finding
from generator.read.loader import read_document
from generator.read.metaschema import findings, validator_for
from generator.read.refs import Resolver


def _findings(path: Path, version: str, precise: bool = False) -> list[Finding]:
    sink = Sink()
    document = read_document(path, sink)
    validator = validator_for(version, precise)(document.data,
                                                base_uri=document.path.resolve().as_uri())
    return findings(validator, Resolver(document, sink))


def _placed(found: list[Finding]) -> list[tuple[str, str, str]]:
    return [(f.severity, f.code, f.pointer) for f in found]


def test_validator_for_is_the_library_class_of_the_version() -> None:
    assert issubclass(validator_for("2.0"), openapi_spec_validator.OpenAPIV2SpecValidator)
    assert issubclass(validator_for("3.0.3"), openapi_spec_validator.OpenAPIV30SpecValidator)
    assert issubclass(validator_for("3.1.1", precise=True),
                      openapi_spec_validator.OpenAPIV31SpecValidator)


def test_a_default_that_breaks_its_schema_is_a_warning_placed_at_the_default(write) -> None:
    path = write("spec.yaml", """
        openapi: 3.0.3
        info: {title: S, version: "1"}
        paths:
          /a:
            get:
              parameters:
                - {name: n, in: query, schema: {type: integer, default: abc}}
              responses: {"200": {description: ok}}
    """)
    [finding] = _findings(path, "3.0.3")
    assert _placed([finding]) == [
        ("warning", "invalid-default", "#/paths/~1a/get/parameters/0/schema/default")]
    assert finding.line == 7 and "'abc' is not of type 'integer'" in finding.message


def test_a_property_named_default_is_checked_as_a_schema_not_excused_as_a_value(write) -> None:
    path = write("spec.yaml", """
        openapi: 3.0.3
        info: {title: S, version: "1"}
        paths: {}
        components:
          schemas:
            A:
              type: object
              properties:
                default: {type: strin}
    """)
    assert _placed(_findings(path, "3.0.3", precise=True)) == [
        ("error", "invalid-spec", "#/components/schemas/A/properties/default/type")]


def test_a_swagger_2_security_scheme_named_default_is_an_error(write) -> None:
    # with its own table of name maps, metaschema did not know securityDefinitions: the
    # broken scheme was "`default` does not fit its schema", a warning, and generated
    path = write("spec.yaml", """
        swagger: "2.0"
        info: {title: S, version: "1"}
        paths: {}
        securityDefinitions:
          default: {type: apiKey, name: key, in: nowhere}
    """)
    found = _findings(path, "2.0")
    assert [(f.severity, f.code) for f in found] == [("error", "invalid-spec")]
    assert found[0].pointer.startswith("#/securityDefinitions/default")


def test_the_precise_check_names_the_offending_value_not_its_one_of(write) -> None:
    path = write("spec.yaml", """
        openapi: 3.0.3
        info: {title: S, version: "1"}
        paths:
          /a:
            get:
              parameters:
                - {name: m, in: nowhere, schema: {type: string}}
              responses: {"200": {description: ok}}
    """)
    [fast] = _findings(path, "3.0.3")
    [precise] = _findings(path, "3.0.3", precise=True)
    assert fast.pointer == "#/paths/~1a/get/parameters/0"
    assert precise.pointer == "#/paths/~1a/get/parameters/0/in"
    assert "'nowhere' is not one of" in precise.message and precise.line == 7


def test_a_finding_reached_through_a_ref_is_placed_in_the_file_that_holds_it(write) -> None:
    write("other.yaml", """
        Thing:
          type: object
          properties:
            x: {type: integer, default: abc}
    """)
    path = write("spec.yaml", """
        openapi: 3.0.3
        info: {title: S, version: "1"}
        paths:
          /a:
            get:
              responses:
                "200":
                  description: ok
                  content: {application/json: {schema: {$ref: "other.yaml#/Thing"}}}
    """)
    [finding] = _findings(path, "3.0.3")
    assert Path(finding.file).resolve() == (path.parent / "other.yaml").resolve()
    assert (finding.pointer, finding.line) == ("#/Thing/properties/x/default", 4)


def test_a_swagger_2_null_default_is_allowed_by_x_nullable_only(write) -> None:
    path = write("spec.yaml", """
        swagger: "2.0"
        info: {title: S, version: "1"}
        paths:
          /a:
            get:
              parameters:
                - {name: a, in: query, type: string, x-nullable: true, default: null}
                - {name: b, in: query, type: string, default: null}
              responses: {"200": {description: ok}}
    """)
    assert _placed(_findings(path, "2.0")) == [
        ("warning", "invalid-default", "#/paths/~1a/get/parameters/1/default")]
