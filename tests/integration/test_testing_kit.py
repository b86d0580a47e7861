"""`<pkg>.testing.MockApi` used as a consumer would: a test of their own code, no server.

Each test here is written the way a team automating Opal or Oracle Access Governance would
test its code with the kit: wire a client to the stand-in, run the code, assert on what
was sent and on what came back; and the ways the kit stops a test that breaks the spec.
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from pathlib import Path

import pytest

from opal_client import ServerError
from opal_client.testing import MockApi, SpecViolation
from oracle_ag_client.testing import MockApi as OracleMockApi
from oracle_ag_client.testing import SpecViolation as OracleSpecViolation

APP_ID = "f454d283-ca87-4a8a-bdbb-df212eca5353"
USER_ID = "29827fb8-f2dd-4e80-9576-28e31e9934ac"
OPAL_ROOT = Path(__file__).resolve().parents[2] / "generated" / "opal_client"


def request_item(request_id: str, status: str = "PENDING") -> dict[str, object]:
    return {"id": request_id, "created_at": "2026-01-02T03:04:05Z",
            "updated_at": "2026-01-02T03:04:05Z", "requester_id": USER_ID, "status": status,
            "reason": "on call"}


# -- the consumer's code under test -----------------------------------------------------------


def pending_request_ids(client) -> list[str]:
    """What a team's sync job might do: walk every page of requests, keep the pending ones."""
    return [str(r.id) for r in client.requests.get_requests_iter(show_pending_only=True)
            if r.status.value == "PENDING"]


def test_a_consumer_test_reads_every_page_and_the_kit_records_what_was_sent() -> None:
    api = MockApi()
    ids = [f"00000000-0000-0000-0000-00000000000{i}" for i in range(3)]
    api.respond_pages("get_requests", [[request_item(ids[0]), request_item(ids[1], "DENIED")],
                                       [request_item(ids[2])]])
    with api.client() as client:
        assert pending_request_ids(client) == [ids[0], ids[2]]
    calls = api.calls("get_requests")
    assert [c.query for c in calls] == [{"show_pending_only": ["true"]},
                                        {"show_pending_only": ["true"], "cursor": ["page-2"]}]
    assert calls[0].path == "/requests" and calls[0].headers["authorization"] == "Bearer mock-token"


def test_a_request_body_is_recorded_as_parsed_json() -> None:
    api = MockApi()
    client = api.client()
    created = client.requests.create_request(body={
        "resources": [{"id": APP_ID}], "groups": [], "reason": "debugging",
        "duration_minutes": 60})
    assert type(created).__name__ == "CreateRequestResponse"  # the minimal body, decoded
    (call,) = api.calls("createRequest")
    assert call.method == "POST" and call.path == "/requests"
    assert call.body == {"resources": [{"id": APP_ID}], "groups": [], "reason": "debugging",
                         "duration_minutes": 60}


def test_operations_are_named_by_operation_id_method_or_group_and_method() -> None:
    api = MockApi()
    api.respond("getApp", {"app_id": APP_ID, "name": "one", "description": "",
                           "admin_owner_id": USER_ID, "app_type": "OKTA_DIRECTORY"})
    api.respond("get_app", {"app_id": APP_ID, "name": "two", "description": "",
                            "admin_owner_id": USER_ID, "app_type": "OKTA_DIRECTORY"})
    client = api.client()
    # answers are used in turn; the last keeps answering until another is registered
    names = [client.apps.get_app(app_id=APP_ID).name for _ in range(3)]
    api.respond("apps.get_app", {"app_id": APP_ID, "name": "three", "description": "",
                                 "admin_owner_id": USER_ID, "app_type": "AWS"})
    names.append(client.apps.get_app(app_id=APP_ID).name)
    assert names == ["one", "two", "two", "three"]
    assert len(api.calls("apps.get_app")) == 4


# -- violations: caught in the test, naming the operation and the pointer -------------------------


@pytest.mark.parametrize(("call", "operation", "pointer", "problem"), [
    (lambda c: c.apps.get_app(app_id="not-a-uuid"), "getApp", "/path/app_id",
     'expected a UUID, got "not-a-uuid"'),
    (lambda c: c.requests.get_requests(page_size="ten"), "getRequests", "/query/page_size",
     'expected an integer, got "ten"'),
    (lambda c: c.requests.create_request(body={"resources": [], "reason": "x"}),
     "createRequest", "/body/groups", "required property missing"),
    (lambda c: c.requests.create_request(body={"resources": [{"id": 7}], "groups": [],
                                               "reason": "x"}),
     "createRequest", "/body/resources/0/id", "expected a UUID, got 7"),
    (lambda c: c.requests.get_requests(extra_query={"page_size": "1.5"}), "getRequests",
     "/query/page_size", 'expected an integer, got "1.5"'),
])
def test_a_request_that_breaks_the_spec_raises_spec_violation(call, operation, pointer,
                                                              problem) -> None:
    api = MockApi()
    with pytest.raises(SpecViolation) as caught:
        call(api.client())
    assert (caught.value.operation, caught.value.pointer, caught.value.problem) == \
        (operation, pointer, problem)
    assert str(caught.value) == f"{operation}: {pointer}: {problem}"
    assert api.violations == [caught.value]  # kept even if the code under test swallows it


