"""Form and multipart bodies as the loopback server receives them, field by field.

Each field follows OpenAPI's Encoding Object defaults (no `encoding` in the spec): a primitive
as text (`true`/`false`, dates and UUIDs in their wire form), an array as its name repeated
once per item, an object as its JSON (`application/json` in multipart), a file as a file part,
None left out. Was a bug: objects and arrays were sent as Python's repr (`{'a': 1}`).
"""

from __future__ import annotations

import datetime as dt
import uuid
from types import ModuleType

import pytest

_ADDRESS = {"type": "object", "properties": {"street": {"type": "string"},
                                             "zip": {"type": "string"}}}
_FIELDS = {
    "name": {"type": "string"},
    "active": {"type": "boolean"},
    "nickname": {"type": "string", "nullable": True},
    "since": {"type": "string", "format": "date"},
    "ref": {"type": "string", "format": "uuid"},
    "tags": {"type": "array", "items": {"type": "string"}},
    "address": {"$ref": "#/components/schemas/Address"},
    "homes": {"type": "array", "items": {"$ref": "#/components/schemas/Address"}},
    "created": {"type": "string", "format": "date-time", "readOnly": True},
}


def _operation(operation_id: str, media: str, properties: dict) -> dict:
    return {"post": {
        "operationId": operation_id, "tags": ["forms"],
        "requestBody": {"required": True, "content": {media: {"schema": {
            "type": "object", "properties": properties}}}},
        "responses": {"204": {"description": "done"}}}}


SPEC = {
    "openapi": "3.0.3", "info": {"title": "Forms", "version": "1"},
    "paths": {
        "/form": _operation("sendForm", "application/x-www-form-urlencoded", _FIELDS),
        "/upload": _operation("sendParts", "multipart/form-data", {
            **_FIELDS, "file": {"type": "string", "format": "binary"},
            "pages": {"type": "array", "items": {"type": "string", "format": "binary"}}}),
    },
    "components": {"schemas": {"Address": _ADDRESS}},
}


@pytest.fixture(scope="module")
def pkg(tmp_path_factory: pytest.TempPathFactory, import_generated) -> ModuleType:
    return import_generated(tmp_path_factory.mktemp("form_bodies"), SPEC, "form_bodies_client")


def _values(pkg: ModuleType) -> dict:
    return {
        "name": "Ada L", "active": False, "nickname": None, "since": dt.date(2025, 1, 2),
        "ref": uuid.UUID("f81d4fae-7dec-11d0-a765-00a0c91e6bf6"), "tags": ["x", "y&z"],
        "address": pkg.models.Address(street="1 Main St", zip="99999+1234"),
        "homes": [{"street": "A"}, pkg.models.Address(zip="2")],
    }


FORM = (b"name=Ada+L&active=false&since=2025-01-02&ref=f81d4fae-7dec-11d0-a765-00a0c91e6bf6"
        b"&tags=x&tags=y%26z"
        b"&address=%7B%22street%22%3A%221+Main+St%22%2C%22zip%22%3A%2299999%2B1234%22%7D"
        b"&homes=%7B%22street%22%3A%22A%22%7D&homes=%7B%22zip%22%3A%222%22%7D")


def test_a_form_sends_arrays_repeated_and_objects_as_json(pkg: ModuleType, server) -> None:
    server.reply(204)
    server.reply(204)
    with pkg.Client(base_url=server.url) as client:
        client.forms.send_form(body=_values(pkg))
        client.forms.send_form(body=pkg.models.SendFormRequest(
            **_values(pkg), created=dt.datetime(2025, 1, 1, tzinfo=dt.UTC)))
    as_dict, as_model = server.requests
    assert as_dict.header("Content-Type") == "application/x-www-form-urlencoded"
    assert as_dict.body == FORM
    assert as_model.body == FORM  # and the readOnly `created` stays out


def _parts(recorded) -> list[tuple[bytes, bytes]]:
    """(headers, content) of each part of a multipart body, in order."""
    content_type = recorded.header("Content-Type")
    assert content_type.startswith("multipart/form-data; boundary=")
    boundary = content_type.split("boundary=", 1)[1].encode("ascii")
    chunks = recorded.body.split(b"--" + boundary)
    assert chunks[0] == b"" and chunks[-1] == b"--\r\n"
    parts = []
    for chunk in chunks[1:-1]:
        head, _, content = chunk.removeprefix(b"\r\n").partition(b"\r\n\r\n")
        parts.append((head, content.removesuffix(b"\r\n")))
    return parts


def _field(name: str) -> bytes:
    return b'Content-Disposition: form-data; name="' + name.encode() + b'"'


def _json_part(name: str) -> bytes:
    return _field(name) + b"\r\nContent-Type: application/json"


def _file_part(name: str) -> bytes:
    return _field(name) + b'; filename="upload"\r\nContent-Type: application/octet-stream'


PARTS = [
    (_field("name"), b"Ada L"),
    (_field("active"), b"false"),
    (_field("since"), b"2025-01-02"),
    (_field("ref"), b"f81d4fae-7dec-11d0-a765-00a0c91e6bf6"),
    (_field("tags"), b"x"),
    (_field("tags"), b"y&z"),
    (_json_part("address"), b'{"street":"1 Main St","zip":"99999+1234"}'),
    (_json_part("homes"), b'{"street":"A"}'),
    (_json_part("homes"), b'{"zip":"2"}'),
    (_file_part("file"), b"\x00\x01\xfe\xff"),
    (_file_part("pages"), b"%PDF-1"),
    (_file_part("pages"), b"%PDF-2"),
]


def test_multipart_sends_text_json_and_file_parts(pkg: ModuleType, server) -> None:
    files = {"file": b"\x00\x01\xfe\xff", "pages": [b"%PDF-1", b"%PDF-2"]}
    server.reply(204)
    server.reply(204)
    with pkg.Client(base_url=server.url) as client:
        client.forms.send_parts(body={**_values(pkg), **files})
        client.forms.send_parts(body=pkg.models.SendPartsRequest(
            **_values(pkg), **files, created=dt.datetime(2025, 1, 1, tzinfo=dt.UTC)))
    as_dict, as_model = server.requests
    assert _parts(as_dict) == PARTS
    assert _parts(as_model) == PARTS  # and the readOnly `created` stays out


def test_multipart_without_a_file_is_still_multipart(pkg: ModuleType, server) -> None:
    """Was a bug too: with no file part, httpx sent the text fields url-encoded."""
    server.reply(204)
    with pkg.Client(base_url=server.url) as client:
        client.forms.send_parts(body={"name": "Ada", "active": True})
    assert _parts(server.requests[0]) == [(_field("name"), b"Ada"), (_field("active"), b"true")]
