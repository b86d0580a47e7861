"""generator.read.metaschema: the validator's findings, each placed at the value at fault,
in the file where it is written; values the code never uses only warn."""

from __future__ import annotations

from pathlib import Path

import openapi_spec_validator
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema_path import SchemaPath

from generator.diagnostics import Sink
from generator.read.finding import Finding
from generator.read.loader import read_document
from generator.read.metaschema import findings, validator_for
from generator.read.refs import Resolver

from ..conftest import REPO


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


PROPERTY_30 = """
openapi: 3.0.3
info: {title: S, version: "1"}
paths: {}
components:
  schemas:
    A:
      type: object
      properties:
        x: PROPERTY
"""
X = "#/components/schemas/A/properties/x"


@pytest.mark.parametrize(("schema", "code", "pointer"), [
    ("{const: abc}", "const-in-30", X + "/const"),
    ('{type: [string, "null"]}', "type-list-in-30", X + "/type"),
    ("{type: 'null'}", "type-null-in-30", X + "/type"),
    ("{type: null}", "type-yaml-null", X + "/type"),  # YAML's null: meant as the name
    ('{type: object, patternProperties: {"^a": {type: string}}}', "patternproperties-in-30",
     X + "/patternProperties"),
    ("{type: array, contains: {type: string}}", "contains-in-30", X + "/contains"),
    ('{$recursiveRef: "#"}', "recursiveref-in-30", X + "/$recursiveRef"),
    ("{type: string, init: false, metadata: {a: 1}, kw_only: true, customTypePath: a.b}",
     "unknown-keyword", X),
    ("{type: array, items: [{type: string}, {type: integer}]}", "items-list", X + "/items"),
    (r'{type: string, pattern: "[\\s-_]"}', "ecma-pattern", X + "/pattern"),
    # a long one: its message was cut before it was recognised, and it stayed an error
    (r'{type: string, pattern: "[\\s-_]' + "a" * 400 + '"}', "ecma-pattern", X + "/pattern"),
])
def test_a_schema_break_whose_meaning_is_plain_is_a_warning_with_its_place(
        write, schema: str, code: str, pointer: str) -> None:
    # main: each was an error ("'const' does not match any of the regexes: '^x-'", ...),
    # the spec refused: clientgen refuses only what it cannot turn into a working client
    # (the fast check reports such a break at the parent: run_validator then runs this one)
    path = write("spec.yaml", PROPERTY_30.replace("PROPERTY", schema))
    found = _findings(path, "3.0.3", precise=True)
    assert _placed(found) == [("warning", code, pointer)]
    assert found[0].line == 9


@pytest.mark.parametrize(("schema", "pointer"), [
    ("{type: null}", X + "/type"), ("{type: [string, null]}", X + "/type/1"),
    ("{type: [string, ~]}", X + "/type/1")])
def test_yaml_null_in_a_3_1_type_is_the_name_null_with_a_warning(
        write, schema: str, pointer: str) -> None:
    # main: "None is not one of ['array', ...]", the spec refused
    path = write("spec.yaml", PROPERTY_30.replace("3.0.3", "3.1.0").replace("PROPERTY", schema))
    assert _placed(_findings(path, "3.1.0", precise=True)) == [
        ("warning", "type-yaml-null", pointer)]


@pytest.mark.parametrize("schema", ["{type: object, patternProperties: {type: ~}}",
                                    "{type: object, properties: {type: ~}}",
                                    "{$defs: {type: ~}}"])
def test_a_null_schema_named_type_is_no_yaml_null_type(write, schema: str) -> None:
    # review: a schema *named* `type` (null: no schema at all) was forgiven as `type: null`
    path = write("spec.yaml", PROPERTY_30.replace("3.0.3", "3.1.0").replace("PROPERTY", schema))
    found = _findings(path, "3.1.0", precise=True)
    assert "type-yaml-null" not in {f.code for f in found}
    assert any(f.severity == "error" for f in found)


def test_yaml_null_in_a_3_0_type_list_is_said_as_both_slips(write) -> None:
    path = write("spec.yaml", PROPERTY_30.replace("PROPERTY", "{type: [string, null]}"))
    assert sorted(_placed(_findings(path, "3.0.3", precise=True))) == [
        ("warning", "type-list-in-30", X + "/type"),
        ("warning", "type-yaml-null", X + "/type/1")]


def test_a_3_1_keyword_beside_an_unknown_one_is_one_warning_of_each_kind(write) -> None:
    path = write("spec.yaml", PROPERTY_30.replace("PROPERTY", "{const: a, init: 1, contains: {}}"))
    found = _findings(path, "3.0.3", precise=True)
    assert sorted(f.code for f in found) == ["const-in-30", "contains-in-30", "unknown-keyword"]
    [unknown] = [f for f in found if f.code == "unknown-keyword"]
    assert "'init'" in unknown.message and "const" not in unknown.message


