"""A spec whose operations need different credentials (tests/golden/mixed_auth: an API key by
default, OAuth client credentials on some operations, both together on one, none on
another): each request carries the credential its operation accepts, against the loopback
server and through the package's MockApi."""

from __future__ import annotations

import asyncio
import importlib
import logging
from typing import Any

import pytest

pytestmark = pytest.mark.usefixtures("golden_packages")

TOKEN_PATH = "/oauth/token"
SECRET = "s3cret"
KEY = "k3y"


def package() -> Any:
    return importlib.import_module("mixed_auth_client")


def token_reply(server, token: str) -> None:
    server.reply(200, path=TOKEN_PATH,
                 json={"access_token": token, "token_type": "Bearer", "expires_in": 3600})


def settings(server, **extra: Any) -> dict[str, Any]:
    return {"client_id": "id", "client_secret": SECRET, "token_url": server.url + TOKEN_PATH,
            "api_key": KEY, "base_url": server.url, **extra}


def carried(sent) -> tuple[str | None, str | None]:
    return sent.header("Authorization"), sent.header("X-API-Key")


def test_each_operation_sends_the_credential_it_accepts(server, caplog) -> None:
    """Was a bug: the client held one credential (client credentials won over the API key),
    so an operation that needs the API key went without it."""
    caplog.set_level(logging.DEBUG)
    token_reply(server, "tok-1")
    server.reply(200, json=[{"id": 1, "name": "Rex"}], path="/pets")
    server.reply(201, json={"id": 2, "name": "Fido"}, path="/pets")
    server.reply(200, json={}, times=3)
    with package().Client(**settings(server)) as client:
        client.pets.list_pets()
        client.pets.create_pet(body={"name": "Fido"})
        client.pets.delete_pet(pet_id=2)
        client.admin.read_audit()
        client.admin.health()
        shown = repr(client), repr(client._auth)

    assert [(r.method, r.path) for r in server.requests] == [
        ("GET", "/pets"), ("POST", TOKEN_PATH), ("POST", "/pets"), ("DELETE", "/pets/2"),
        ("GET", "/audit"), ("GET", "/health")]
    calls = [r for r in server.requests if r.path != TOKEN_PATH]
    assert [carried(r) for r in calls] == [
        (None, KEY),  # the document's default: the API key, no token fetched for it
        ("Bearer tok-1", None),  # oauth
        ("Bearer tok-1", None),  # oauth, else the key: the first it holds
        ("Bearer tok-1", KEY),  # both together
        (None, None),  # security: [] of its own: nothing (no token fetched for it either)
    ]
    assert server.requests[1].form()["scope"] == ["write"]
    assert all(SECRET not in s and KEY not in s for s in shown)
    assert not any(SECRET in m or KEY in m or "tok-1" in m for m in caplog.messages)


def test_an_operation_that_needs_nothing_sends_nothing_and_fetches_no_token(server) -> None:
    """Review: `security: []` got the default credential: a token was fetched for a public
    health check (which failed when the token endpoint was down), and it replaced the
    caller's own Authorization header."""
    server.reply(200, json={}, path="/health")
    with package().Client(**settings(server),
                          default_headers={"Authorization": "Basic b3du"}) as client:
        client.admin.health()
    assert [(r.method, r.path) for r in server.requests] == [("GET", "/health")]
    assert carried(server.requests[0]) == ("Basic b3du", None)


def test_a_401_refreshes_the_token_of_the_operation_that_uses_it(server) -> None:
    pkg = package()
    token_reply(server, "tok-1")
    token_reply(server, "tok-2")
    server.reply(401, json={"message": "expired"}, path="/pets")
    server.reply(201, json={"id": 2, "name": "Fido"}, path="/pets")
    server.reply(401, json={"message": "bad key"}, path="/pets")
    with pkg.Client(**settings(server)) as client:
        assert client.pets.create_pet(body={"name": "Fido"}).id == 2
        with pytest.raises(pkg.errors.AuthenticationError):  # an API key is not refreshed
            client.pets.list_pets()

    assert [(r.method, r.path) for r in server.requests] == [
        ("POST", TOKEN_PATH), ("POST", "/pets"), ("POST", TOKEN_PATH), ("POST", "/pets"),
        ("GET", "/pets")]
    assert [carried(r) for r in server.requests_to("/pets")] == [
        ("Bearer tok-1", None), ("Bearer tok-2", None), (None, KEY)]


def test_a_copy_shares_the_token_and_the_async_client_picks_alike(server) -> None:
    pkg = package()
    token_reply(server, "tok-1")
    server.reply(201, json={"id": 2, "name": "Fido"}, times=2, path="/pets")
    server.reply(200, json=[], path="/pets")
    with pkg.Client(**settings(server)) as client:
        client.pets.create_pet(body={"name": "Fido"})
        client.with_options(max_retries=0).pets.create_pet(body={"name": "Fido"})
        client.with_options(timeout=5.0).pets.list_pets()
    assert len(server.requests_to(TOKEN_PATH)) == 1
    assert [carried(r) for r in server.requests_to("/pets")] == [
        ("Bearer tok-1", None), ("Bearer tok-1", None), (None, KEY)]

    async def main() -> None:
        async with pkg.AsyncClient(**settings(server)) as client:
            await client.admin.read_audit()
            await client.pets.list_pets()

    token_reply(server, "tok-a")
    server.reply(200, json={}, path="/audit")
    server.reply(200, json=[], path="/pets")
    asyncio.run(main())
    assert carried(server.requests_to("/audit")[-1]) == ("Bearer tok-a", KEY)
    assert carried(server.requests_to("/pets")[-1]) == (None, KEY)


def test_credentials_from_the_environment_are_kept_alike(server, monkeypatch) -> None:
    monkeypatch.setenv("MIXED_AUTH_API_TOKEN", "ready")
    monkeypatch.setenv("MIXED_AUTH_API_KEY", KEY)
    server.reply(200, json=[], path="/pets")
    server.reply(201, json={"id": 2, "name": "Fido"}, path="/pets")
    with package().Client(base_url=server.url) as client:
        client.pets.list_pets()
        client.pets.create_pet(body={"name": "Fido"})
    assert [carried(r) for r in server.requests] == [(None, KEY), ("Bearer ready", None)]

    # a caller who gives one kind gets a one-kind client: that credential on every call
    monkeypatch.delenv("MIXED_AUTH_API_TOKEN")
    server.reply(201, json={"id": 2, "name": "Fido"}, path="/pets")
    with package().Client(base_url=server.url) as client:
        client.pets.create_pet(body={"name": "Fido"})
    assert carried(server.requests[-1]) == (None, KEY)


def test_the_mock_api_gives_a_test_value_of_every_kind() -> None:
    """Was a bug: MockApi().client() got OAuth test credentials only, so an operation that
    needs the API key failed the kit's credential check."""
    api = importlib.import_module("mixed_auth_client.testing").MockApi()
    client = api.client()
    client.pets.list_pets()
    client.pets.create_pet(body={"name": "Fido"})
    client.pets.delete_pet(pet_id=1)
    client.admin.read_audit()
    client.admin.health()

    async def main() -> None:
        client = api.async_client()
        await client.pets.list_pets()
        await client.pets.create_pet(body={"name": "Fido"})
        await client.admin.read_audit()

    asyncio.run(main())
    assert len(api.token_requests) == 2  # one fetch per client
    assert api.violations == []
