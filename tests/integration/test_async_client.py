"""Opal AsyncClient against the loopback server, driven with asyncio.run."""

from __future__ import annotations

import asyncio
import datetime as dt
import uuid

import httpx
import pytest

from opal_client import AsyncClient, errors, models

REQUEST_ID = "1b978423-db0a-4037-a4cf-f79c60cb67b3"
REQUESTER_ID = "29827fb8-f2dd-4e80-9576-28e31e9934ac"
WIRE = {
    "id": REQUEST_ID,
    "created_at": "2022-01-23T00:00:00Z",
    "updated_at": "2022-01-24T10:20:30Z",
    "requester_id": REQUESTER_ID,
    "status": "EXPIRED",
    "reason": "async all the things",
    "duration_minutes": 15,
    "requested_items_list": [{"group_id": "9b8c3f0e-4a7d-4d55-8f7e-111111111111",
                              "name": "Oncall"}],
    "ticket_link": "https://tickets.example/OPS-1",
}


def test_async_get_request_decodes_and_round_trips(server) -> None:
    server.reply(200, json=WIRE)

    async def main() -> models.Request:
        async with AsyncClient(token="secret", base_url=server.url) as client:
            return await client.requests.get_request(id=uuid.UUID(REQUEST_ID))

    req = asyncio.run(main())
    (sent,) = server.requests
    assert sent.method == "GET"
    assert sent.path == f"/requests/{REQUEST_ID}"
    assert sent.header("Authorization") == "Bearer secret"

    assert isinstance(req, models.Request)
    assert req.id == uuid.UUID(REQUEST_ID)
    assert req.requester_id == uuid.UUID(REQUESTER_ID)
    assert req.created_at == dt.datetime(2022, 1, 23, tzinfo=dt.UTC)
    assert req.updated_at == dt.datetime(2022, 1, 24, 10, 20, 30, tzinfo=dt.UTC)
    assert req.status == "EXPIRED"
    assert req.duration_minutes == 15
    assert req.requested_items_list[0].group_id == uuid.UUID(
        "9b8c3f0e-4a7d-4d55-8f7e-111111111111")
    assert req.requested_items_list[0].resource_id is None
    assert req.additional_properties == {"ticket_link": "https://tickets.example/OPS-1"}
    assert req.to_dict() == WIRE


def test_async_known_enum_member(server) -> None:
    server.reply(200, json={**WIRE, "status": "DENIED"})

    async def main() -> models.Request:
        async with AsyncClient(token="secret", base_url=server.url) as client:
            return await client.requests.get_request(id=REQUEST_ID)

    assert asyncio.run(main()).status is models.RequestStatusEnum.DENIED


def test_async_429_then_200_sleeps_retry_after(server, sleeps) -> None:
    server.reply(429, json={"message": "slow down"}, headers={"Retry-After": "1"})
    server.reply(200, json=WIRE)

    async def main() -> models.Request:
        async with AsyncClient(token="secret", base_url=server.url) as client:
            return await client.requests.get_request(id=REQUEST_ID)

    req = asyncio.run(main())
    assert req.id == uuid.UUID(REQUEST_ID)
    assert len(server.requests) == 2
    assert sleeps == [1.0]


def test_async_post_500_not_retried_and_get_503_retried(server, sleeps) -> None:
    server.reply(500, json={"message": "maybe done"})
    server.reply(503, times=2)
    server.reply(200, json=WIRE)

    async def main() -> models.Request:
        async with AsyncClient(token="secret", base_url=server.url) as client:
            with pytest.raises(errors.ServerError):
                await client.requests.create_request(
                    body={"resources": [], "groups": [], "reason": "r", "duration_minutes": 1})
            return await client.requests.get_request(id=REQUEST_ID)

    req = asyncio.run(main())
    assert req.reason == "async all the things"
    assert [r.method for r in server.requests] == ["POST", "GET", "GET", "GET"]
    assert len(sleeps) == 2


def test_async_raw_response_and_not_found(server) -> None:
    server.reply(200, json=WIRE, headers={"X-Opal-Trace": "t-1"})
    server.reply(404, json={"message": "gone"}, headers={"X-Request-Id": "rid-9"})

    async def main() -> tuple[object, errors.NotFoundError]:
        async with AsyncClient(token="secret", base_url=server.url) as client:
            raw = await client.requests.with_raw_response.get_request(id=REQUEST_ID)
            try:
                await client.requests.get_request(id=REQUEST_ID)
            except errors.NotFoundError as exc:
                return raw, exc
            raise AssertionError("no NotFoundError")

    raw, exc = asyncio.run(main())
    assert raw.status_code == 200
    assert raw.headers["x-opal-trace"] == "t-1"
    assert isinstance(raw.parsed, models.Request)
    assert isinstance(raw.http_response, httpx.Response)
    assert exc.status_code == 404
    assert exc.request_id == "rid-9"
    assert exc.body == {"message": "gone"}


def test_async_connection_refused(closed_port_url, sleeps) -> None:
    async def main() -> None:
        async with AsyncClient(token="secret", base_url=closed_port_url, max_retries=1) as c:
            await c.requests.get_request(id=REQUEST_ID)

    with pytest.raises(errors.ApiConnectionError):
        asyncio.run(main())
    assert len(sleeps) == 1
