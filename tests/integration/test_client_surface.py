"""The client surface a user touches first, against the loopback server: settings and
credentials from the environment, the construction error, with_options, the User-Agent,
and error messages that say what was sent and what the server answered."""

from __future__ import annotations

import asyncio
import sys

import httpx
import pytest

import opal_client
import oracle_ag_client

REQUEST_ID = "1b978423-db0a-4037-a4cf-f79c60cb67b3"
REQUEST = {"id": REQUEST_ID, "created_at": "2022-01-23T00:00:00Z",
           "updated_at": "2022-01-23T00:00:00Z",
           "requester_id": "29827fb8-f2dd-4e80-9576-28e31e9934ac", "status": "PENDING"}
ORACLE_LIST = "/access-governance/access-controls/20250331/accessRequests"


@pytest.fixture(autouse=True)
def _no_settings_in_environment(monkeypatch) -> None:
    for prefix in ("OPAL", "ORACLE_AG"):
        for name in ("BASE_URL", "API_TOKEN", "API_KEY", "CLIENT_ID", "CLIENT_SECRET",
                     "TOKEN_URL", "SCOPE"):
            monkeypatch.delenv(f"{prefix}_{name}", raising=False)


# -- settings and credentials from the environment --------------------------------------------


def test_token_and_base_url_come_from_the_environment(server, monkeypatch) -> None:
    monkeypatch.setenv("OPAL_API_TOKEN", "from-env")
    monkeypatch.setenv("OPAL_BASE_URL", server.url)
    server.reply(200, json=REQUEST)
    with opal_client.Client() as client:
        assert client.requests.get_request(id=REQUEST_ID).id is not None
    assert server.requests[0].header("Authorization") == "Bearer from-env"


def test_an_argument_wins_over_the_environment(server, monkeypatch) -> None:
    monkeypatch.setenv("OPAL_API_TOKEN", "from-env")
    monkeypatch.setenv("OPAL_BASE_URL", "http://127.0.0.1:9/not-used")
    server.reply(200, json=REQUEST)
    with opal_client.Client(token="argument", base_url=server.url) as client:
        client.requests.get_request(id=REQUEST_ID)
    assert server.requests[0].header("Authorization") == "Bearer argument"


def test_oauth_settings_come_from_the_environment(server, monkeypatch) -> None:
    monkeypatch.setenv("ORACLE_AG_CLIENT_ID", "id-env")
    monkeypatch.setenv("ORACLE_AG_CLIENT_SECRET", "secret-env")
    monkeypatch.setenv("ORACLE_AG_TOKEN_URL", server.url + "/oauth2/v1/token")
    monkeypatch.setenv("ORACLE_AG_SCOPE", "urn:test")
    server.reply(200, json={"access_token": "minted", "expires_in": 3600},
                 path="/oauth2/v1/token")
    server.reply(200, json={"items": []})
    with oracle_ag_client.Client(base_url=server.url) as client:
        client.access_requests.list_access_requests()
    token_request = server.requests_to("/oauth2/v1/token")[0]
    assert token_request.form()["scope"] == ["urn:test"]
    assert server.requests_to(ORACLE_LIST)[0].header("Authorization") == "Bearer minted"


@pytest.mark.parametrize("factory", [opal_client.Client, opal_client.AsyncClient])
def test_no_credentials_fails_at_construction_naming_argument_and_variable(factory) -> None:
    with pytest.raises(opal_client.errors.ClientError) as info:
        factory()
    assert "token=" in str(info.value) and "OPAL_API_TOKEN" in str(info.value)


def test_oracle_construction_error_names_both_ways_in() -> None:
    with pytest.raises(oracle_ag_client.ClientError) as info:
        oracle_ag_client.Client()
    message = str(info.value)
    for part in ("token=", "ORACLE_AG_API_TOKEN", "client_id=", "ORACLE_AG_CLIENT_ID",
                 "ORACLE_AG_CLIENT_SECRET"):
        assert part in message


# -- with_options ------------------------------------------------------------------------------


