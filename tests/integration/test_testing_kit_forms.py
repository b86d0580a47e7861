"""MockApi reads form and multipart bodies the way the runtime sends them, and checks them.

The runtime sends a form field's array as its name repeated, an object as its JSON text; a
multipart body's primitive as a text part, array as one part per item, object as an
`application/json` part, file as a file part. The kit reads them back into the JSON body they
stand for and checks it against the body's schema as it checks a JSON body. Was a bug: a
repeated form field kept only its last value, a multipart body was not read at all.
"""

from __future__ import annotations

import datetime as dt
from types import ModuleType

import pytest

_ADDRESS = {"type": "object", "required": ["street"],
            "properties": {"street": {"type": "string"}, "zip": {"type": "string"}}}
_FORM = {"type": "object", "required": ["name", "age"], "properties": {
    "name": {"type": "string"},
    "age": {"type": "integer"},
    "active": {"type": "boolean"},
    "since": {"type": "string", "format": "date"},
    "tags": {"type": "array", "items": {"type": "string"}},
    "ranks": {"type": "array", "items": {"type": "integer"}},
    "address": {"$ref": "#/components/schemas/Address"},
}}
_PARTS = {"type": "object", "required": ["title", "file"], "properties": {
    "title": {"type": "string"},
    "count": {"type": "integer"},
    "file": {"type": "string", "format": "binary"},
    "pages": {"type": "array", "items": {"type": "string", "format": "binary"}},
    "tags": {"type": "array", "items": {"type": "string"}},
    "meta": {"$ref": "#/components/schemas/Address"},
    "homes": {"type": "array", "items": {"$ref": "#/components/schemas/Address"}},
}}


def _operation(operation_id: str, media: str, schema: dict) -> dict:
    return {"post": {
        "operationId": operation_id, "tags": ["forms"],
        "requestBody": {"required": True, "content": {media: {"schema": schema}}},
        "responses": {"204": {"description": "done"}}}}


SPEC = {
    "openapi": "3.0.3", "info": {"title": "Form kit", "version": "1"},
    "servers": [{"url": "https://forms.example.test"}],
    "paths": {
        "/signup": _operation("signUp", "application/x-www-form-urlencoded", _FORM),
        "/upload": _operation("upload", "multipart/form-data", _PARTS),
    },
    "components": {"schemas": {"Address": _ADDRESS}},
}


@pytest.fixture(scope="module")
def testing(tmp_path_factory: pytest.TempPathFactory, import_generated) -> ModuleType:
    return import_generated(tmp_path_factory.mktemp("form_kit"), SPEC, "form_kit_client",
                            "form_kit_client.testing")


def test_a_form_body_is_recorded_as_the_json_body_it_stands_for(testing: ModuleType) -> None:
    api = testing.MockApi()
    api.client().forms.sign_up(body={
        "name": "Ada L", "age": 36, "active": False, "since": dt.date(2025, 1, 2),
        "tags": ["x", "y&z"], "ranks": [3], "address": {"street": "1 Main St"}},
        extra_body={"note": 5, "seen": ["a", "b"]})
    (call,) = api.calls("signUp")
    assert call.body == {"name": "Ada L", "age": 36, "active": False, "since": "2025-01-02",
                         "tags": ["x", "y&z"], "ranks": [3], "address": {"street": "1 Main St"},
                         "note": "5", "seen": ["a", "b"]}  # fields the schema does not name
    assert api.violations == []


def test_a_multipart_body_is_recorded_with_its_files_as_bytes(testing: ModuleType) -> None:
    api = testing.MockApi()
    api.client().forms.upload(body={
        "title": "Report", "count": 2, "file": b"\x00\r\n\xff", "pages": [b"%PDF-1", b"%PDF-2"],
        "tags": ["a"], "meta": {"street": "A", "zip": "1"}, "homes": [{"street": "B"}]})
    (call,) = api.calls("upload")
    assert call.body == {"title": "Report", "count": 2, "file": b"\x00\r\n\xff",
                         "pages": [b"%PDF-1", b"%PDF-2"], "tags": ["a"],
                         "meta": {"street": "A", "zip": "1"}, "homes": [{"street": "B"}]}
    assert call.headers["content-type"].startswith("multipart/form-data; boundary=")