def test_an_undeclared_path_or_method_is_a_violation_never_a_silent_404() -> None:
    api = MockApi()
    client = api.client()
    with pytest.raises(SpecViolation, match=r"no operation: /path: no operation of the spec "
                                            r"has the path /no/such/thing"):
        client._http.get(client.base_url + "/no/such/thing")
    with pytest.raises(SpecViolation, match=r"/method: the spec has no DELETE /requests "
                                            r"\(it has GET, POST\)"):
        client._http.delete(client.base_url + "/requests")


def test_registering_bad_answers_raises_at_once_with_the_pointer() -> None:
    api = MockApi()
    with pytest.raises(SpecViolation, match="'getThings' is not an operation of the spec"):
        api.respond("getThings", {})
    with pytest.raises(SpecViolation) as caught:
        api.respond("getApp", {"app_id": APP_ID, "name": 3, "description": "",
                               "admin_owner_id": USER_ID, "app_type": "OKTA_DIRECTORY"})
    assert caught.value.pointer == "/responses/200/body/name"
    assert caught.value.problem == "expected a string, got 3"
    with pytest.raises(SpecViolation, match="/responses/200/body/app_type: expected one of"):
        api.respond("getApp", {"app_id": APP_ID, "name": "", "description": "",
                               "admin_owner_id": USER_ID, "app_type": "FLOPPY"})
    with pytest.raises(SpecViolation, match="/responses/202: the spec declares no 202"):
        api.respond("getApp", {}, status=202)  # a success status must be declared
    with pytest.raises(SpecViolation, match="/paging: the operation does not page"):
        api.respond_pages("getApp", [[]])


def test_a_callable_answer_receives_the_request_and_is_checked_when_it_answers() -> None:
    api = MockApi()

    def app(call) -> dict[str, object]:
        return {"app_id": call.path_params["app_id"], "name": f"app {call.path[-4:]}",
                "description": "", "admin_owner_id": USER_ID, "app_type": "AWS"}

    api.respond("get_app", app)
    client = api.client()
    assert client.apps.get_app(app_id=APP_ID).name == "app 5353"
    assert client.apps.get_app(app_id=APP_ID).name == "app 5353"  # the last answer repeats
    api.respond("get_app", lambda call: {"app_id": "nope"})
    with pytest.raises(SpecViolation, match="/responses/200/body/app_id: expected a UUID"):
        client.apps.get_app(app_id=APP_ID)


# -- answers: the spec's example, else a minimal valid body -----------------------------------


def test_without_registration_the_spec_example_is_served() -> None:
    api = MockApi()
    app = api.client().apps.get_app(app_id=APP_ID)
    # components/schemas/App has an example in the Opal spec
    assert (str(app.app_id), app.name) == ("f454d283-ca87-4a8a-bdbb-df212eca5353", "Okta Org")


def test_an_example_that_breaks_its_schema_gives_way_to_a_minimal_body() -> None:
    api = MockApi()
    # AppsList's example in the spec is an array, not the object the schema declares
    assert json.loads(api.operation("getApps").success()[1].example)[0]["name"] == "Okta Org"
    apps = api.client(strict=True).apps.get_apps()
    assert [(a.name, str(a.app_id)) for a in apps.apps] == \
        [("string", "00000000-0000-0000-0000-000000000000")]  # arrays get one minimal item


def test_minimal_bodies_decode_strictly_for_every_operation_of_both_specs() -> None:
    from opal_client import _testing

    for kit in (MockApi(), OracleMockApi()):
        for op in kit._operations:
            status, reply = op.success()
            if reply is None or reply.codec is None or reply.minimal is None:
                continue
            body = json.loads(reply.minimal)
            assert list(_testing.problems(reply.codec, body, "", False)) == [], op.operation_id
            reply.codec.decode(body, True, "$")


# -- scripted failures: retries, Retry-After, error handling ----------------------------------


def test_scripted_failures_drive_the_clients_retries() -> None:
    api = MockApi()
    api.fail("get_app", status=503, times=2, headers={"Retry-After": "0"})
    assert api.client().apps.get_app(app_id=APP_ID).name == "Okta Org"
    assert len(api.calls("get_app")) == 3


