"""generator.model.operations: paths, parameters, bodies and responses as IR operations,
read through load_api as generation reads them."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from generator.diagnostics import Sink
from generator.model import ir

Load = Callable[[Path], tuple[ir.Api, Sink]]


def _api(tmp_path: Path, load: Load, paths: dict[str, Any], version: str = "3.0.3",
         **top: Any) -> tuple[ir.Api, Sink]:
    spec = {"openapi": version, "info": {"title": "T", "version": "1"}, "paths": paths, **top}
    path = tmp_path / "spec.json"
    path.write_text(json.dumps(spec), encoding="utf-8")
    return load(path)


OK = {"200": {"description": "ok"}}
HEADER = {"schema": {"type": "string"}}


def _query(name: str, **more: Any) -> dict[str, Any]:
    return {"name": name, "in": "query", "schema": {"type": "string"}, **more}


def test_an_operations_parameter_overrides_the_path_items_of_the_same_name_and_place(
        tmp_path: Path, load: Load) -> None:
    api, _ = _api(tmp_path, load, {"/things/{id}": {
        "parameters": [{"name": "id", "in": "path", "required": True,
                        "schema": {"type": "string"}},
                       _query("q", description="path item's")],
        "get": {"parameters": [_query("q", description="operation's"),
                               {"name": "q", "in": "header", "schema": {"type": "string"}}],
                "responses": OK}}})
    (op,) = api.operations
    assert [(p.wire_name, p.location, p.description) for p in op.parameters] == [
        ("id", "path", None), ("q", "query", "operation's"), ("q", "header", None)]
    path, query, header = op.parameters
    assert path.required and (path.style, path.explode) == ("simple", False)
    assert not query.required and (query.style, query.explode) == ("form", True)
    assert (header.style, header.explode) == ("simple", False)


def test_headers_the_client_sets_are_skipped_with_a_warning(tmp_path: Path,
                                                            load: Load) -> None:
    api, sink = _api(tmp_path, load, {"/a": {"get": {"parameters": [
        {"name": "Authorization", "in": "header", "schema": {"type": "string"}},
        {"name": "content-type", "in": "header", "schema": {"type": "string"}},
        _query("kept")], "responses": OK}}})
    assert [p.wire_name for p in api.operations[0].parameters] == ["kept"]
    assert [d.code for d in sink.warnings] == ["ignored-header"] * 2


def test_extension_keys_are_neither_paths_nor_responses(tmp_path: Path, load: Load) -> None:
    api, _ = _api(tmp_path, load, {
        "x-internal": {"get": {"responses": OK}},
        "/a": {"get": {"responses": {**OK, "x-note": {"description": "not a status"}}}}})
    (op,) = api.operations
    assert (op.path, [r.status for r in op.responses]) == ("/a", ["200"])


def test_a_body_prefers_json_among_its_media_types_and_warns_of_the_others(
        tmp_path: Path, load: Load) -> None:
    api, sink = _api(tmp_path, load, {"/a": {"post": {
        "requestBody": {"required": True, "content": {
            "application/xml": {"schema": {"type": "string"}},
            "application/vnd.api+json": {"schema": {"type": "integer"}}}},
        "responses": OK}}})
    body = api.operations[0].body
    assert body == ir.RequestBody("application/vnd.api+json", "json", ir.Primitive("integer"),
                                  True, None)
    assert [d.code for d in sink.warnings] == ["many-request-media"]


def test_each_response_is_read_by_its_media_type(tmp_path: Path, load: Load) -> None:
    api, _ = _api(tmp_path, load, {"/a": {"get": {"responses": {
        "200": {"description": "json", "headers": {"X-Rate": HEADER, "ETag": HEADER},
                "content": {"application/json": {"schema": {"type": "integer"},
                                                 "examples": {"one": {"value": 7}}}}},
        "201": {"description": "text", "content": {"text/plain": {}}},
        "202": {"description": "file", "content": {"image/png": {"schema": {}}}},
        "204": {"description": "nothing"}}}}})
    got = {r.status: (r.kind, r.type, r.headers, r.example) for r in api.operations[0].responses}
    assert got == {
        "200": ("json", ir.Primitive("integer"), ("etag", "x-rate"), 7),
        "201": ("text", ir.Primitive("string"), (), None),
        "202": ("binary", ir.Primitive("string", "binary"), (), None),
        "204": ("empty", None, (), None),
    }


def test_an_operation_without_security_of_its_own_takes_the_documents(
        tmp_path: Path, load: Load) -> None:
    api, _ = _api(tmp_path, load, {"/a": {"get": {"responses": OK}},
                                   "/b": {"get": {"security": [], "responses": OK}}},
                  security=[{"key": []}],
                  components={"securitySchemes": {"key": {"type": "apiKey", "name": "k",
                                                          "in": "header"}}})
    inherited, public = api.operations
    assert (inherited.security, inherited.own_security) == (
        (ir.SecurityRequirement((("key", ()),)),), False)
    assert (public.security, public.own_security) == ((), True)


def test_additional_operations_of_3_2_are_read_once_per_method_upper_cased(
        tmp_path: Path, load: Load) -> None:
    api, sink = _api(tmp_path, load, {"/a": {"additionalOperations": {
        "LINK": {"responses": OK}, "link": {"responses": OK}, "get": {"responses": OK},
        "a.b": {"responses": OK}}}}, version="3.2.0")
    assert [op.method for op in api.operations] == ["LINK"]
    assert [d.code for d in sink.warnings if d.code == "bad-method"] == ["bad-method"] * 3


def test_a_querystring_parameter_is_one_exploded_form_object(tmp_path: Path,
                                                             load: Load) -> None:
    form = {"type": "object", "properties": {"q": {"type": "string"}}}
    api, sink = _api(tmp_path, load, {"/a": {"get": {"parameters": [
        {"name": "filter", "in": "querystring", "required": True,
         "content": {"application/x-www-form-urlencoded": {"schema": form}}}],
        "responses": OK}}}, version="3.2.0")
    (param,) = api.operations[0].parameters
    assert (param.location, param.style, param.explode, param.required) == (
        "query", "form", True, True)
    assert isinstance(param.type, ir.Ref)
    assert "querystring-form" not in [d.code for d in sink.warnings]


def test_additional_methods_that_differ_only_in_case_are_one_operation(write, load) -> None:
    """The client sends a method upper-cased, so `link` after `LINK` would be a second
    method of one name (it once replaced the first's in the naming pass)."""
    path = write("spec.yaml", """
        openapi: 3.2.0
        info: {title: Links, version: "1"}
        paths:
          /a:
            additionalOperations:
              LINK: {operationId: linkUpper, responses: {"204": {description: ok}}}
              link: {operationId: linkLower, responses: {"204": {description: ok}}}
    """)
    api, sink = load(path)
    assert [(op.method, op.operation_id) for op in api.operations] == [("LINK", "linkUpper")]
    assert [(d.code, d.pointer) for d in sink.warnings] == [
        ("bad-method", "#/paths/~1a/additionalOperations/link")]


def test_a_path_key_with_a_query_string_sends_its_query_as_query_parameters(
        tmp_path: Path) -> None:
    from generator.model.resolve import load_api
    spec = {"openapi": "3.0.3", "info": {"title": "T", "version": "1"}, "paths": {
        "/uploads?convert={convert}": {"post": {"parameters": [
            {"name": "convert", "in": "path", "required": True,
             "schema": {"type": "boolean"}}], "responses": OK}},
        "/search?type=fixed&q={q}": {"get": {"responses": OK}}}}
    path = tmp_path / "spec.json"
    path.write_text(json.dumps(spec), encoding="utf-8")
    sink = Sink()  # the validator refuses `{q}` (no such path parameter): not asked here
    api = load_api(path, sink, validate=lambda *_: None)
    upload, search = api.operations
    assert (upload.path, search.path) == ("/uploads", "/search?type=fixed")
    assert [(p.wire_name, p.location, p.type, p.required) for p in upload.parameters] == [
        ("convert", "query", ir.Primitive("boolean"), True)]
    assert [(p.wire_name, p.location, p.type) for p in search.parameters] == [
        ("q", "query", ir.Primitive("string"))]
    assert [(d.code, d.pointer) for d in sink.warnings] == [
        ("path-query", "#/paths/~1uploads?convert={convert}"),
        ("path-query", "#/paths/~1search?type=fixed&q={q}")]


def _read(tmp_path: Path, paths: dict[str, Any]) -> tuple[list[ir.Operation], Sink]:
    from generator.model.resolve import load_api
    path = tmp_path / "spec.json"
    path.write_text(json.dumps({"openapi": "3.0.3", "info": {"title": "T", "version": "1"},
                                "paths": paths}), encoding="utf-8")
    sink = Sink()
    return list(load_api(path, sink, validate=lambda *_: None).operations), sink


def test_a_path_key_not_starting_with_a_slash_is_skipped(tmp_path: Path) -> None:
    """The client appends the path to the base URL: `.evil.example/x` or `@evil.example/x`
    would have sent the request, and its headers, to another host."""
    ops, sink = _read(tmp_path, {".evil.example/steal": {"get": {"responses": OK}},
                                 "@evil.example/x": {"get": {"responses": OK}},
                                 "/fine": {"get": {"responses": OK}}})
    assert [op.path for op in ops] == ["/fine"]
    assert sorted(d.code for d in sink.warnings) == ["bad-path", "bad-path"]


def test_a_query_name_given_twice_is_sent_once(tmp_path: Path) -> None:
    """`mode={m}&mode={n}` made two arguments of one name: a package that did not import."""
    ops, sink = _read(tmp_path, {"/b?mode={m}&mode={n}": {"get": {"responses": OK}}})
    assert [(p.wire_name, p.location) for p in ops[0].parameters] == [("mode", "query")]
    assert any("not sent" in d.message for d in sink.warnings)


def test_a_fixed_pair_wins_over_a_declared_query_parameter_of_its_name(tmp_path: Path) -> None:
    """The declared `type` replaced the fixed `type=x`: the call went to another operation."""
    declared = [{"name": "type", "in": "query", "schema": {"type": "string"}}]
    ops, _ = _read(tmp_path, {"/search?type=x": {"get": {"parameters": declared,
                                                          "responses": OK}}})
    assert ops[0].path == "/search?type=x" and ops[0].parameters == ()


def test_a_variable_of_the_path_also_in_the_query_stays_in_the_path(tmp_path: Path) -> None:
    """`/a/{id}?x={id}` moved `id` to the query: the client sent `/a/%7Bid%7D`."""
    declared = [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}]
    ops, _ = _read(tmp_path, {"/a/{id}?x={id}": {"get": {"parameters": declared,
                                                          "responses": OK}}})
    assert ops[0].path == "/a/{id}"
    assert [(p.wire_name, p.location) for p in ops[0].parameters] == [("id", "path"),
                                                                      ("x", "query")]