def test_a_plain_break_beside_a_real_error_in_one_schema_stays_an_error(write) -> None:
    # the alternative that would be valid but for `const` also has `type: strin`
    path = write("spec.yaml", PROPERTY_30.replace("PROPERTY", "{const: a, type: strin}"))
    assert ("error", "invalid-spec") in {(f.severity, f.code)
                                         for f in _findings(path, "3.0.3", precise=True)}


@pytest.mark.parametrize(("required", "line"), [("null", 10), ("{type: string}", 10)])
def test_required_not_a_list_is_a_warning(write, required: str, line: int) -> None:
    path = write("spec.yaml", PROPERTY_30.replace("PROPERTY", "{type: string}")
                 + f"      required: {required}\n")
    found = _findings(path, "3.0.3", precise=True)
    assert _placed(found) == [("warning", "invalid-required", "#/components/schemas/A/required")]
    assert found[0].line == line and "ignored" in found[0].message


@pytest.mark.parametrize(("info", "pointer"), [
    ("{title: S}", "#/info"), ("{title: S, version: 1.0}", "#/info/version")])
def test_info_without_a_text_version_is_a_warning(write, info: str, pointer: str) -> None:
    path = write("spec.yaml", PROPERTY_30.replace('{title: S, version: "1"}', info)
                 .replace("PROPERTY", "{type: string}"))
    for precise in (False, True):
        assert _placed(_findings(path, "3.0.3", precise)) == [
            ("warning", "invalid-info", pointer)], precise


def test_a_top_level_key_that_is_no_field_nor_extension_is_a_warning(write) -> None:
    path = write("spec.yaml", PROPERTY_30.replace("PROPERTY", "{type: string}")
                 + "source: somewhere\n")
    [found] = _findings(path, "3.0.3", precise=True)
    assert _placed([found]) == [("warning", "unknown-field", "#/source")]
    assert "'source'" in found.message


def test_a_parameter_in_nowhere_and_an_unknown_field_beside_it_stay_an_error(write) -> None:
    # an unknown key forgives nothing else the same object breaks
    path = write("spec.yaml", """
        openapi: 3.0.3
        info: {title: S, version: "1"}
        paths:
          /a:
            get:
              parameters:
                - {name: m, in: nowhere, schema: {type: string}, what: 1}
              responses: {"200": {description: ok}}
    """)
    assert [f.severity for f in _findings(path, "3.0.3", precise=True)] == ["error"]


def test_a_security_scheme_of_type_null_stays_an_error(write) -> None:
    # `type: 'null'` is forgiven in a schema only: a scheme's type says how to authenticate
    path = write("spec.yaml", PROPERTY_30.replace("PROPERTY", "{type: string}")
                 + "  securitySchemes:\n    key: {type: 'null', name: k, in: header}\n")
    assert "error" in {f.severity for f in _findings(path, "3.0.3", precise=True)}


# -- the meta-schema check's fast path (issue 20) ----------------------------------------------

