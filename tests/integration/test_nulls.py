"""`None` on a field: sent as null only where the schema admits null, else "absent".

An optional field is annotated `X | None`, so a type checker accepts `field=None` whether or
not the schema allows null: the runtime must then leave the field out rather than send a
null the spec forbids (the package's own MockApi refuses one). What the server sent comes
back out of `to_dict()` as it was received, nulls included.
"""

from __future__ import annotations

import json

import opal_client
from opal_client import models
from opal_client.testing import MockApi

REQUEST_ID = "1b978423-db0a-4037-a4cf-f79c60cb67b3"
REQUEST = {"id": REQUEST_ID, "created_at": "2022-01-23T00:00:00Z",
           "updated_at": "2022-01-23T00:00:00Z",
           "requester_id": "29827fb8-f2dd-4e80-9576-28e31e9934ac", "status": "PENDING",
           "reason": "r"}
CREATE = {"resources": [], "groups": [], "reason": "r", "duration_minutes": 5}


def test_none_on_a_field_that_admits_no_null_is_left_out() -> None:
    given = models.CreateRequestInfo(resources=[], groups=[], reason="r", duration_minutes=5,
                                     target_user_id=None)  # format: uuid, not nullable
    assert given.target_user_id is None
    assert given.to_dict() == CREATE
    assert json.loads(given.to_json()) == CREATE
    assert "target_user_id" not in repr(given)


def test_none_on_a_nullable_field_is_sent_as_null() -> None:
    page = models.PaginatedBundleList(bundles=[], previous=None)  # previous: nullable
    assert page.to_dict() == {"bundles": [], "previous": None}
    assert models.PaginatedBundleList(bundles=[]).to_dict() == {"bundles": []}


def test_the_mock_api_accepts_a_body_built_with_none() -> None:
    api = MockApi()
    with api.client() as client:
        client.requests.create_request(body=models.CreateRequestInfo(
            resources=[], groups=[], reason="r", duration_minutes=5, target_user_id=None))
    assert api.calls("create_request")[0].body == CREATE


def test_the_mock_api_accepts_a_response_model_built_with_none() -> None:
    api = MockApi()
    # requests admits no null: left out; cursor does (specs/opal/overlays/nullable-cursors.yaml)
    api.respond("get_requests", models.RequestList(requests=None, cursor=None))
    with api.client() as client:
        listed = client.requests.get_requests()
    assert listed.requests is None and listed.cursor is None
    assert listed.to_dict() == {"cursor": None}


def test_a_null_received_comes_back_out_of_to_dict_but_not_into_a_request(server) -> None:
    """Lenient decoding keeps what the server sent (from_dict(d).to_dict() == d); a request
    built from that model sends null only where the schema admits it."""
    received = {**REQUEST, "target_user_id": None, "target_group_id": None}
    request = models.Request.from_dict(received)
    assert request.target_user_id is None and request.to_dict() == received
    assert request._wire(True) == REQUEST  # what a request body would carry

    info = models.CreateRequestInfo.from_dict({**CREATE, "target_user_id": None})
    assert info.to_dict() == {**CREATE, "target_user_id": None}
    server.reply(200, json={"id": REQUEST_ID})
    with opal_client.Client(token="secret", base_url=server.url) as client:
        client.requests.create_request(body=info)
    assert server.requests[0].json() == CREATE


def test_a_nullable_null_received_is_sent_back_as_null() -> None:
    page = models.PaginatedBundleList.from_dict({"bundles": [], "previous": None})
    assert page._wire(True) == {"bundles": [], "previous": None}
