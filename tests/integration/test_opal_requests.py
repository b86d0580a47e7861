"""Opal (sync Client) against the loopback server: decoding, query strings, request bodies,
raw responses and strict mode."""

from __future__ import annotations

import copy
import datetime as dt
import json
import uuid

import httpx
import pytest

import opal_client
from opal_client import Client, errors, models

REQUEST_ID = "1b978423-db0a-4037-a4cf-f79c60cb67b3"
REQUESTER_ID = "29827fb8-f2dd-4e80-9576-28e31e9934ac"
TARGET_USER_ID = "4baf8423-db0a-4037-a4cf-f79c60cb67a5"
RESOURCE_ID = "f454d283-ca87-4a8a-bdbb-df212eca5353"
REVIEWER_ID = "7c86c85d-0651-43e2-a748-d69d658418e8"


def request_wire(**overrides: object) -> dict[str, object]:
    """A realistic Opal Request as the API sends it (RFC 3339 times with a Z suffix)."""
    wire: dict[str, object] = {
        "id": REQUEST_ID,
        "created_at": "2022-01-23T00:00:00Z",
        "updated_at": "2022-01-23T04:05:06.789Z",
        "requester_id": REQUESTER_ID,
        "target_user_id": TARGET_USER_ID,
        "status": "PENDING",
        "reason": "Need prod access for the on-call rotation.",
        "duration_minutes": 60,
        "requested_items_list": [
            {
                "resource_id": RESOURCE_ID,
                "access_level_name": "AdminRole",
                "access_level_remote_id": "arn:aws:iam::590304332660:role/AdministratorAccess",
                "name": "Prod AWS",
            }
        ],
        "custom_fields_responses": [
            {"field_name": "Ticket", "field_type": "SHORT_TEXT", "field_value": "OPS-42"},
            {"field_name": "Urgent", "field_type": "BOOLEAN", "field_value": True},
        ],
        "reviewer_stages": [
            {
                "item_name": "Prod AWS",
                "item_id": RESOURCE_ID,
                "stages": [
                    {
                        "stage": 1,
                        "operator": "AND",
                        "reviewers": [
                            {"id": REVIEWER_ID, "status": "PENDING", "full_name": "Ada L."}
                        ],
                    }
                ],
            }
        ],
    }
    wire.update(overrides)
    return wire


def test_get_request_sends_path_and_bearer_and_decodes_types(server) -> None:
    server.reply(200, json=request_wire())
    with Client(token="secret", base_url=server.url) as client:
        req = client.requests.get_request(id=uuid.UUID(REQUEST_ID))

    assert len(server.requests) == 1
    sent = server.requests[0]
    assert sent.method == "GET"
    assert sent.path == f"/requests/{REQUEST_ID}"
    assert sent.query_string == ""
    assert sent.header("Authorization") == "Bearer secret"
    assert sent.header("Accept") == "application/json"
    assert sent.body == b""

    assert isinstance(req, models.Request)
    assert req.id == uuid.UUID(REQUEST_ID) and isinstance(req.id, uuid.UUID)
    assert req.requester_id == uuid.UUID(REQUESTER_ID)
    assert req.target_user_id == uuid.UUID(TARGET_USER_ID)
    assert req.created_at == dt.datetime(2022, 1, 23, tzinfo=dt.UTC)
    assert req.updated_at == dt.datetime(2022, 1, 23, 4, 5, 6, 789000, tzinfo=dt.UTC)
    assert req.status is models.RequestStatusEnum.PENDING
    assert req.status == "PENDING"
    assert req.reason == "Need prod access for the on-call rotation."
    assert req.duration_minutes == 60
    assert req.target_group_id is None
    assert req.stages is None

    (item,) = req.requested_items_list
    assert isinstance(item, models.RequestedItem)
    assert item.resource_id == uuid.UUID(RESOURCE_ID)
    assert item.access_level_remote_id == "arn:aws:iam::590304332660:role/AdministratorAccess"

    ticket, urgent = req.custom_fields_responses
    assert ticket.field_type is models.RequestTemplateCustomFieldTypeEnum.SHORT_TEXT
    assert ticket.field_value == "OPS-42"
    assert urgent.field_type is models.RequestTemplateCustomFieldTypeEnum.BOOLEAN
    assert urgent.field_value is True

    (stage_group,) = req.reviewer_stages
    assert isinstance(stage_group, models.RequestReviewerStages)
    assert stage_group.item_id == uuid.UUID(RESOURCE_ID)
    (stage,) = stage_group.stages
    assert stage.stage == 1
    assert stage.operator is models.ReviewStageOperator.AND
    (reviewer,) = stage.reviewers
    assert reviewer.id == uuid.UUID(REVIEWER_ID)
    assert reviewer.status is models.RequestReviewerStatus.PENDING
    assert reviewer.full_name == "Ada L."


