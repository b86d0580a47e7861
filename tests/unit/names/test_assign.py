"""The naming pass (generator/names/assign.py): every Python name, decided once from the IR.

Specs are built as dicts and written as JSON (valid YAML), so a test can add one schema
or one operation to a copy and compare the names before and after. The last section
generates and runs packages whose spec names meet the generated code's own names.
"""

from __future__ import annotations

import copy
import importlib
import inspect
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
import yaml

from generator.diagnostics import Sink
from generator.generate import generate
from generator.model import ir
from generator.model.resolve import load_api
from generator.names.assign import Names
from generator.names.identifiers import class_name
from generator.project.write import write_trees

S = "#/components/schemas/"


def _spec(paths: dict[str, Any] | None = None, schemas: dict[str, Any] | None = None) -> dict:
    spec: dict[str, Any] = {"openapi": "3.0.3", "info": {"title": "Names", "version": "1"},
                            "paths": paths or {}}
    if schemas:
        spec["components"] = {"schemas": schemas}
    return spec


def _get(operation_id: str | None, tag: str | None = None, **extra: Any) -> dict:
    op: dict[str, Any] = {"responses": {"204": {"description": "none"}}, **extra}
    if operation_id:
        op["operationId"] = operation_id
    if tag:
        op["tags"] = [tag]
    return {"get": op}


def _json(schema: dict, status: str = "200") -> dict:
    return {status: {"description": "ok", "content": {"application/json": {"schema": schema}}}}


@pytest.fixture
def names_of(tmp_path: Path):
    """names_of(spec dict) -> (Api, Names) through the whole front half."""
    counter = iter(range(1000))

    def _names_of(spec: dict) -> tuple[ir.Api, Names]:
        path = tmp_path / f"spec{next(counter)}.yaml"
        path.write_text(json.dumps(spec), encoding="utf-8")
        api = load_api(path, Sink())
        return api, Names(api)

    return _names_of


def _operation(api: ir.Api, names: Names, path: str, method: str = "GET"):
    op = next(o for o in api.operations if o.path == path and o.method == method)
    return names.operation(op)


# -- groups -------------------------------------------------------------------------------


def test_a_tag_named_like_a_client_member_gets_a_trailing_underscore(names_of) -> None:
    api, names = names_of(_spec({"/b": _get("getB", "close"), "/c": _get("getC", "with_options")}))
    assert _operation(api, names, "/b").call == "client.close_.get_b"
    assert _operation(api, names, "/c").group == "with_options_"


def test_tags_that_meet_once_cased_get_distinct_groups_first_come_first(names_of) -> None:
    api, names = names_of(_spec({"/a": _get("a", "access-rules"), "/b": _get("b", "access_rules"),
                                 "/c": _get("c", "Access Rules")}))
    groups = [_operation(api, names, p).group for p in ("/a", "/b", "/c")]
    assert groups == ["access_rules", "access_rules_", "access_rules__"]
    assert [_operation(api, names, p).group_classes.sync for p in ("/a", "/b", "/c")] == [
        "AccessRules", "AccessRules_", "AccessRules__"]


def test_a_group_class_never_meets_another_groups_async_or_raw_class(names_of) -> None:
    api, names = names_of(_spec({
        "/a": _get("a", "Foo"), "/b": _get("b", "Async Foo"),
        "/c": _get("c", "Foo With Raw Response"), "/d": _get("d", "client")}))
    classes = {p: _operation(api, names, p).group_classes for p in ("/a", "/b", "/c", "/d")}
    assert {p: c.sync for p, c in classes.items()} == {
        "/a": "Foo", "/b": "AsyncFoo_", "/c": "FooWithRawResponse_", "/d": "Client_"}
    assert classes["/a"].all() == ("Foo", "AsyncFoo", "FooWithRawResponse",
                                   "AsyncFooWithRawResponse")
    every = [name for c in classes.values() for name in c.all()]
    assert len(every) == len(set(every)) and not {"Client", "AsyncClient"} & set(every)