def test_with_options_changes_settings_and_shares_the_pool(server) -> None:
    server.reply(200, json=REQUEST, times=2)
    with opal_client.Client(token="secret", base_url=server.url) as client:
        tuned = client.with_options(timeout=5.0, max_retries=0,
                                    default_headers={"X-Team": "blue"})
        assert isinstance(tuned, opal_client.Client)
        assert tuned._http is client._http
        assert (tuned.timeout, tuned.max_retries) == (5.0, 0)
        assert (client.timeout, client.max_retries) == (60.0, 2)
        tuned.requests.get_request(id=REQUEST_ID)
        tuned.close()
        assert not client._http.is_closed
        client.requests.get_request(id=REQUEST_ID)
    first, second = server.requests
    assert first.header("X-Team") == "blue" and second.header("X-Team") is None
    assert first.header("Authorization") == second.header("Authorization") == "Bearer secret"


def test_with_options_on_the_async_client(server) -> None:
    server.reply(200, json=REQUEST)

    async def main() -> None:
        async with opal_client.AsyncClient(token="secret", base_url="http://127.0.0.1:9") as c:
            moved = c.with_options(base_url=server.url)
            assert isinstance(moved, opal_client.AsyncClient)
            await moved.requests.get_request(id=REQUEST_ID)
            await moved.aclose()
            assert not c._http.is_closed

    asyncio.run(main())
    assert server.requests[0].path == f"/requests/{REQUEST_ID}"


# -- User-Agent and version --------------------------------------------------------------------


def test_user_agent_names_package_generator_python_and_httpx(server) -> None:
    server.reply(200, json=REQUEST)
    with opal_client.Client(token="secret", base_url=server.url) as client:
        client.requests.get_request(id=REQUEST_ID)
    python = ".".join(map(str, sys.version_info[:3]))
    assert server.requests[0].header("User-Agent") == (
        f"opal_client/{opal_client.__version__} clientgen/0.1.0 python/{python} "
        f"httpx/{httpx.__version__}")


def test_a_callers_user_agent_wins(server) -> None:
    server.reply(200, json=REQUEST)
    with opal_client.Client(token="secret", base_url=server.url,
                            default_headers={"user-agent": "mine/1"}) as client:
        client.requests.get_request(id=REQUEST_ID)
    assert server.requests[0].header("User-Agent") == "mine/1"


def test_package_version_is_the_distributions_version() -> None:
    import tomllib
    from pathlib import Path

    pyproject = Path(opal_client.__file__).parents[1] / "pyproject.toml"
    assert tomllib.loads(pyproject.read_text())["project"]["version"] == opal_client.__version__


# -- error messages ----------------------------------------------------------------------------


def test_404_message_has_the_path_as_sent_and_the_servers_detail(server) -> None:
    server.reply(404, json={"detail": "no such request"}, headers={"x-request-id": "req-42"})
    with opal_client.Client(token="secret", base_url=server.url) as client:
        with pytest.raises(opal_client.NotFoundError) as info:
            client.requests.get_request(id=REQUEST_ID)
    assert str(info.value) == (f"GET /requests/{REQUEST_ID} returned 404 Not Found: "
                               "no such request (request id req-42)")
    assert info.value.request_id == "req-42"


@pytest.mark.parametrize("member", ["message", "title", "error_description", "error"])
def test_each_explanation_member_is_shown(server, member: str) -> None:
    server.reply(400, json={member: "bad input here"})
    with opal_client.Client(token="secret", base_url=server.url, max_retries=0) as client:
        with pytest.raises(opal_client.BadRequestError) as info:
            client.requests.get_request(id=REQUEST_ID)
    assert str(info.value).endswith("returned 400 Bad Request: bad input here")


def test_422_is_unprocessable_entity_and_importable_from_the_package(server) -> None:
    server.reply(422, json={"title": "reason is required"})
    with opal_client.Client(token="secret", base_url=server.url) as client:
        with pytest.raises(opal_client.UnprocessableEntityError) as info:
            client.requests.create_request(
                body={"resources": [], "groups": [], "reason": "", "duration_minutes": 5})
    assert isinstance(info.value, opal_client.ApiError)
    assert info.value.status_code == 422
    assert "reason is required" in str(info.value)
    assert opal_client.errors.UnprocessableEntityError is opal_client.UnprocessableEntityError