def test_a_parameter_with_several_media_types_is_read_with_the_first_json_one(
        tmp_path: Path, load: Load) -> None:
    # main: the spec was refused by the validator; then the first media type was read
    shaped = {"type": "object", "properties": {"a": {"type": "integer"}}}
    content = {"text/plain": {"schema": {"type": "string"}},
               "application/vnd.x+json": {"schema": shaped},
               "application/json": {"schema": {"type": "integer"}}}
    api, sink = _api(tmp_path, load, {"/a": {"get": {"parameters": [
        {"name": "filter", "in": "query", "content": content}], "responses": OK}}})
    (param,) = api.operations[0].parameters
    assert isinstance(param.type, ir.Ref)
    assert "parameter-media-types" in [d.code for d in sink.warnings]
    del content["application/vnd.x+json"], content["application/json"]
    content["image/png"] = {"schema": {"type": "integer"}}
    api, _ = _api(tmp_path, load, {"/a": {"get": {"parameters": [
        {"name": "filter", "in": "query", "content": content}], "responses": OK}}})
    assert api.operations[0].parameters[0].type == ir.Primitive("string")


def test_a_path_variable_without_a_parameter_is_a_required_string(tmp_path: Path,
                                                                  load: Load) -> None:
    # main: refused by the validator; read so the client can fill it in
    api, sink = _api(tmp_path, load, {"/{tenant}/things/{id}": {"get": {"parameters": [
        {"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}}],
        "responses": OK}}})
    params = api.operations[0].parameters
    assert [(p.wire_name, p.location, p.type, p.required, p.style) for p in params] == [
        ("id", "path", ir.Primitive("integer"), True, "simple"),
        ("tenant", "path", ir.Primitive("string"), True, "simple")]
    assert "undeclared-path-parameter" in [d.code for d in sink.warnings]
