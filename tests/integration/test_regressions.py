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