def test_get_request_keeps_unknown_enum_and_unknown_fields_and_round_trips(server) -> None:
    wire = request_wire(
        created_at="2022-01-23T00:00:00Z",
        updated_at="2022-01-23T04:05:06.789Z",
        status="EXPIRED",
        escalation_policy={"level": 2, "notify": ["#oncall"]},
        reviewer_stages="reviewers could not be loaded",
    )
    server.reply(200, json=wire)
    with Client(token="secret", base_url=server.url) as client:
        req = client.requests.get_request(id=REQUEST_ID)

    assert server.requests[0].path == f"/requests/{REQUEST_ID}"
    assert req.status == "EXPIRED"
    assert not isinstance(req.status, models.RequestStatusEnum)
    assert req.additional_properties == {"escalation_policy": {"level": 2, "notify": ["#oncall"]}}
    assert req.reviewer_stages == "reviewers could not be loaded"
    assert req.to_dict() == wire
    assert json.dumps(req.to_dict(), sort_keys=True) == json.dumps(wire, sort_keys=True)


def test_get_requests_query_string(server) -> None:
    page = {
        "requests": [request_wire()],
        "cursor": "cD0yMDIyLTAxLTIz",
        "next_page_hint": 2,
    }
    server.reply(200, json=page)
    server.reply(200, json={"requests": []})
    with Client(token="secret", base_url=server.url) as client:
        first = client.requests.get_requests(
            page_size=50,
            cursor="c3RhcnQ=",
            show_pending_only=True,
            requester_id=uuid.UUID(REQUESTER_ID),
        )
        second = client.requests.get_requests(show_pending_only=False)

    a, b = server.requests
    assert a.method == "GET" and a.path == "/requests"
    assert a.query == {
        "page_size": ["50"],
        "cursor": ["c3RhcnQ="],
        "show_pending_only": ["true"],
        "requester_id": [REQUESTER_ID],
    }
    assert "show_pending_only=true" in a.query_string
    assert "start_date_filter" not in a.query_string
    assert a.header("Authorization") == "Bearer secret"
    assert b.query == {"show_pending_only": ["false"]}
    assert b.query_string == "show_pending_only=false"

    assert isinstance(first, models.RequestList)
    assert first.cursor == "cD0yMDIyLTAxLTIz"
    assert [r.id for r in first.requests] == [uuid.UUID(REQUEST_ID)]
    assert first.additional_properties == {"next_page_hint": 2}
    assert second.requests == []
    assert second.cursor is None


def test_post_body_from_model_uses_wire_names_and_omits_unset(server) -> None:
    server.reply(200, json={"id": REQUEST_ID})
    body = models.CreateRequestInfo(
        resources=[
            models.CreateRequestInfoResourcesItem(
                id=uuid.UUID(RESOURCE_ID), access_level_remote_id="arn:aws:iam::1:role/Admin"
            )
        ],
        groups=[],
        reason="deploy hotfix",
        duration_minutes=-1,
        target_group_id=None,
    )
    with Client(token="secret", base_url=server.url) as client:
        created = client.requests.create_request(body=body)

    sent = server.requests[0]
    assert sent.method == "POST"
    assert sent.path == "/requests"
    assert sent.header("Content-Type") == "application/json"
    assert sent.header("Authorization") == "Bearer secret"
    assert sent.json() == {
        "resources": [{"id": RESOURCE_ID, "access_level_remote_id": "arn:aws:iam::1:role/Admin"}],
        "groups": [],
        "reason": "deploy hotfix",
        "duration_minutes": -1,
    }  # target_group_id=None: the schema admits no null, so None means "left out"
    assert isinstance(created, models.CreateRequestResponse)
    assert created.id == uuid.UUID(REQUEST_ID)


def test_post_body_from_dict_is_sent_as_given(server) -> None:
    server.reply(200, json={"id": REQUEST_ID})
    body = {
        "resources": [],
        "groups": [{"id": uuid.UUID(RESOURCE_ID), "access_level_name": "member"}],
        "reason": "join the team",
        "duration_minutes": 120,
        "target_user_id": None,
        "custom_metadata": [
            {"name": "team", "type": models.RequestTemplateCustomFieldTypeEnum.SHORT_TEXT,
             "value": "sre"}
        ],
    }
    original = copy.deepcopy(body)
    with Client(token="secret", base_url=server.url) as client:
        created = client.requests.create_request(body=body)

    assert body == original  # the caller's dict is not changed
    assert server.requests[0].json() == {
        "resources": [],
        "groups": [{"id": RESOURCE_ID, "access_level_name": "member"}],
        "reason": "join the team",
        "duration_minutes": 120,
        "target_user_id": None,
        "custom_metadata": [{"name": "team", "type": "SHORT_TEXT", "value": "sre"}],
    }
    assert created.id == uuid.UUID(REQUEST_ID)


