"""Regression tests for runtime bugs found by the integration suite (each docstring
says what used to go wrong)."""

from __future__ import annotations

import importlib

from opal_client import Client

REQUEST_ID = "1b978423-db0a-4037-a4cf-f79c60cb67b3"


def test_to_dict_round_trips_z_suffixed_date_times_exactly(server) -> None:
    """Was a bug: to_dict() rewrote date-times the server sent.

    Opal sends RFC 3339 times with a "Z" suffix (and milliseconds). Decoding gives a
    datetime, and Model.to_dict() encodes it with datetime.isoformat(), so
    "2022-01-23T00:00:00Z" comes back as "2022-01-23T00:00:00+00:00" and
    "2022-01-23T04:05:06.789Z" as "2022-01-23T04:05:06.789000+00:00": the wire JSON does
    not round-trip (runtime: Model.to_dict -> Codec.encode -> to_wire -> isoformat).
    """
    wire = {
        "id": REQUEST_ID,
        "created_at": "2022-01-23T00:00:00Z",
        "updated_at": "2022-01-23T04:05:06.789Z",
        "requester_id": "29827fb8-f2dd-4e80-9576-28e31e9934ac",
        "status": "PENDING",
        "reason": "round trip",
    }
    server.reply(200, json=wire)
    with Client(token="secret", base_url=server.url) as client:
        req = client.requests.get_request(id=REQUEST_ID)
    assert req.to_dict() == wire


def test_multipart_body_given_as_model_sends_a_file_part(server) -> None:
    """Was a bug: a multipart body given as a model instance sent the file as base64 text.

    form_body's upload_file(body=UploadFileRequest(file=b"...")) should send the same
    multipart request as upload_file(body={"file": b"..."}): a file part holding the raw
    bytes. The runtime's _body() looks for file parts in body.to_dict(), which has already
    base64-encoded the bytes (the field's codec is BASE64), so it finds none and httpx
    sends an application/x-www-form-urlencoded body instead:
    b"file=AAH%2B%2Fw%3D%3D&description=four+bytes" (no multipart, no raw bytes).
    """
    pkg = importlib.import_module("form_body_client")
    server.reply(201, json={"id": "f1", "size": 4})
    with pkg.Client(base_url=server.url) as client:
        client.forms.upload_file(body=pkg.models.UploadFileRequest(
            file=b"\x00\x01\xfe\xff", description="four bytes"))
    sent = server.requests[0]
    assert sent.header("Content-Type").startswith("multipart/form-data; boundary=")
    assert b'name="file"; filename=' in sent.body
    assert b"\x00\x01\xfe\xff" in sent.body


def _generate(tmp_path, spec: dict, package: str):
    """Generate `spec` into tmp_path and import it (each test uses its own package name)."""
    import sys

    import yaml

    from generator.generate import generate
    from generator.write import write_trees

    tmp_path.mkdir(parents=True, exist_ok=True)
    path = tmp_path / "spec.yaml"
    path.write_text(yaml.safe_dump(spec))
    write_trees({tmp_path / "out": generate(path, package).files})
    sys.path.insert(0, str(tmp_path / "out"))
    try:
        return importlib.import_module(package)
    finally:
        sys.path.remove(str(tmp_path / "out"))


def _keyed_spec(location: str) -> dict:
    return {
        "openapi": "3.0.3", "info": {"title": "Keys", "version": "1"},
        "components": {"securitySchemes": {"key": {"type": "apiKey", "in": location,
                                                   "name": "api_token"}}},
        "security": [{"key": []}],
        "paths": {"/ping": {"get": {
            "operationId": "ping", "tags": ["misc"],
            "parameters": [{"name": "session", "in": "cookie", "schema": {"type": "string"}}],
            "responses": {"200": {"description": "ok", "content": {"application/json": {
                "schema": {"type": "object"}}}}}}}},
    }


def test_api_key_goes_where_the_spec_says(server, tmp_path) -> None:
    """Was a bug: an apiKey `in: query` or `in: cookie` was sent as a header."""
    for location in ("query", "cookie", "header"):
        pkg = _generate(tmp_path / location, _keyed_spec(location), f"keys_{location}")
        server.reply(200, json={})
        with pkg.Client(api_key="k3y", base_url=server.url) as client:
            client.misc.ping()
        sent = server.requests[-1]
        assert (sent.query.get("api_token") == ["k3y"]) == (location == "query")
        assert (sent.header("api_token") == "k3y") == (location == "header")
        assert (sent.header("Cookie") == "api_token=k3y") == (location == "cookie")


def test_cookie_values_cannot_add_cookies(server, tmp_path) -> None:
    """Was a bug: a cookie parameter `abc; admin=1` sent a second cookie `admin`."""
    pkg = _generate(tmp_path, _keyed_spec("header"), "keys_cookie_value")
    server.reply(200, json={})
    with pkg.Client(api_key="k", base_url=server.url) as client:
        client.misc.ping(session="abc; admin=1")
    assert server.requests[-1].header("Cookie") == "session=abc%3B%20admin%3D1"


def test_31_discriminator_without_mapping_uses_the_const_values(tmp_path) -> None:
    """Was a bug: with no mapping, variants were keyed by schema name (Cat, Dog) while the
    wire carries the const values (cat, dog), so every pet decoded as the first variant."""
    variant = {"type": "object", "required": ["kind", "name"],
               "properties": {"name": {"type": "string"}}}
    spec = {
        "openapi": "3.1.0", "info": {"title": "Pets", "version": "1"},
        "paths": {"/pets": {"get": {"operationId": "listPets", "tags": ["pets"], "responses": {
            "200": {"description": "ok", "content": {"application/json": {"schema": {
                "type": "array", "items": {"$ref": "#/components/schemas/Pet"}}}}}}}}},
        "components": {"schemas": {
            "Pet": {"oneOf": [{"$ref": "#/components/schemas/Cat"},
                              {"$ref": "#/components/schemas/Dog"}],
                    "discriminator": {"propertyName": "kind"}},
            "Cat": {**variant, "properties": {**variant["properties"],
                                              "kind": {"const": "cat"}}},
            "Dog": {**variant, "properties": {**variant["properties"],
                                              "kind": {"const": "dog"},
                                              "barkVolume": {"type": "integer"}}},
        }},
    }
    _generate(tmp_path, spec, "const_pets")
    group = importlib.import_module("const_pets.resources.pets")
    codec = group._LIST_PETS_RESPONSES["200"][1]
    decoded = codec.decode([{"kind": "dog", "name": "Rex", "barkVolume": 5},
                            {"kind": "cat", "name": "Tom"}], False, "$")
    assert [type(p).__name__ for p in decoded] == ["Dog", "Cat"]