def _library_checks(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Every run of the library's pure-Python meta-schema check, recorded."""
    import openapi_schema_validator.validators as library

    runs: list[object] = []
    real = library.validator_for

    def counting(schema: object, *args: object, **kwargs: object) -> object:
        runs.append(schema)
        return real(schema, *args, **kwargs)

    monkeypatch.setattr(library, "validator_for", counting)
    return runs


@pytest.mark.parametrize("version", ["3.0.3", "3.1.0"])
def test_a_valid_schema_is_answered_without_the_pure_python_check(
        write, monkeypatch: pytest.MonkeyPatch, version: str) -> None:
    # main: every schema of the spec went through jsonschema's pure-Python check against its
    # dialect's meta-schema, two thirds of validating a large 3.1 spec
    runs = _library_checks(monkeypatch)
    spec = PROPERTY_30.replace("3.0.3", version).replace(
        "PROPERTY", '{type: string, pattern: "^[a-z]+$"}')
    assert _findings(write("spec.yaml", spec), version) == []
    assert runs == []


@pytest.mark.parametrize(("schema", "code"), [
    ("{type: strin}", "invalid-spec"),
    (r'{type: string, pattern: "[\\s-_]"}', "ecma-pattern"),  # valid to jsonschema-rs
    (r'{type: object, patternProperties: {"[\\s-_]": {}}}', "patternproperties-in-30"),
])
def test_a_schema_at_fault_is_judged_by_the_library_itself(
        write, monkeypatch: pytest.MonkeyPatch, schema: str, code: str) -> None:
    runs = _library_checks(monkeypatch)
    found = _findings(write("spec.yaml", PROPERTY_30.replace("PROPERTY", schema)), "3.0.3",
                      precise=True)
    assert code in {f.code for f in found}
    assert runs


def _schema_checker(version: str):  # the library's checker, as the schema validator has it
    from openapi_spec_validator.validation.registries import KeywordValidatorRegistry

    validator = validator_for(version).keyword_validators["schema"]
    base = validator.__mro__[1]  # the library's own class, before our fast path
    registry = KeywordValidatorRegistry(validator_for(version).keyword_validators)
    spec = SchemaPath.from_dict({"openapi": version, "info": {"title": "t", "version": "1"},
                                 "paths": {}})
    return (lambda value: validator(registry)._get_schema_checker(spec, value),
            lambda value: base(registry)._get_schema_checker(spec, value))


def _verdict(check, value: object) -> bool:
    try:
        check(value)
    except Exception:
        return False
    return True


_KEYWORDS = ["type", "properties", "items", "required", "enum", "const", "pattern", "format",
             "minimum", "maximum", "exclusiveMinimum", "minLength", "allOf", "oneOf", "anyOf",
             "not", "nullable", "additionalProperties", "patternProperties", "$ref",
             "discriminator", "default", "example", "x-ext", "readOnly", "deprecated",
             "prefixItems", "dependentRequired", "unevaluatedProperties", "xml", "title"]
_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-3, 3) | st.floats(allow_nan=False, width=32)
    | st.sampled_from(["string", "object", "integer", "null", "#/x", "^a", "[\\s-_]", "(",
                       "\\p{L}", "date-time", "a"]),
    lambda inner: st.lists(inner, max_size=3)
    | st.dictionaries(st.sampled_from(_KEYWORDS + ["a", "^b"]), inner, max_size=3),
    max_leaves=8)
_PATTERNS = st.sampled_from(["^a", "[\\s-_]", "(", "\\p{L}", "a{2}", "(?<=a)b", "\\d+"])
_SCHEMAS = st.dictionaries(st.sampled_from(_KEYWORDS), _VALUES, max_size=4) | st.fixed_dictionaries(
    {"pattern": _PATTERNS},
    optional={"type": st.sampled_from(["string", "strin"]),
              "properties": st.dictionaries(st.sampled_from(["a", "b"]),
                                            st.fixed_dictionaries({"pattern": _PATTERNS})),
              "patternProperties": st.dictionaries(_PATTERNS, st.just({}), max_size=2)})


@pytest.mark.parametrize("version", ["3.0.3", "3.1.0", "3.2.0"])
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(schema=_SCHEMAS)
def test_the_fast_path_gives_the_library_s_verdict_on_any_schema(version: str,
                                                                 schema: dict) -> None:
    fast, library = _schema_checker(version)
    assert _verdict(fast(schema), schema) == _verdict(library(schema), schema)


def test_the_fast_path_gives_the_library_s_verdict_on_every_schema_of_the_vendored_specs(
        ) -> None:
    for spec in sorted((REPO / "specs").glob("*/*.yaml")):
        document = read_document(spec, Sink())
        version = str(document.data["openapi"])
        fast, library = _schema_checker(version)
        for schema in document.data["components"]["schemas"].values():
            assert _verdict(fast(schema), schema) == _verdict(library(schema), schema)


def test_the_schema_validator_asks_a_set_whether_it_has_seen_a_schema() -> None:
    # main: the library's lists of seen ids, asked once per schema visit: quadratic, seconds
    # for a spec of thousands of schemas
    from openapi_spec_validator.validation.registries import KeywordValidatorRegistry

    from generator.read.metaschema import _Ids

    keyword_validators = validator_for("3.1.0").keyword_validators
    schema = keyword_validators["schema"](KeywordValidatorRegistry(keyword_validators))
    assert isinstance(schema.visited_schema_ids, _Ids)
    assert isinstance(schema.meta_checked_schema_ids, _Ids)
    ids = _Ids([1])
    ids.append(2)
    ids.extend([3])
    ids.insert(0, 4)
    ids += [5]
    assert ids == [4, 1, 2, 3, 5]
    assert all(n in ids for n in range(1, 6)) and 6 not in ids

SEVERAL_MEDIA = """
    openapi: VERSION
    info: {title: S, version: "1"}
    paths:
      /a:
        get:
          parameters:
            - name: filter
              in: query
              content:
                text/plain: {schema: {type: string}}
                application/json: {schema: {type: object}}
          responses: {"200": {description: ok}}
"""


@pytest.mark.parametrize("version", ["3.0.3", "3.1.0"])
def test_a_parameter_with_several_media_types_is_a_warning_at_its_content(
        write, version: str) -> None:
    # main: refused ("... has too many properties"); the model reads the first JSON one
    # (the fast check reports it at the parameter: run_validator then runs this one)
    path = write("spec.yaml", SEVERAL_MEDIA.replace("VERSION", version))
    found = _findings(path, version, precise=True)
    assert _placed(found) == [("warning", "parameter-media-types",
                               "#/paths/~1a/get/parameters/0/content")]
    assert found[0].line == 10 and "2 media types" in found[0].message