def test_an_operation_without_tag_or_operation_id(names_of) -> None:
    api, names = names_of(_spec({"/pets/{id}": {"parameters": [
        {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
        **_get(None)}}))
    assert _operation(api, names, "/pets/{id}").call == "client.default.get_pets_id"


# -- methods and their arguments --------------------------------------------------------------


def test_methods_clash_with_group_members_keywords_and_each_other(names_of) -> None:
    api, names = names_of(_spec({"/a": _get("with_raw_response", "t"), "/b": _get("import", "t"),
                                 "/c": _get("listPets", "t"), "/d": _get("list-pets", "t"),
                                 "/e": _get("list_pets", "other")}))
    methods = [_operation(api, names, p).method for p in ("/a", "/b", "/c", "/d", "/e")]
    assert methods == ["with_raw_response_", "import_", "list_pets", "list_pets_", "list_pets"]


def test_the_iterator_form_never_takes_a_plain_methods_name(names_of) -> None:
    paged = {"operationId": "listPets", "parameters": [
        {"name": "cursor", "in": "query", "schema": {"type": "string"}}],
        "responses": _json({"type": "object", "properties": {
            "next": {"type": "string"}, "items": {"type": "array", "items": {"type": "string"}}}})}
    spec = _spec({"/a": {"get": {**paged, "tags": ["t"]}}, "/b": _get("list_pets_iter", "t")})
    spec["x-pagination"] = None  # cursor paging is found from the shapes alone
    api, names = names_of(spec)
    a, b = _operation(api, names, "/a"), _operation(api, names, "/b")
    if api.operations[0].paging is None:
        pytest.skip("this shape is not recognised as cursor paging")
    assert (a.method, a.iterator, b.method) == ("list_pets", "list_pets_iter_", "list_pets_iter")
    assert (a.responses, a.paging) == ("_LIST_PETS_RESPONSES", "_LIST_PETS_PAGING")


def test_arguments_clash_with_options_locals_builtins_and_each_other(names_of) -> None:
    params = [{"name": n, "in": "query", "schema": {"type": "string"}}
              for n in ("timeout", "self", "str", "call", "page-size", "pageSize", "class")]
    api, names = names_of(_spec({"/a": _get("a", parameters=params)}))
    arguments = _operation(api, names, "/a").arguments
    assert [arguments[("query", p["name"])] for p in params] == [
        "timeout_", "self_", "str_", "call_", "page_size", "page_size_", "class_"]


def test_a_header_and_a_query_parameter_of_one_name_are_two_arguments(names_of) -> None:
    params = [{"name": "trace", "in": "query", "schema": {"type": "string"}},
              {"name": "trace", "in": "header", "schema": {"type": "string"}}]
    api, names = names_of(_spec({"/a": _get("a", parameters=params)}))
    arguments = _operation(api, names, "/a").arguments
    assert (arguments[("query", "trace")], arguments[("header", "trace")]) == ("trace", "trace_")


# -- models -------------------------------------------------------------------------------------


def test_models_clash_with_builtins_and_keywords(names_of) -> None:
    obj = {"type": "object", "properties": {"x": {"type": "string"}}}
    api, names = names_of(_spec(schemas={"Exception": obj, "None": obj, "class": obj,
                                         "Type": obj}))
    assert [names.model(S + n) for n in ("Exception", "None", "class", "Type")] == [
        "Exception_", "None_", "Class", "Type"]


def test_fields_clash_with_model_members_keywords_and_each_other(names_of) -> None:
    props = {n: {"type": "string"} for n in ("to_dict", "class", "str", "fooBar", "foo_bar")}
    api, names = names_of(_spec(schemas={"M": {"type": "object", "properties": props}}))
    assert names.fields[S + "M"] == {"to_dict": "to_dict_", "class": "class_", "str": "str_",
                                     "fooBar": "foo_bar", "foo_bar": "foo_bar_"}


def test_models_whose_names_differ_only_by_case_get_distinct_modules(names_of) -> None:
    obj = {"type": "object", "properties": {"x": {"type": "string"}}}
    api, names = names_of(_spec(schemas={"PetA": obj, "Peta": obj, "pet_a": obj}))
    classes = [names.model(S + n) for n in ("PetA", "Peta", "pet_a")]
    modules = [names.modules[S + n] for n in ("PetA", "Peta", "pet_a")]
    assert classes == ["PetA", "Peta", "PetA_"]
    assert len({m.lower() for m in modules}) == 3


def test_enum_members_are_unique_constants(names_of) -> None:
    api, names = names_of(_spec(schemas={"E": {"type": "string", "enum": [
        "in-progress", "IN_PROGRESS", "2fa", "", "None"]}}))
    assert names.members[S + "E"] == ("IN_PROGRESS", "IN_PROGRESS_", "VALUE_2FA", "EMPTY", "NONE")


# -- inline schemas: named after their place ----------------------------------------------------


def test_inline_schemas_are_named_after_their_parent_and_role(names_of) -> None:
    inline = {"type": "object", "properties": {"a": {"type": "string"}}}
    spec = _spec(
        {"/users": {"post": {
            "operationId": "createUser",
            "parameters": [{"name": "filter", "in": "query", "schema": inline}],
            "requestBody": {"content": {"application/json": {"schema": inline}}},
            "responses": {**_json(inline, "200"), **_json(inline, "201"),
                          **_json(inline, "404")}}}},
        {"Dog": {"type": "object", "properties": {
            "address": {"type": "object", "properties": {"geo": inline}},
            "tags": {"type": "array", "items": inline},
            "extra": {"type": "object", "additionalProperties": inline},
            "pick": {"oneOf": [inline, {"type": "string"}]}}}})
    api, names = names_of(spec)
    by_name = {names.model(key): d.place for key, d in api.definitions.items()}
    assert set(by_name) == {
        "Dog", "DogAddress", "DogAddressGeo", "DogTagsItem", "DogExtraValue", "DogPickVariant1",
        "CreateUserFilter", "CreateUserRequest", "CreateUserResponse200",
        "CreateUserResponse201", "CreateUserError404"}
    # the IR holds the place, not a name: a parent's key or the operation, and the role
    assert by_name["DogTagsItem"] == ir.Place(S + "Dog", ("tags", "Item"))
    assert by_name["DogAddressGeo"] == ir.Place(S + "Dog/properties/address", ("geo",))
    assert by_name["CreateUserRequest"] == ir.Place(None, ("Request",), ("POST", "/users"))
    assert by_name["Dog"] == ir.Place(None, ("Dog",))


def test_an_operation_without_an_id_names_its_inline_schemas_after_the_call(names_of) -> None:
    inline = {"type": "object", "properties": {"a": {"type": "string"}}}
    api, names = names_of(_spec({"/pets/{id}": {"put": {
        "parameters": [{"name": "id", "in": "path", "required": True,
                        "schema": {"type": "string"}}],
        "requestBody": {"content": {"application/json": {"schema": inline}}},
        "responses": {"204": {"description": "none"}}}}}))
    assert list(names.classes.values()) == ["PutPetsIdRequest"]


def test_a_schema_the_spec_names_keeps_its_name_over_an_inline_one(names_of) -> None:
    inline = {"type": "object", "properties": {"a": {"type": "string"}}}
    api, names = names_of(_spec({"/a": {"post": {
        "operationId": "make", "requestBody": {"content": {"application/json": {
            "schema": inline}}}, "responses": {"204": {"description": "none"}}}}},
        {"MakeRequest": {"type": "object", "properties": {"b": {"type": "string"}}}}))
    assert names.model(S + "MakeRequest") == "MakeRequest"
    inline_key = next(k for k in api.definitions if k != S + "MakeRequest")
    assert names.model(inline_key) == "MakeRequest_"


def test_deeply_nested_inline_objects_are_named_without_recursion(names_of) -> None:
    depth = 95  # the loader refuses documents nested deeper than 200 levels
    schema: dict[str, Any] = {"type": "object", "properties": {"end": {"type": "string"}}}
    for _ in range(depth):
        schema = {"type": "object", "properties": {"n": schema}}
    api, _ = names_of(_spec(schemas={"Deep": schema}))
    limit = sys.getrecursionlimit()
    here = len(inspect.stack(0))
    sys.setrecursionlimit(here + 40)  # fewer frames to spare than the chain is deep
    try:
        names = Names(api)
    finally:
        sys.setrecursionlimit(limit)
    assert len(names.classes) == depth + 1
    assert max(len(n) for n in names.classes.values()) == len("Deep") + depth


# -- stability ------------------------------------------------------------------------------------


def test_adding_an_unrelated_schema_or_operation_changes_no_existing_name(names_of) -> None:
    inline = {"type": "object", "properties": {"a": {"type": "string"}}}
    before = _spec({"/pets": {"get": {"operationId": "listPets", "tags": ["pets"],
                                      "responses": _json({"type": "array", "items": inline})}}},
                   {"Pet": {"type": "object", "properties": {"tags": {"type": "array",
                                                                       "items": inline}}}})
    after = copy.deepcopy(before)
    after["components"]["schemas"] = {"Zebra": copy.deepcopy(inline),
                                      **after["components"]["schemas"]}
    after["paths"] = {"/zoo": _get("visitZoo", "zoo"), **after["paths"]}
    api_a, names_a = names_of(before)
    api_b, names_b = names_of(after)
    assert names_b.classes.items() >= names_a.classes.items()
    assert names_b.fields.items() >= names_a.fields.items()
    pets_a = _operation(api_a, names_a, "/pets")
    pets_b = _operation(api_b, names_b, "/pets")
    assert pets_a == pets_b


def test_names_are_the_same_on_every_run(names_of) -> None:
    spec = _spec({"/a": _get("a", "close"), "/b": _get("A", "close")},
                 {"None": {"type": "object", "properties": {"class": {"type": "string"}}}})
    (api_1, names_1), (api_2, names_2) = names_of(spec), names_of(spec)
    assert names_1.classes == names_2.classes and names_1.fields == names_2.fields
    assert [names_1.operation(o) for o in api_1.operations] == \
        [names_2.operation(o) for o in api_2.operations]


def test_an_added_operation_never_takes_a_class_name_from_a_component(names_of) -> None:
    """Components claim names in the order the spec lists them, not the order operations
    reach them: `Foo-bar` keeps `FooBar` when a new first operation returns `foo_bar`."""
    def returns(name: str, operation_id: str) -> dict:
        return {"get": {"operationId": operation_id, "responses": _json({"$ref": S + name})}}

    obj = {"type": "object", "properties": {"a": {"type": "string"}}}
    before = _spec({"/a": returns("Foo-bar", "getA")}, {"Foo-bar": obj, "foo_bar": obj})
    after = copy.deepcopy(before)
    after["paths"] = {"/b": returns("foo_bar", "getB"), **after["paths"]}
    for spec in (before, after):
        _, names = names_of(spec)
        assert (names.model(S + "Foo-bar"), names.model(S + "foo_bar")) == ("FooBar", "FooBar_")


def test_a_component_named_with_percent_signs_is_named_as_written(names_of) -> None:
    obj = {"type": "object", "properties": {"a": {"type": "string"}}}
    _, names = names_of(_spec(schemas={"Rate%Limit": obj, "Rate%20Card": obj}))
    assert sorted(names.classes.values()) == ["Rate20Card", "RateLimit"]


def test_a_response_body_is_named_here_from_the_status_the_ir_keeps(names_of) -> None:
    """The IR says which response a body is (its status), never `Response201`: the word is
    this pass's, `Response` alone while the operation has one success."""
    inline = {"type": "object", "properties": {"a": {"type": "string"}}}
    items = {"type": "array", "items": inline}
    api, names = names_of(_spec({
        "/one": {"get": {"operationId": "one", "responses": {
            **_json(items, "200"), "204": {"description": "none"}, **_json(inline, "default"),
            **_json(inline, "4XX")}}},
        "/two": {"get": {"operationId": "two", "responses": {
            **_json(inline, "2XX"), **_json(inline, "404")}}}}))
    by_name = {names.model(key): d.place for key, d in api.definitions.items()}
    assert set(by_name) == {"OneResponse200Item", "OneErrorDefault", "OneError4XX",
                            "TwoResponse", "TwoError404"}
    assert by_name["OneResponse200Item"] == ir.Place(None, ("Item",), ("GET", "/one"), "200")
    assert by_name["TwoResponse"] == ir.Place(None, (), ("GET", "/two"), "2XX")
    assert all(not any(part.startswith(("Response", "Error")) for part in place.role)
               for place in by_name.values())

# -- names in generated code: spec names that meet the generated code's own -----------------
# Spec names that collide with names the generated code itself uses, or with each other.
#
# Each case once produced a package that imported but failed mypy --strict or crashed
# decoding: a union with a uuid/date-time branch given another type, a query parameter
# named `call` (the method's local) or `str` (used in annotations), and a schema named
# like a builtin exception. And names that meet: two operationIds equal once snake-cased,
# a tag named like the client's own `paginate`, a component named like an inline schema.


def _op(tag: str) -> dict:
    return {"get": {"operationId": f"ping{tag}", "tags": [tag], "responses": {"204": {
        "description": "none"}}}}


SPEC = {
    "openapi": "3.0.3",
    "info": {"title": "Names\n\n<img src=x onerror=alert(1)>\n# Heading | `x`", "version": "1"},
    "paths": {"/a": _op("client"), "/b": _op("Foo"), "/c": _op("Async Foo"), "/pets": {"get": {
        "operationId": "listPets", "tags": ["pets"],
        "parameters": [
            {"name": "call", "in": "query", "schema": {"type": "integer"}},
            {"name": "str", "in": "query", "schema": {"type": "string"}},
            {"name": "list", "in": "query", "schema": {"type": "boolean"}},
        ],
        "responses": {"200": {"description": "ok", "content": {"application/json": {
            "schema": {"type": "object"}}}}},
    }}},
    "components": {"schemas": {
        "Pet": {"type": "object", "properties": {
            "error": {"nullable": True, "allOf": [{"$ref": "#/components/schemas/ValueError"}]},
            "errors": {"type": "array", "items": {"$ref": "#/components/schemas/ValueError"}},
            "ref": {"oneOf": [{"type": "string", "format": "uuid"}, {"type": "boolean"}]},
            "when": {"anyOf": [{"type": "string", "format": "date-time"}, {"type": "integer"}]},
        }},
        "ValueError": {"type": "object", "properties": {"message": {"type": "string"}}},
    }},
}


def test_colliding_names_generate_a_package_that_type_checks_and_decodes(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(yaml.safe_dump(SPEC))
    result = generate(spec, "names")
    out = tmp_path / "out"
    write_trees({out: result.files})
    models = "".join(text for path, text in sorted(result.files.items())
                     if path.startswith("names/models/"))
    assert "class ValueError_(" in models and "class ValueError(" not in models
    readme_title = result.files["README.md"].splitlines()[2]
    assert "<img" not in readme_title and "&lt;img" in readme_title and "\\|" in readme_title
    client = result.files["names/client.py"]
    # the group tagged `client`, and `Async Foo` beside `Foo`
    assert "-> _group_client.Client_:" in client and "-> _group_client.AsyncClient_:" in client
    assert "-> _group_async_foo.AsyncFoo_:" in client
    assert "-> _group_async_foo.AsyncAsyncFoo_:" in client
    group = result.files["names/resources/pets.py"]
    assert "call_: int | None = None" in group and "str_: str | None = None" in group

    checked = subprocess.run([sys.executable, "-m", "mypy", "--strict", "names"], cwd=out,
                             capture_output=True, text=True, timeout=300)
    assert checked.returncode == 0, checked.stdout

    decoded = subprocess.run([sys.executable, "-c", """
import uuid
from names import models
pet = models.Pet.from_dict({"ref": True, "when": 5, "error": None})
assert pet.ref is True and pet.when == 5 and pet.error is None
pet = models.Pet.from_dict({"ref": "1b978423-db0a-4037-a4cf-f79c60cb67b3", "when": "x"})
assert pet.ref == uuid.UUID("1b978423-db0a-4037-a4cf-f79c60cb67b3") and pet.when == "x"
print("ok")
"""], cwd=out, capture_output=True, text=True, timeout=120)
    assert decoded.stdout.strip() == "ok", decoded.stderr


def test_names_too_long_for_a_file_make_modules_that_import(tmp_path: Path) -> None:
    """main: `OSError: [Errno 36] File name too long` writing Microsoft Graph's beta (a model
    named after a 250-character path); a tag that long, or a name clashing a hundred times
    (a `_` more each), met the same limit."""
    long = "identityGovernance_" * 14 + "Item"
    schemas: dict[str, Any] = {long: {"type": "object", "properties": {"id": {"type": "string"}}}}
    schemas.update({long + "_" * i: {"type": "object", "properties": {"n": {"type": "integer"}}}
                    for i in range(1, 120)})  # one class name each, one module name for all
    op = {"operationId": "getIt", "tags": ["tag" * 100], "responses": {"200": {
        "description": "ok", "content": {"application/json": {"schema": {"$ref": S + long}}}}}}
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps(_spec({"/it": {"get": op}}, schemas)))
    result = generate(spec, "longnames")
    assert max(len(path.rsplit("/", 1)[-1]) for path in result.files) <= 100
    out = tmp_path / "out"
    write_trees({out: result.files})
    done = subprocess.run([sys.executable, "-c", f"""
import httpx, longnames
from longnames import models
cls = getattr(models, {class_name(long)!r})
assert cls.from_dict({{"id": "a"}}).id == "a"
assert len({{getattr(models, n) for n in models.__all__}}) == {len(schemas)}
reply = httpx.Response(200, json={{"id": "b"}})
http = httpx.Client(transport=httpx.MockTransport(lambda request: reply))
client = longnames.Client(base_url="http://api.test", http_client=http)
group = [getattr(client, n) for n in dir(client) if n.startswith("tagtag")][0]
print(group.get_it().id)
"""], cwd=out, capture_output=True, text=True, timeout=120)
    assert done.stdout.strip() == "b", done.stderr[-3000:]


# -- regressions: operations, tags and inline schemas whose names meet -------------------------


def mock_client(pkg: ModuleType, replies: list[httpx.Response],
                seen: list[httpx.Request]) -> Any:
    """pkg.Client whose requests are recorded and answered in order, in process."""
    queue = list(replies)

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return queue.pop(0)

    http = httpx.Client(transport=httpx.MockTransport(handler))
    return pkg.Client(base_url="http://api.test", http_client=http, max_retries=0)


CLASHING_OPERATIONS = """
    openapi: 3.0.3
    info: {title: Clash, version: "1"}
    servers: [{url: "http://api.test"}]
    paths:
      /thing:
        get:
          operationId: getThing
          tags: [things]
          responses:
            "200":
              description: ok
              content: {application/json: {schema: {$ref: "#/components/schemas/Camel"}}}
      /thing/v2:
        get:
          operationId: get_thing
          tags: [things]
          responses:
            "200":
              description: ok
              content: {application/json: {schema: {$ref: "#/components/schemas/Snake"}}}
    components:
      schemas:
        Camel:
          type: object
          properties: {camel: {type: string}}
        Snake:
          type: object
          properties: {snake: {type: integer}}
"""


def test_operations_whose_names_meet_each_decode_their_own_response(package) -> None:
    pkg = package("regress_clash_client", CLASHING_OPERATIONS)
    group = importlib.import_module("regress_clash_client.resources.things")
    tables = {name: value for name, value in vars(group).items()
              if name.startswith("_GET_THING") and name.endswith(("RESPONSES", "RESPONSES_"))}
    assert len(tables) == 2  # one table each: the second no longer overwrites the first

    seen: list[httpx.Request] = []
    replies = [httpx.Response(200, json={"camel": "c"}), httpx.Response(200, json={"snake": 2})]
    with mock_client(pkg, replies, seen) as client:
        camel = client.things.get_thing()
        snake = client.things.get_thing_()
    assert [r.url.path for r in seen] == ["/thing", "/thing/v2"]
    assert type(camel) is pkg.models.Camel and camel.camel == "c"
    assert type(snake) is pkg.models.Snake and snake.snake == 2


def test_a_tag_named_paginate_does_not_break_the_iterators(package) -> None:
    pkg = package("regress_paginate_client", """
        openapi: 3.0.3
        info: {title: Pages, version: "1"}
        servers: [{url: "http://api.test"}]
        paths:
          /things:
            get:
              operationId: listThings
              tags: [paginate]
              parameters:
                - {name: cursor, in: query, schema: {type: string}}
              responses:
                "200":
                  description: ok
                  content:
                    application/json:
                      schema:
                        type: object
                        properties:
                          next: {type: string}
                          results: {type: array, items: {type: string}}
    """)
    seen: list[httpx.Request] = []
    replies = [httpx.Response(200, json={"results": ["a", "b"], "next": "c2"}),
               httpx.Response(200, json={"results": ["c"]})]
    with mock_client(pkg, replies, seen) as client:
        assert callable(client.paginate)  # still the client's paginator, not the group
        items = list(client.paginate_.list_things_iter())
    assert items == ["a", "b", "c"]
    assert [dict(r.url.params) for r in seen] == [{}, {"cursor": "c2"}]


@pytest.mark.parametrize("order", ["Dog first", "DogAddress first"])
def test_a_component_keeps_its_plain_name_over_an_inline_schema(write, order: str) -> None:
    dog = """
            Dog:
              type: object
              properties:
                address:
                  type: object
                  properties: {street: {type: string}}
    """
    dog_address = """
            DogAddress:
              type: object
              properties: {kennel: {type: string}}
    """
    parts = [dog, dog_address] if order == "Dog first" else [dog_address, dog]
    path = write("spec.yaml", """
        openapi: 3.0.3
        info: {title: Names, version: "1"}
        paths: {}
        components:
          schemas:
    """ + "".join(parts))
    sink = Sink()
    api = load_api(path, sink)
    names = Names(api).classes
    assert names[S + "DogAddress"] == "DogAddress"
    assert names[S + "Dog/properties/address"] == "DogAddress_"
    component = api.definitions[S + "DogAddress"]
    assert isinstance(component, ir.ObjectDef)
    assert [p.wire_name for p in component.properties] == ["kennel"]
