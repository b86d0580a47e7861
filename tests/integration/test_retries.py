"""Opal retries against the loopback server; sleeping is patched out and recorded."""

from __future__ import annotations

import email.utils
import time
import uuid

import httpx
import pytest

from opal_client import Client, errors, models

REQUEST_ID = "1b978423-db0a-4037-a4cf-f79c60cb67b3"
REQUEST = {
    "id": REQUEST_ID,
    "created_at": "2022-01-23T00:00:00Z",
    "updated_at": "2022-01-23T00:00:00Z",
    "requester_id": "29827fb8-f2dd-4e80-9576-28e31e9934ac",
    "status": "APPROVED",
    "reason": "retry me",
}
CREATE_BODY = {"resources": [], "groups": [], "reason": "r", "duration_minutes": 30}


def test_429_with_retry_after_then_success(server, sleeps) -> None:
    server.reply(429, json={"message": "slow down"}, headers={"Retry-After": "1"})
    server.reply(200, json=REQUEST)
    with Client(token="secret", base_url=server.url) as client:
        req = client.requests.get_request(id=uuid.UUID(REQUEST_ID))
    assert req.status is models.RequestStatusEnum.APPROVED
    assert len(server.requests) == 2
    assert [r.path for r in server.requests] == [f"/requests/{REQUEST_ID}"] * 2
    assert all(r.header("Authorization") == "Bearer secret" for r in server.requests)
    assert sleeps == [1.0]


def test_429_retry_after_http_date(server, sleeps) -> None:
    when = email.utils.formatdate(time.time() + 30, usegmt=True)
    server.reply(429, headers={"Retry-After": when})
    server.reply(200, json=REQUEST)
    with Client(token="secret", base_url=server.url) as client:
        client.requests.get_request(id=REQUEST_ID)
    assert len(server.requests) == 2
    (delay,) = sleeps
    assert 20.0 < delay <= 30.0


def test_429_retry_after_is_capped(server, sleeps) -> None:
    server.reply(429, headers={"Retry-After": "86400"})
    server.reply(200, json=REQUEST)
    with Client(token="secret", base_url=server.url) as client:
        client.requests.get_request(id=REQUEST_ID)
    (delay,) = sleeps
    assert 0.0 < delay <= 300.0


def test_429_on_post_is_retried(server, sleeps) -> None:
    server.reply(429, headers={"Retry-After": "2"})
    server.reply(200, json={"id": REQUEST_ID})
    with Client(token="secret", base_url=server.url) as client:
        created = client.requests.create_request(body=CREATE_BODY)
    assert created.id == uuid.UUID(REQUEST_ID)
    assert [r.method for r in server.requests] == ["POST", "POST"]
    assert server.requests[0].json() == server.requests[1].json() == CREATE_BODY
    assert sleeps == [2.0]


def test_post_500_is_not_retried(server, sleeps) -> None:
    server.reply(500, json={"message": "maybe done"})
    server.reply(200, json={"id": REQUEST_ID})  # must never be used
    with Client(token="secret", base_url=server.url) as client:
        with pytest.raises(errors.ServerError) as info:
            client.requests.create_request(body=CREATE_BODY)
    assert info.value.status_code == 500
    assert len(server.requests) == 1
    assert server.pending == 1
    assert sleeps == []


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_get_5xx_is_retried_until_success(server, sleeps, status: int) -> None:
    server.reply(status, body=b"unavailable", times=2)
    server.reply(200, json=REQUEST)
    with Client(token="secret", base_url=server.url) as client:
        req = client.requests.get_request(id=REQUEST_ID)
    assert req.id == uuid.UUID(REQUEST_ID)
    assert len(server.requests) == 3
    assert len(sleeps) == 2
    first, second = sleeps
    assert 0.0 < first < second  # exponential back-off
    assert second <= 60.0


def test_get_503_gives_up_after_max_retries(server, sleeps) -> None:
    server.reply(503, json={"message": "down"}, times=3)
    with Client(token="secret", base_url=server.url, max_retries=2) as client:
        with pytest.raises(errors.ServerError) as info:
            client.requests.get_request(id=REQUEST_ID)
    assert info.value.status_code == 503
    assert len(server.requests) == 3
    assert len(sleeps) == 2


def test_max_retries_zero_disables_retries(server, sleeps) -> None:
    server.reply(429, headers={"Retry-After": "1"})
    server.reply(503)
    with Client(token="secret", base_url=server.url, max_retries=0) as client:
        with pytest.raises(errors.RateLimitError) as rate:
            client.requests.get_request(id=REQUEST_ID)
        with pytest.raises(errors.ServerError):
            client.requests.get_request(id=REQUEST_ID)
    assert rate.value.status_code == 429
    assert len(server.requests) == 2
    assert sleeps == []


def test_4xx_other_than_429_is_not_retried(server, sleeps) -> None:
    server.reply(404, json={"message": "no such request"})
    with Client(token="secret", base_url=server.url) as client:
        with pytest.raises(errors.NotFoundError):
            client.requests.get_request(id=REQUEST_ID)
    assert len(server.requests) == 1
    assert sleeps == []


@pytest.mark.parametrize("max_retries", [0, 1, 3])
def test_connection_refused_raises_after_all_attempts(closed_port_url, sleeps,
                                                      max_retries: int) -> None:
    attempts: list[httpx.Request] = []
    http = httpx.Client(event_hooks={"request": [attempts.append]})
    with Client(token="secret", base_url=closed_port_url, max_retries=max_retries,
                http_client=http) as client:
        with pytest.raises(errors.ApiConnectionError) as info:
            client.requests.get_request(id=REQUEST_ID)
    http.close()
    assert len(attempts) == max_retries + 1
    assert len(sleeps) == max_retries
    assert all(str(a.url) == f"{closed_port_url}/requests/{REQUEST_ID}" for a in attempts)
    assert not isinstance(info.value, errors.ApiTimeoutError)
    assert "secret" not in str(info.value)


def test_connection_refused_post_is_retried(closed_port_url, sleeps) -> None:
    """A connection that was never made cannot have been acted on: POST is safe to retry."""
    attempts: list[httpx.Request] = []
    http = httpx.Client(event_hooks={"request": [attempts.append]})
    with Client(token="secret", base_url=closed_port_url, http_client=http) as client:
        with pytest.raises(errors.ApiConnectionError):
            client.requests.create_request(body=CREATE_BODY)
    http.close()
    assert [a.method for a in attempts] == ["POST", "POST", "POST"]
    assert len(sleeps) == 2


def test_connection_refused_with_builtin_http_client(closed_port_url, sleeps) -> None:
    with Client(token="secret", base_url=closed_port_url) as client:
        with pytest.raises(errors.ApiConnectionError):
            client.requests.get_request(id=REQUEST_ID)
    assert len(sleeps) == 2  # default max_retries=2: three attempts, two waits