def test_a_failure_beyond_the_retries_reaches_the_code_as_a_typed_error() -> None:
    api = MockApi()
    api.fail("get_app", status=503, times=3, headers={"Retry-After": "0"},
             body={"message": "maintenance"})
    with pytest.raises(ServerError, match="503 Service Unavailable: maintenance") as caught:
        api.client(max_retries=1).apps.get_app(app_id=APP_ID)
    assert caught.value.status_code == 503
    assert len(api.calls("get_app")) == 2
    assert api.client().apps.get_app(app_id=APP_ID).name == "Okta Org"  # one failure was left


def test_raw_responses_show_the_registered_status_and_headers() -> None:
    api = MockApi()
    api.respond("get_app", None, headers={"X-Request-Id": "r-1"})
    raw = api.client().apps.with_raw_response.get_app(app_id=APP_ID)
    assert raw.status_code == 200 and raw.headers["x-request-id"] == "r-1"
    assert raw.parsed.name == "Okta Org"


# -- async, OAuth -------------------------------------------------------------------------------


def test_the_async_client_uses_the_same_stand_in() -> None:
    api = MockApi()
    ids = ["00000000-0000-0000-0000-000000000001", "00000000-0000-0000-0000-000000000002"]
    api.respond_pages("get_requests", [[request_item(ids[0])], [request_item(ids[1])]])
    api.fail("get_app", status=502, times=1, headers={"Retry-After": "0"})

    async def scenario() -> tuple[list[str], str]:
        async with api.async_client() as client:
            seen = [str(r.id) async for r in client.requests.get_requests_iter()]
            app = await client.apps.get_app(app_id=APP_ID)
            with pytest.raises(SpecViolation, match="/path/app_id"):
                await client.apps.get_app(app_id="x")
            return seen, app.name

    assert asyncio.run(scenario()) == (ids, "Okta Org")
    assert len(api.calls("get_app")) == 2


def test_oauth_tokens_come_from_the_stand_in_and_every_call_carries_one() -> None:
    api = OracleMockApi()
    client = api.client()
    pages = [[], []]
    api.respond_pages("ListAccessBundles", pages)
    assert list(client.access_bundles.list_access_bundles_iter()) == []
    calls = api.calls("list_access_bundles")
    assert [c.query for c in calls] == [{}, {"page": ["page-2"]}]  # opc-next-page was followed
    assert {c.headers["authorization"] for c in calls} == {"Bearer mock-access-token-1"}
    (token_request,) = api.token_requests
    assert token_request.headers["authorization"].startswith("Basic ")
    assert b"grant_type=client_credentials" in token_request.content


def test_oracle_requests_are_checked_too() -> None:
    api = OracleMockApi()
    client = api.client()
    with pytest.raises(OracleSpecViolation) as caught:
        client.access_bundles.list_access_bundles(limit="many")
    assert (caught.value.operation, caught.value.pointer) == ("ListAccessBundles",
                                                              "/query/limit")


def test_the_kit_costs_nothing_to_a_plain_import() -> None:
    code = ("import sys, opal_client; client = opal_client.Client(token='t'); "
            "print(sorted(m for m in sys.modules if 'testing' in m))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60, env={"PYTHONPATH": str(OPAL_ROOT),
                                           "PATH": ""})
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_a_json_operation_refuses_another_content_type() -> None:
    api = MockApi()
    client = api.client()
    with pytest.raises(SpecViolation) as caught:
        client._http.post(client.base_url + "/requests", content=b"resources=1",
                          headers={"content-type": "text/plain"})
    assert (caught.value.operation, caught.value.pointer) == ("createRequest",
                                                              "/header/content-type")
    with pytest.raises(SpecViolation, match="createRequest: /body: the body is not JSON"):
        client._http.post(client.base_url + "/requests", content=b"{",
                          headers={"content-type": "application/json"})


def test_a_request_without_the_credentials_the_operation_needs_is_a_violation() -> None:
    api = MockApi()
    client = api.client()
    bare = client._http.build_request("GET", client.base_url + "/apps")
    with pytest.raises(SpecViolation) as caught:
        client._http.send(bare)
    assert (caught.value.operation, caught.value.pointer) == ("getApps", "/header/Authorization")
    assert caught.value.problem == "the operation needs credentials and the request has none"


def test_retry_after_from_a_scripted_failure_is_honoured_mid_pagination(monkeypatch) -> None:
    slept: list[float] = []
    monkeypatch.setattr("time.sleep", slept.append)
    api = MockApi()
    ids = ["00000000-0000-0000-0000-000000000001", "00000000-0000-0000-0000-000000000002"]
    api.respond_pages("get_requests", [[request_item(ids[0])], [request_item(ids[1])]])
    pages = api.client().requests.get_requests_iter()
    assert str(next(pages).id) == ids[0]
    api.fail("get_requests", status=429, times=1, headers={"Retry-After": "7"})
    assert str(next(pages).id) == ids[1]  # the second page, after one refusal
    assert slept == [7.0]
    assert [c.query.get("cursor") for c in api.calls("get_requests")] == \
        [None, ["page-2"], ["page-2"]]