def test_post_body_with_camel_case_wire_names(server) -> None:
    """Oracle's models have camelCase wire names; the body must use them."""
    from oracle_ag_client import Client as OracleClient
    from oracle_ag_client import models as omodels

    server.reply(200, json={"id": "ar-1", "requestStatus": "PENDING",
                            "timeCreated": "2025-03-31T10:00:00Z"})
    body = omodels.CreateAccessRequestDetails(
        access_bundles=[omodels.AccessBundleInfo(id="ab-1", display_name="Finance Readers")],
        justification="quarter close",
        created_by=None,
    )
    with OracleClient(token="ready-token", base_url=server.url) as client:
        result = client.access_requests.create_access_request(body=body, opc_request_id="rq-9")

    sent = server.requests[0]
    assert sent.path == "/access-governance/access-controls/20250331/accessRequests"
    assert sent.header("opc-request-id") == "rq-9"
    assert sent.header("Authorization") == "Bearer ready-token"
    assert sent.json() == {
        "accessBundles": [{"displayName": "Finance Readers", "id": "ab-1"}],
        "justification": "quarter close",  # createdBy=None: left out, not nullable
    }
    assert isinstance(result, omodels.AccessRequest)
    assert result.request_status == "PENDING"
    assert result.time_created == dt.datetime(2025, 3, 31, 10, tzinfo=dt.UTC)


def test_with_raw_response(server) -> None:
    wire = request_wire()
    server.reply(200, json=wire, headers={"X-Opal-Trace": "trace-77", "X-Request-Id": "req-5"})
    with Client(token="secret", base_url=server.url) as client:
        raw = client.requests.with_raw_response.get_request(id=uuid.UUID(REQUEST_ID))

    assert server.requests[0].path == f"/requests/{REQUEST_ID}"
    assert server.requests[0].header("Authorization") == "Bearer secret"
    assert raw.status_code == 200
    assert raw.headers["x-opal-trace"] == "trace-77"
    assert raw.headers["X-Request-Id"] == "req-5"
    assert isinstance(raw.parsed, models.Request)
    assert raw.parsed.id == uuid.UUID(REQUEST_ID)
    assert raw.parsed.status is models.RequestStatusEnum.PENDING
    assert isinstance(raw.http_response, httpx.Response)
    assert raw.http_response.status_code == 200
    assert raw.http_response.json() == wire
    assert isinstance(raw, opal_client.RawResponse)


STRICT_CASES = {
    "missing required field": (
        {k: v for k, v in request_wire().items() if k != "reason"}, "$.reason"),
    "wrong type": (request_wire(duration_minutes="sixty"), "$.duration_minutes"),
    "malformed uuid": (request_wire(requester_id="not-a-uuid"), "$.requester_id"),
    "malformed date-time": (request_wire(created_at="yesterday"), "$.created_at"),
    "unknown enum value": (request_wire(status="EXPIRED"), "$.status"),
    "nested wrong type": (
        request_wire(requested_items_list=[{"resource_id": 42}]),
        "$.requested_items_list[0].resource_id",
    ),
}


@pytest.mark.parametrize("case", sorted(STRICT_CASES))
def test_strict_raises_response_validation_error(server, case: str) -> None:
    wire, path = STRICT_CASES[case]
    server.reply(200, json=wire)
    with Client(token="secret", base_url=server.url, strict=True) as client:
        with pytest.raises(errors.ResponseValidationError) as info:
            client.requests.get_request(id=REQUEST_ID)
    assert info.value.path == path
    assert len(server.requests) == 1
    assert "secret" not in str(info.value)


@pytest.mark.parametrize("case", sorted(STRICT_CASES))
def test_lenient_keeps_values_as_received(server, case: str) -> None:
    wire, _ = STRICT_CASES[case]
    server.reply(200, json=wire)
    with Client(token="secret", base_url=server.url) as client:
        req = client.requests.get_request(id=REQUEST_ID)
    assert isinstance(req, models.Request)
    if case == "missing required field":
        assert req.reason is None
        assert "reason" not in req.to_dict()
    elif case == "wrong type":
        assert req.duration_minutes == "sixty"
    elif case == "malformed uuid":
        assert req.requester_id == "not-a-uuid"
        assert req.id == uuid.UUID(REQUEST_ID)
    elif case == "malformed date-time":
        assert req.created_at == "yesterday"
        assert req.updated_at == dt.datetime(2022, 1, 23, 4, 5, 6, 789000, tzinfo=dt.UTC)
    elif case == "unknown enum value":
        assert req.status == "EXPIRED"
    elif case == "nested wrong type":
        assert req.requested_items_list[0].resource_id == 42
    else:  # pragma: no cover
        raise AssertionError(case)
    # whatever was received goes back out unchanged
    for key in ("reason", "duration_minutes", "requester_id", "status"):
        if key in wire:
            assert req.to_dict()[key] == wire[key]


def test_strict_accepts_a_valid_response(server) -> None:
    server.reply(200, json=request_wire())
    with Client(token="secret", base_url=server.url, strict=True) as client:
        req = client.requests.get_request(id=REQUEST_ID)
    assert req.status is models.RequestStatusEnum.PENDING


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