def test_connection_error_names_host_and_path_and_keeps_its_cause(closed_port_url) -> None:
    with opal_client.Client(token="secret", base_url=closed_port_url, max_retries=0) as client:
        with pytest.raises(opal_client.ApiConnectionError) as info:
            client.requests.get_request(id=REQUEST_ID)
    host = closed_port_url.split("//", 1)[1]
    assert f"GET http://{host}/requests/{REQUEST_ID} failed: ConnectError" in str(info.value)
    assert isinstance(info.value.__cause__, httpx.ConnectError)


# -- per-call options ----------------------------------------------------------------------


def test_per_call_options_reach_the_wire_for_that_call_alone(server) -> None:
    server.reply(200, json={"id": REQUEST_ID}, times=2)
    with opal_client.Client(token="secret", base_url=server.url) as client:
        client.requests.create_request(
            body={"resources": [], "groups": [], "reason": "r", "duration_minutes": 5},
            extra_headers={"X-Trace": "t-1"}, extra_query={"dry_run": "true", "tag": ["a", "b"]},
            extra_body={"beta_flag": True}, timeout=5.0)
        client.requests.create_request(
            body={"resources": [], "groups": [], "reason": "r", "duration_minutes": 5})
    first, second = server.requests
    assert first.header("X-Trace") == "t-1" and second.header("X-Trace") is None
    assert first.query == {"dry_run": ["true"], "tag": ["a", "b"]} and second.query == {}
    assert first.json() == {"resources": [], "groups": [], "reason": "r",
                            "duration_minutes": 5, "beta_flag": True}
    assert "beta_flag" not in second.json()


def test_per_call_max_retries_wins_over_the_clients(server, sleeps) -> None:
    server.reply(503, json={"message": "busy"}, times=3)
    with opal_client.Client(token="secret", base_url=server.url, max_retries=2) as client:
        with pytest.raises(opal_client.ServerError):
            client.requests.get_request(id=REQUEST_ID, max_retries=0)
    assert len(server.requests) == 1 and sleeps == []
    assert server.pending == 2
    server.reply(200, json=REQUEST)
    with opal_client.Client(token="secret", base_url=server.url, max_retries=0) as client:
        client.requests.get_request(id=REQUEST_ID, max_retries=3)
    assert len(server.requests) == 4 and len(sleeps) == 2


def test_per_call_timeout_applies_to_that_call(server) -> None:
    server.reply(200, json=REQUEST, delay=1.0)
    with opal_client.Client(token="secret", base_url=server.url, max_retries=0) as client:
        with pytest.raises(opal_client.ApiTimeoutError):
            client.requests.get_request(id=REQUEST_ID, timeout=0.1)


def test_options_pass_through_raw_async_and_iterators(server) -> None:
    server.reply(200, json=REQUEST)
    server.reply(200, json=REQUEST)
    server.reply(200, json={"requests": [REQUEST], "next": None})
    with opal_client.Client(token="secret", base_url=server.url) as client:
        raw = client.requests.with_raw_response.get_request(
            id=REQUEST_ID, extra_headers={"X-Form": "raw"})
        assert raw.status_code == 200

        async def main() -> None:
            async with opal_client.AsyncClient(token="secret", base_url=server.url) as aclient:
                await aclient.requests.get_request(id=REQUEST_ID,
                                                   extra_headers={"X-Form": "async"})

        asyncio.run(main())
        assert len(list(client.requests.get_requests_iter(
            extra_headers={"X-Form": "iter"}))) == 1
    assert [r.header("X-Form") for r in server.requests] == ["raw", "async", "iter"]


