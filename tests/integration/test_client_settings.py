"""Client settings against the loopback server: timeouts, a caller's http_client, token
lifetime, bearer 401s, pagination iterators."""

from __future__ import annotations

import asyncio
import time

import httpx
import pytest

import opal_client
import oracle_ag_client

REQUEST_ID = "1b978423-db0a-4037-a4cf-f79c60cb67b3"
REQUEST = {
    "id": REQUEST_ID,
    "created_at": "2022-01-23T00:00:00Z",
    "updated_at": "2022-01-23T00:00:00Z",
    "requester_id": "29827fb8-f2dd-4e80-9576-28e31e9934ac",
    "status": "PENDING",
    "reason": "settings",
}
ORACLE_LIST = "/access-governance/access-controls/20250331/accessRequests"
TOKEN_PATH = "/oauth2/v1/token"


def test_read_timeout_on_get_is_retried_then_raises_timeout_error(server, sleeps) -> None:
    server.reply(200, json=REQUEST, delay=2.0)
    server.reply(200, json=REQUEST)
    with opal_client.Client(token="secret", base_url=server.url, timeout=0.2) as client:
        req = client.requests.get_request(id=REQUEST_ID)
    assert req.reason == "settings"
    assert len(server.requests) == 2
    assert len(sleeps) == 1

    server.reply(200, json=REQUEST, delay=2.0)
    with opal_client.Client(token="secret", base_url=server.url, timeout=0.2,
                            max_retries=0) as client:
        with pytest.raises(opal_client.errors.ApiTimeoutError) as info:
            client.requests.get_request(id=REQUEST_ID)
    assert isinstance(info.value, opal_client.errors.ApiConnectionError)
    assert len(server.requests) == 3


def test_read_timeout_on_post_is_not_retried(server, sleeps) -> None:
    server.reply(200, json={"id": REQUEST_ID}, delay=2.0)
    with opal_client.Client(token="secret", base_url=server.url, timeout=0.2) as client:
        with pytest.raises(opal_client.errors.ApiTimeoutError):
            client.requests.create_request(
                body={"resources": [], "groups": [], "reason": "r", "duration_minutes": 5})
    assert [r.method for r in server.requests] == ["POST"]
    assert sleeps == []


def test_callers_http_client_is_used_and_left_open(server) -> None:
    server.reply(200, json=REQUEST, times=2)
    seen: list[str] = []
    http = httpx.Client(headers={"X-Caller": "mine"},
                        event_hooks={"request": [lambda r: seen.append(str(r.url))]})
    with opal_client.Client(token="secret", base_url=server.url, http_client=http) as client:
        client.requests.get_request(id=REQUEST_ID)
    assert not http.is_closed
    assert seen == [f"{server.url}/requests/{REQUEST_ID}"]
    assert server.requests[0].header("X-Caller") == "mine"
    assert server.requests[0].header("Authorization") == "Bearer secret"
    http.get(server.url + "/still-usable")
    http.close()


def test_bearer_401_is_not_retried(server, sleeps) -> None:
    server.reply(401, json={"message": "invalid token"})
    with opal_client.Client(token="secret", base_url=server.url) as client:
        with pytest.raises(opal_client.errors.AuthenticationError) as info:
            client.requests.get_request(id=REQUEST_ID)
    assert info.value.status_code == 401
    assert len(server.requests) == 1
    assert sleeps == []
    assert "secret" not in str(info.value) and "secret" not in repr(client)


def test_token_is_fetched_again_shortly_before_it_expires(server, monkeypatch) -> None:
    runtime = oracle_ag_client._runtime
    real_monotonic = time.monotonic
    shift = [0.0]
    monkeypatch.setattr(runtime.time, "monotonic", lambda: real_monotonic() + shift[0])

    server.reply(200, path=TOKEN_PATH, json={"access_token": "tok-1", "expires_in": 600})
    server.reply(200, path=TOKEN_PATH, json={"access_token": "tok-2", "expires_in": 600})
    server.reply(200, json={"items": []}, times=3)
    with oracle_ag_client.Client(client_id="id", client_secret="s3cret",
                                 token_url=server.url + TOKEN_PATH,
                                 base_url=server.url) as client:
        client.access_requests.list_access_requests()
        shift[0] = 300.0  # half-way through the token's life: still cached
        client.access_requests.list_access_requests()
        shift[0] = 599.0  # one second before expiry: fetch a new one first
        client.access_requests.list_access_requests()
    assert [r.path for r in server.requests] == [
        TOKEN_PATH, ORACLE_LIST, ORACLE_LIST, TOKEN_PATH, ORACLE_LIST]
    assert [r.header("Authorization") for r in server.requests_to(ORACLE_LIST)] == [
        "Bearer tok-1", "Bearer tok-1", "Bearer tok-2"]


def test_opal_cursor_pagination_iterator(server) -> None:
    def page(ids: list[int], cursor: str | None) -> dict:
        body: dict = {"requests": [
            {**REQUEST, "id": f"00000000-0000-4000-8000-{i:012d}"} for i in ids]}
        if cursor is not None:
            body["cursor"] = cursor
        return body

    server.reply(200, json=page([1, 2], "c-2"))
    server.reply(200, json=page([3], "c-3"))
    server.reply(200, json=page([4], None))
    with opal_client.Client(token="secret", base_url=server.url) as client:
        items = list(client.requests.get_requests_iter(page_size=2))
    assert [r.query for r in server.requests] == [
        {"page_size": ["2"]},
        {"page_size": ["2"], "cursor": ["c-2"]},
        {"page_size": ["2"], "cursor": ["c-3"]},
    ]
    assert all(isinstance(i, opal_client.models.Request) for i in items)
    assert [str(i.id)[-2:] for i in items] == ["01", "02", "03", "04"]


def test_opal_pagination_is_lazy(server) -> None:
    server.reply(200, json={"requests": [REQUEST], "cursor": "next"})
    with opal_client.Client(token="secret", base_url=server.url) as client:
        iterator = client.requests.get_requests_iter()
        assert server.requests == []
        first = next(iterator)
    assert first.reason == "settings"
    assert len(server.requests) == 1


def test_oracle_header_pagination_async_iterator(server) -> None:
    server.reply(200, json={"items": [{"id": "a"}, {"id": "b"}]},
                 headers={"opc-next-page": "page-2"})
    server.reply(200, json={"items": [{"id": "c"}]})

    async def main() -> list[str]:
        async with oracle_ag_client.AsyncClient(token="ready", base_url=server.url) as client:
            return [s.id async for s in client.access_requests.list_access_requests_iter(
                limit=2)]

    assert asyncio.run(main()) == ["a", "b", "c"]
    assert [r.query for r in server.requests] == [
        {"limit": ["2"]}, {"limit": ["2"], "page": ["page-2"]}]
    assert all(r.header("Authorization") == "Bearer ready" for r in server.requests)