def test_an_async_client_is_checked_the_same_way(testing: ModuleType) -> None:
    import asyncio

    api = testing.MockApi()

    async def send() -> None:
        async with api.async_client() as client:
            await client.forms.upload(body={"title": "T", "file": b"1", "count": 1})

    asyncio.run(send())
    assert api.calls("upload")[0].body == {"title": "T", "file": b"1", "count": 1}


_GOOD_FORM = {"name": "Ada", "age": 36}
_GOOD_PARTS = {"title": "T", "file": b"\x01"}


@pytest.mark.parametrize(("method", "body", "pointer", "problem"), [
    ("sign_up", {"name": "Ada"}, "/body/age", "required property missing"),
    ("sign_up", {**_GOOD_FORM, "age": "old"}, "/body/age", 'expected an integer, got "old"'),
    ("sign_up", {**_GOOD_FORM, "active": "yes"}, "/body/active",
     'expected a boolean, got "yes"'),
    ("sign_up", {**_GOOD_FORM, "ranks": [1, "x"]}, "/body/ranks/1",
     'expected an integer, got "x"'),
    ("sign_up", {**_GOOD_FORM, "address": {"zip": "1"}}, "/body/address/street",
     "required property missing"),
    ("sign_up", {**_GOOD_FORM, "address": "1 Main St"}, "/body/address",
     "expected a Address object, got string"),
    ("sign_up", {**_GOOD_FORM, "name": ["Ada", "Bo"]}, "/body/name",
     "expected a string, got array"),
    ("upload", {"title": "T"}, "/body/file", "required property missing"),
    ("upload", {**_GOOD_PARTS, "count": "three"}, "/body/count",
     'expected an integer, got "three"'),
    ("upload", {**_GOOD_PARTS, "title": b"T"}, "/body/title", "expected a string, got file"),
    ("upload", {**_GOOD_PARTS, "homes": [{"street": "A"}, {"street": 5}]},
     "/body/homes/1/street", "expected a string, got 5"),
])
def test_a_form_or_multipart_body_that_breaks_its_schema_is_refused(
        testing: ModuleType, method: str, body: dict, pointer: str, problem: str) -> None:
    api = testing.MockApi()
    with pytest.raises(testing.SpecViolation) as caught:
        getattr(api.client().forms, method)(body=body)
    operation = {"sign_up": "signUp", "upload": "upload"}[method]
    assert (caught.value.operation, caught.value.pointer, caught.value.problem) == \
        (operation, pointer, problem)
    assert api.calls(operation) == []


@pytest.mark.parametrize(("path", "send", "operation", "pointer", "problem"), [
    ("/signup", {"json": _GOOD_FORM}, "signUp", "/header/content-type",
     "expected a form body (application/x-www-form-urlencoded), got content type "
     "'application/json'"),
    ("/signup", {"files": [("name", (None, b"Ada")), ("age", (None, b"36"))]}, "signUp",
     "/header/content-type", "expected a form body (application/x-www-form-urlencoded), got "
     "content type 'multipart/form-data'"),
    ("/upload", {"data": {"title": "T", "file": "x"}}, "upload", "/header/content-type",
     "expected a multipart body (multipart/form-data), got content type "
     "'application/x-www-form-urlencoded'"),
    ("/upload", {"content": b"title=T", "headers": {"content-type": "multipart/form-data"}},
     "upload", "/body", "the body is not multipart (NoBoundaryInMultipartDefect)"),
    ("/signup", {"content": b"\xff=1", "headers": {
        "content-type": "application/x-www-form-urlencoded"}}, "signUp", "/body",
     "the body is not application/x-www-form-urlencoded name=value pairs"),
])
def test_a_body_of_another_content_type_is_refused(testing: ModuleType, path: str, send: dict,
                                                   operation: str, pointer: str,
                                                   problem: str) -> None:
    api = testing.MockApi()
    client = api.client()
    with pytest.raises(testing.SpecViolation) as caught:
        client._http.post(client.base_url + path, **send)
    assert (caught.value.operation, caught.value.pointer, caught.value.problem) == \
        (operation, pointer, problem)