def test_uuid_parameters_take_their_string_form(server) -> None:
    import uuid

    server.reply(200, json=REQUEST, times=2)
    with opal_client.Client(token="secret", base_url=server.url) as client:
        client.requests.get_request(id=REQUEST_ID)
        client.requests.get_request(id=uuid.UUID(REQUEST_ID))
    assert [r.path for r in server.requests] == [f"/requests/{REQUEST_ID}"] * 2


def test_method_docstrings_have_args_and_raises() -> None:
    from opal_client.resources.requests import Requests
    from oracle_ag_client.resources.access_requests import AccessRequests

    create = Requests.create_request.__doc__ or ""
    assert "Args:" in create and "target_user_id (optional): The ID of the user to be " \
        "granted access" in create and "resources (required)" in create
    assert "**options:" in create
    oracle = AccessRequests.list_access_requests.__doc__ or ""
    assert "Raises:" in oracle and "AuthenticationError: 401" in oracle


def test_dict_body_types_load_only_when_annotations_are_read() -> None:
    import subprocess
    from pathlib import Path

    code = """
import sys, typing, httpx, opal_client
from opal_client.resources.requests import Requests
transport = httpx.MockTransport(lambda request: httpx.Response(200, json={"id": "x"}))
client = opal_client.Client(token="t", http_client=httpx.Client(transport=transport))
client.requests.create_request(body={"resources": [], "groups": [], "reason": "r",
                                     "duration_minutes": 1})
assert "opal_client.types" not in sys.modules
hints = typing.get_type_hints(Requests.create_request)
print(hints["body"])
"""
    root = Path(opal_client.__file__).parents[1]
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60, env={"PYTHONPATH": str(root), "PATH": ""})
    assert done.returncode == 0, done.stderr
    assert "CreateRequestInfoParam" in done.stdout


# -- optional fields: None to read, presence kept for the wire ------------------------------


def test_presence_survives_decode_to_dict_and_to_json(server) -> None:
    import json

    sent = {**REQUEST, "target_group_id": None}  # explicit null; target_user_id absent
    server.reply(200, json=sent)
    with opal_client.Client(token="secret", base_url=server.url) as client:
        request = client.requests.get_request(id=REQUEST_ID)
    assert request.target_group_id is None and request.target_user_id is None
    wire = request.to_dict()
    assert wire["target_group_id"] is None and "target_user_id" not in wire
    assert json.loads(request.to_json()) == wire
    again = type(request).from_json(request.to_json())
    assert again == request and again.to_dict() == wire
    assert "target_group_id=None" in repr(request) and "target_user_id" not in repr(request)


def test_a_none_given_where_the_schema_admits_no_null_is_left_out(server) -> None:
    """`target_user_id` is an optional uuid, not nullable: None is its "absent" (a null
    would break the spec); tests/integration/test_nulls.py has the nullable side."""
    from opal_client import models

    given = models.CreateRequestInfo(resources=[], groups=[], reason="r", duration_minutes=5,
                                     target_user_id=None)
    assert given.to_dict() == {"resources": [], "groups": [], "reason": "r",
                               "duration_minutes": 5}
    left_out = models.CreateRequestInfo(resources=[], groups=[], reason="r",
                                        duration_minutes=5)
    assert left_out.target_user_id is None and left_out.to_dict() == given.to_dict()
    server.reply(200, json={"id": REQUEST_ID})
    with opal_client.Client(token="secret", base_url=server.url) as client:
        client.requests.create_request(body=given)
    assert "target_user_id" not in server.requests[0].json()


def test_strict_decoding_refuses_null_only_where_the_spec_does() -> None:
    from opal_client import ResponseValidationError, models

    base = {**REQUEST, "reason": "r"}
    with pytest.raises(ResponseValidationError):  # optional, not nullable: null is wrong
        models.Request.from_dict({**base, "target_user_id": None}, strict=True)
    assert models.Request.from_dict({**base, "target_user_id": None}).target_user_id is None
    page = models.PaginatedBundleList.from_dict({"bundles": [], "previous": None}, strict=True)
    assert page.previous is None and page.to_dict()["previous"] is None  # nullable: kept
