"""Oracle: OAuth 2.0 client credentials against a token endpoint on the loopback server."""

from __future__ import annotations

import base64
import logging

import pytest

from oracle_ag_client import AsyncClient, Client, errors, models

TOKEN_PATH = "/oauth2/v1/token"
LIST_PATH = "/access-governance/access-controls/20250331/accessRequests"
SECRET = "s3cret"
BASIC = "Basic " + base64.b64encode(b"id:" + SECRET.encode()).decode()

COLLECTION = {
    "items": [
        {"id": "ar-1", "justification": "payroll", "requestStatus": "PENDING",
         "timeCreated": "2025-04-01T08:00:00Z"},
        {"id": "ar-2", "requestStatus": "APPROVED"},
    ]
}


def token_reply(server, token: str, expires_in: int = 3600) -> None:
    server.reply(200, path=TOKEN_PATH,
                 json={"access_token": token, "token_type": "Bearer", "expires_in": expires_in})


def make_client(server, **kwargs) -> Client:
    return Client(client_id="id", client_secret=SECRET, token_url=server.url + TOKEN_PATH,
                  base_url=server.url, **kwargs)


def assert_token_request(sent) -> None:
    assert sent.method == "POST"
    assert sent.path == TOKEN_PATH
    assert sent.header("Authorization") == BASIC
    assert sent.header("Content-Type") == "application/x-www-form-urlencoded"
    assert sent.form()["grant_type"] == ["client_credentials"]