@pytest.mark.parametrize("declared", ["[{name: convert, in: query, schema: {type: boolean}}]",
                                      "[]"])
def test_a_variable_in_a_path_keys_query_string_is_a_warning_not_an_unresolved_parameter(
        write, declared: str) -> None:
    # main: refused ("Path parameter 'convert' for 'post' operation in
    # '/uploads?convert={convert}' was not resolved"), whether or not a query parameter
    # of that name is declared; model/operations reads it as a query parameter
    path = write("spec.yaml", f"""
        openapi: 3.0.3
        info: {{title: S, version: "1"}}
        paths:
          /uploads?convert={{convert}}:
            post:
              parameters: {declared}
              responses: {{"200": {{description: ok}}}}
    """)
    found = _findings(path, "3.0.3", precise=True)
    assert _placed(found) == [("warning", "path-query",
                               "#/paths/~1uploads?convert={convert}/post")]


def test_a_path_variable_without_a_parameter_is_a_warning(write) -> None:
    # main: refused ("Path parameter 'id' for 'get' operation in '/{id}/x' was not
    # resolved"); model/operations reads it as a required string
    path = write("spec.yaml", """
        openapi: 3.0.3
        info: {title: S, version: "1"}
        paths:
          /{id}/x:
            get:
              responses: {"200": {description: ok}}
          /y:
            get:
              parameters: [{name: gone, in: path, required: true, schema: {type: string}}]
              responses: {"200": {description: ok}}
    """)
    found = _placed(_findings(path, "3.0.3", precise=True))
    assert ("warning", "undeclared-path-parameter", "#/paths/~1{id}~1x/get") in found
    # a path parameter the path does not name: which variable it fills is unknowable
    assert ("error", "invalid-spec", "#/paths/~1y/get") in found


@pytest.mark.parametrize("schema", ["true", "false", "{type: array, items: false}",
                                    "{not: true}", "{allOf: [true]}"])
def test_a_boolean_schema_in_a_3_0_document_is_a_warning(write, schema: str) -> None:
    # main: refused ("True is not of type 'object'"); 3.1 (JSON Schema 2020-12) has them
    path = write("spec.yaml", PROPERTY_30.replace("PROPERTY", schema))
    found = _findings(path, "3.0.3", precise=True)
    assert [(f.severity, f.code) for f in found] == [("warning", "boolean-schema-in-30")]
    assert found[0].line is not None


def test_a_boolean_where_no_schema_stands_stays_an_error(write) -> None:
    path = write("spec.yaml", PROPERTY_30.replace("PROPERTY", "{type: string}")
                 .replace('{title: S, version: "1"}', '{title: S, version: "1"}\nservers: true'))
    assert "error" in {f.severity for f in _findings(path, "3.0.3", precise=True)}


def test_an_operation_without_responses_and_a_path_parameter_not_required_are_warnings(
        write) -> None:
    # main: refused ("'responses' is a required property", "'path' is not one of
    # ['query', 'header', 'cookie']"); found by the corpus (datamodel-code-generator's specs)
    path = write("spec.yaml", """
        openapi: 3.0.3
        info: {title: S, version: "1"}
        paths:
          /a/{id}:
            get:
              parameters: [{name: id, in: path, schema: {type: string}}]
    """)
    assert sorted(_placed(_findings(path, "3.0.3", precise=True))) == [
        ("warning", "missing-responses", "#/paths/~1a~1{id}/get"),
        ("warning", "path-not-required", "#/paths/~1a~1{id}/get/parameters/0")]


def test_a_response_without_description_a_null_schema_and_an_odd_component_name_are_warnings(
        write) -> None:
    # main: each refused ("'description' is a required property", "None is not of type
    # 'object', 'boolean'", "'Foo/Bar' does not match ..."); found by the corpus
    path = write("spec.yaml", """
        openapi: 3.1.0
        info: {title: S, version: "1"}
        paths:
          /a:
            post:
              requestBody: {content: {application/json: {schema: null}}}
              responses: {"200": {content: {application/json: {schema: {type: string}}}}}
        components:
          schemas:
            Foo/Bar: {type: string}
    """)
    found = _findings(path, "3.1.0", precise=True)
    assert sorted(_placed(found)) == [
        ("warning", "component-name", "#/components/schemas"),
        ("warning", "missing-description", "#/paths/~1a/post/responses/200"),
        ("warning", "null-schema",
         "#/paths/~1a/post/requestBody/content/application~1json/schema")]