def test_token_fetched_once_and_reused(server, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    token_reply(server, "tok-1")
    server.reply(200, json=COLLECTION, times=2)
    with make_client(server) as client:
        first = client.access_requests.list_access_requests(limit=10)
        second = client.access_requests.list_access_requests()
        shown = repr(client)

    assert [r.path for r in server.requests] == [TOKEN_PATH, LIST_PATH, LIST_PATH]
    assert_token_request(server.requests[0])
    api_calls = server.requests_to(LIST_PATH)
    assert [r.header("Authorization") for r in api_calls] == ["Bearer tok-1", "Bearer tok-1"]
    assert api_calls[0].query == {"limit": ["10"]}
    assert api_calls[1].query == {}
    assert all(SECRET not in repr(r.header_items) for r in api_calls)

    assert isinstance(first, models.AccessRequestCollection)
    assert [i.id for i in first.items] == ["ar-1", "ar-2"]
    assert first.items[0].request_status == "PENDING"
    assert second.items[1].justification is None
    assert SECRET not in shown
    assert SECRET not in caplog.text
    assert "tok-1" not in caplog.text


def test_explicit_scope_is_sent(server) -> None:
    token_reply(server, "tok-1")
    server.reply(200, json={"items": []})
    with make_client(server, scope="svc-instance/urn:opc:agcs:all") as client:
        assert client.access_requests.list_access_requests().items == []
    assert server.requests[0].form()["scope"] == ["svc-instance/urn:opc:agcs:all"]


def test_401_fetches_a_new_token_once_and_retries(server, sleeps) -> None:
    token_reply(server, "tok-1")
    token_reply(server, "tok-2")
    server.reply(200, json=COLLECTION)
    server.reply(401, json={"code": "NotAuthenticated", "message": "token revoked"})
    server.reply(200, json={"items": [{"id": "ar-3"}]})
    with make_client(server) as client:
        client.access_requests.list_access_requests()
        result = client.access_requests.list_access_requests()

    assert [r.path for r in server.requests] == [
        TOKEN_PATH, LIST_PATH, LIST_PATH, TOKEN_PATH, LIST_PATH]
    assert_token_request(server.requests[3])
    assert [r.header("Authorization") for r in server.requests_to(LIST_PATH)] == [
        "Bearer tok-1", "Bearer tok-1", "Bearer tok-2"]
    assert [i.id for i in result.items] == ["ar-3"]
    assert sleeps == []  # a refresh is not a back-off retry


def test_second_401_raises_authentication_error_without_secret(server) -> None:
    token_reply(server, "tok-1")
    token_reply(server, "tok-2")
    server.reply(401, json={"code": "NotAuthenticated", "message": "bad token"}, times=2,
                 headers={"opc-request-id": "opc-401"})
    with make_client(server) as client:
        with pytest.raises(errors.AuthenticationError) as info:
            client.access_requests.list_access_requests()
        shown = repr(client)

    assert [r.path for r in server.requests] == [TOKEN_PATH, LIST_PATH, TOKEN_PATH, LIST_PATH]
    err = info.value
    assert err.status_code == 401
    assert isinstance(err.body, models.Error)
    assert err.body.code == "NotAuthenticated"
    assert err.request_id == "opc-401"
    for text in (str(err), repr(err), shown):
        assert SECRET not in text
        assert "tok-2" not in text


def test_token_endpoint_failure_raises_without_secret(server) -> None:
    server.reply(400, path=TOKEN_PATH,
                 json={"error": "invalid_client", "error_description": "bad secret"})
    with make_client(server) as client:
        with pytest.raises(errors.AuthenticationError) as info:
            client.access_requests.list_access_requests()
    assert [r.path for r in server.requests] == [TOKEN_PATH]
    assert info.value.status_code == 400
    assert SECRET not in str(info.value)
    assert SECRET not in repr(info.value)


def test_ready_token_skips_the_token_endpoint(server) -> None:
    server.reply(200, json={"items": []})
    with Client(token="ready", base_url=server.url) as client:
        client.access_requests.list_access_requests()
    assert [r.path for r in server.requests] == [LIST_PATH]
    assert server.requests[0].header("Authorization") == "Bearer ready"


def test_async_client_credentials(server) -> None:
    import asyncio

    token_reply(server, "tok-a")
    server.reply(200, json=COLLECTION, times=2)

    async def main() -> tuple[object, object, str]:
        async with AsyncClient(client_id="id", client_secret=SECRET,
                               token_url=server.url + TOKEN_PATH,
                               base_url=server.url) as client:
            a = await client.access_requests.list_access_requests()
            b = await client.access_requests.list_access_requests()
            return a, b, repr(client)

    a, b, shown = asyncio.run(main())
    assert [r.path for r in server.requests] == [TOKEN_PATH, LIST_PATH, LIST_PATH]
    assert_token_request(server.requests[0])
    assert [r.header("Authorization") for r in server.requests_to(LIST_PATH)] == [
        "Bearer tok-a", "Bearer tok-a"]
    assert isinstance(a, models.AccessRequestCollection)
    assert [i.id for i in b.items] == ["ar-1", "ar-2"]
    assert SECRET not in shown


def test_concurrent_calls_share_one_token_fetch(server) -> None:
    import asyncio
    from concurrent.futures import ThreadPoolExecutor

    token_reply(server, "tok-sync")
    token_reply(server, "tok-async")
    server.reply(200, json={"items": []}, times=8)

    with make_client(server) as client:
        with ThreadPoolExecutor(max_workers=4) as pool:
            results = list(pool.map(
                lambda _: client.access_requests.list_access_requests(), range(4)))
    assert all(r.items == [] for r in results)

    async def main() -> None:
        async with AsyncClient(client_id="id", client_secret=SECRET,
                               token_url=server.url + TOKEN_PATH,
                               base_url=server.url) as client:
            await asyncio.gather(*(client.access_requests.list_access_requests()
                                   for _ in range(4)))

    asyncio.run(main())
    assert len(server.requests_to(TOKEN_PATH)) == 2  # one per client
    auths = [r.header("Authorization") for r in server.requests_to(LIST_PATH)]
    assert sorted(auths) == ["Bearer tok-async"] * 4 + ["Bearer tok-sync"] * 4


@pytest.mark.parametrize(("present", "missing"), [("CLIENT_ID", "CLIENT_SECRET"),
                                                  ("CLIENT_SECRET", "CLIENT_ID")])
def test_half_of_the_client_credentials_names_the_missing_one(monkeypatch, present,
                                                              missing) -> None:
    for name in ("API_TOKEN", "CLIENT_ID", "CLIENT_SECRET", "TOKEN_URL", "BASE_URL"):
        monkeypatch.delenv(f"ORACLE_AG_{name}", raising=False)
    monkeypatch.setenv(f"ORACLE_AG_{present}", "value-from-env")
    for build in (Client, AsyncClient):
        with pytest.raises(errors.ClientError) as caught:
            build(base_url="https://ag.example.com")
        assert str(caught.value) == (
            f"{missing.lower()} is missing: {present.lower()} was given (ORACLE_AG_{present}) "
            f"but not {missing.lower()} (pass {missing.lower()}=... or set ORACLE_AG_{missing})")
    with pytest.raises(errors.ClientError, match=r"^client_id is missing: client_secret was "
                                                 r"given \(client_secret=\)") as caught:
        Client(client_id="", client_secret=SECRET, base_url="https://ag.example.com")
    assert SECRET not in str(caught.value)
