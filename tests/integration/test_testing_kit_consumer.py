"""The test kit under the consumer's own client: a client built the way production code
builds it (only its transport swapped, or `api.install`), `api.client()` with the
environment read fully or not at all, responders that choose status and headers, and
bodies that start from the kit's own example.
"""

from __future__ import annotations

import asyncio
import base64

import httpx
import pytest

import opal_client
import oracle_ag_client
from opal_client.testing import MockApi, SpecViolation
from oracle_ag_client.testing import MockApi as OracleMockApi

APP_ID = "f454d283-ca87-4a8a-bdbb-df212eca5353"
OTHER_ID = "29827fb8-f2dd-4e80-9576-28e31e9934ac"
ORACLE_ENV = ("ORACLE_AG_BASE_URL", "ORACLE_AG_CLIENT_ID", "ORACLE_AG_CLIENT_SECRET",
              "ORACLE_AG_TOKEN_URL", "ORACLE_AG_API_TOKEN", "ORACLE_AG_SCOPE")


@pytest.fixture(autouse=True)
def _no_settings_from_the_machine(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (*ORACLE_ENV, "OPAL_BASE_URL", "OPAL_API_TOKEN"):
        monkeypatch.delenv(name, raising=False)


def basic(user: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


def app_names(client: opal_client.Client) -> list[str]:
    """The consumer's code under test."""
    return [app.name for app in client.apps.get_apps().apps]


# -- a client the consumer's code builds --------------------------------------------------------


def test_a_production_built_client_with_only_the_transport_swapped_is_served() -> None:
    api = MockApi()
    http = httpx.Client(transport=httpx.MockTransport(api.handle))  # as the issue wrote it
    with opal_client.Client(token="prod-token", http_client=http) as client:
        assert app_names(client) == ["string"]
    (call,) = api.calls("get_apps")
    assert call.path == "/apps" and call.headers["authorization"] == "Bearer prod-token"
    assert str(call.request.url) == "https://api.opal.dev/v1/apps"


@pytest.mark.parametrize("base_url", ["https://opal.internal.example:8443/proxy/opal/v1",
                                      "http://127.0.0.1:9"])
def test_whatever_base_url_the_client_was_given_the_path_is_read_below_it(base_url) -> None:
    api = MockApi()
    http = httpx.Client(transport=api.transport())
    with opal_client.Client(token="t", base_url=base_url, http_client=http) as client:
        client.apps.get_app(app_id=APP_ID)
    assert [c.path for c in api.calls("get_app")] == [f"/apps/{APP_ID}"]
    assert [c.path_params for c in api.calls("get_app")] == [{"app_id": APP_ID}]


def test_the_async_client_takes_the_transport_too() -> None:
    api = MockApi()

    async def scenario() -> str:
        http = httpx.AsyncClient(transport=api.transport())
        async with opal_client.AsyncClient(token="t", base_url="https://x.example/v1",
                                           http_client=http) as client:
            return (await client.apps.get_app(app_id=APP_ID)).name

    assert asyncio.run(scenario()) == "Okta Org"
    assert api.calls("getApp")[0].path == f"/apps/{APP_ID}"


def test_install_serves_a_built_client_sync_and_async() -> None:
    api = MockApi()
    client = api.install(opal_client.Client(token="t", base_url="https://staging.example/v1"))
    assert client.apps.get_app(app_id=APP_ID).name == "Okta Org"
    client.close()

    async def scenario() -> str:
        built = opal_client.AsyncClient(token="t", base_url="https://staging.example/v1")
        async with api.install(built) as served:
            return (await served.apps.get_app(app_id=APP_ID)).name

    assert asyncio.run(scenario()) == "Okta Org"
    assert len(api.calls("get_app")) == 2


def test_install_keeps_what_the_consumers_http_client_was_built_with() -> None:
    """Headers, params, event hooks and the base URL a relative one joins: the http client
    install puts in its place is like the one it replaces (they were dropped before)."""
    api = MockApi()
    hooked: list[str] = []
    http = httpx.Client(headers={"X-Team": "billing"}, params={"tenant": "t1"},
                        event_hooks={"request": [lambda r: hooked.append(r.url.path)]})
    client = api.install(opal_client.Client(token="t", base_url="https://staging.example/v1",
                                            http_client=http))
    client.apps.get_app(app_id=APP_ID)
    (call,) = api.calls("get_app")
    assert (call.headers["X-Team"], call.query["tenant"]) == ("billing", ["t1"])
    assert hooked == [f"/v1/apps/{APP_ID}"]
    assert not http.is_closed  # the consumer's own, left as it was


def test_install_goes_through_the_runtimes_hook() -> None:
    """install swaps the http client through the client's _serve_through, not by writing
    its attributes: a client class that overrides the hook sees it called."""
    api = MockApi()
    seen: list[object] = []

    class Watched(opal_client.Client):
        def _serve_through(self, transport: httpx.BaseTransport) -> None:
            seen.append(transport)
            super()._serve_through(transport)

    client = api.install(Watched(token="t"))
    assert len(seen) == 1 and client.apps.get_app(app_id=APP_ID).name == "Okta Org"


def test_oauth_of_a_built_client_is_answered_wherever_its_token_url_is() -> None:
    api = OracleMockApi()
    http = httpx.Client(transport=api.transport())
    client = oracle_ag_client.Client(
        client_id="prod-id", client_secret="prod-secret", http_client=http,
        token_url="https://idcs-1.identity.oraclecloud.com/oauth2/v1/token",
        base_url="https://ag.example.com")
    client.access_bundles.list_access_bundles()
    (token_request,) = api.token_requests
    assert token_request.url.host == "idcs-1.identity.oraclecloud.com"
    (call,) = api.calls("ListAccessBundles")
    assert call.path.startswith("/access-governance/") and \
        call.headers["authorization"] == "Bearer mock-access-token-1"


def test_a_raw_request_outside_every_base_url_is_still_a_violation() -> None:
    api = MockApi()
    raw = httpx.Client(transport=api.transport())
    with pytest.raises(SpecViolation, match=r"https://elsewhere.example/v1/apps is not below "
                                            r"the API's base URL \(https://api.opal.dev/v1\)"):
        raw.get("https://elsewhere.example/v1/apps", headers={"Authorization": "Bearer t"})
    assert raw.get("https://api.opal.dev/v1/apps",  # the spec's own server: below it
                   headers={"Authorization": "Bearer t"}).status_code == 200


# -- api.client(): the environment fully or not at all ------------------------------------------


def test_api_client_reads_nothing_from_the_environment(monkeypatch) -> None:
    monkeypatch.setenv("ORACLE_AG_BASE_URL", "https://ag.example.com")
    monkeypatch.setenv("ORACLE_AG_CLIENT_ID", "env-id")
    monkeypatch.setenv("ORACLE_AG_CLIENT_SECRET", "env-secret")
    monkeypatch.setenv("ORACLE_AG_TOKEN_URL", "https://idcs.example.com/oauth2/v1/token")
    monkeypatch.setenv("ORACLE_AG_SCOPE", "env-scope")
    api = OracleMockApi()
    client = api.client()
    assert client.base_url == api.base_url
    client.access_bundles.list_access_bundles()
    (token_request,) = api.token_requests
    assert str(token_request.url) == "https://auth.mock.test/oauth2/v1/token"
    assert b"scope" not in token_request.content
    assert token_request.headers["authorization"] == basic("mock-client-id", "mock-client-secret")
    monkeypatch.setenv("OPAL_BASE_URL", "https://opal.example.com/v1")
    monkeypatch.setenv("OPAL_API_TOKEN", "env-token")
    opal = MockApi().client()
    assert opal.base_url == "https://api.opal.dev/v1"
    assert opal._auth.headers() == {"Authorization": "Bearer mock-token"}


def test_api_client_env_true_reads_the_environment_fully(monkeypatch) -> None:
    monkeypatch.setenv("ORACLE_AG_BASE_URL", "https://ag.example.com")
    monkeypatch.setenv("ORACLE_AG_CLIENT_ID", "env-id")
    monkeypatch.setenv("ORACLE_AG_CLIENT_SECRET", "env-secret")
    monkeypatch.setenv("ORACLE_AG_TOKEN_URL", "https://idcs.example.com/oauth2/v1/token")
    monkeypatch.setenv("ORACLE_AG_SCOPE", "env-scope")
    api = OracleMockApi()
    client = api.client(env=True)
    assert client.base_url == "https://ag.example.com"
    client.access_bundles.list_access_bundles()
    (token_request,) = api.token_requests
    assert str(token_request.url) == "https://idcs.example.com/oauth2/v1/token"
    assert b"scope=env-scope" in token_request.content
    assert token_request.headers["authorization"] == basic("env-id", "env-secret")
    assert str(api.calls("ListAccessBundles")[0].request.url).startswith(
        "https://ag.example.com/access-governance/")


def test_api_client_env_true_fails_as_production_does_without_settings() -> None:
    with pytest.raises(oracle_ag_client.errors.ClientError, match="no credentials"):
        OracleMockApi().client(env=True)
    with pytest.raises(opal_client.errors.ClientError, match="OPAL_API_TOKEN"):
        MockApi().async_client(env=True)


# -- responders choose status and headers --------------------------------------------------------


def test_a_responder_answers_404_for_one_id_in_a_fan_out() -> None:
    api = MockApi()

    def app(call):
        if call.path_params["app_id"] == OTHER_ID:
            return httpx.Response(404, json={"message": "no such app"},
                                  headers={"X-Request-Id": "r-404"})
        return api.example("get_app") | {"app_id": call.path_params["app_id"]}

    api.respond("get_app", app)
    client = api.client()
    found, missing = [], []
    for app_id in (APP_ID, OTHER_ID, APP_ID):
        try:
            found.append(str(client.apps.get_app(app_id=app_id).app_id))
        except opal_client.NotFoundError as error:
            missing.append((error.status_code, error.request_id, str(error)))
    assert found == [APP_ID, APP_ID]
    assert missing == [(404, "r-404", f"GET /v1/apps/{OTHER_ID} returned 404 Not Found: "
                                      f"no such app (request id r-404)")]


def test_a_responder_response_is_checked_against_the_spec() -> None:
    api = MockApi()
    client = api.client()
    api.respond("get_app", lambda call: httpx.Response(202, json={}))
    with pytest.raises(SpecViolation, match="getApp: /responses/202: the spec declares no 202"):
        client.apps.get_app(app_id=APP_ID)
    api.respond("get_app", lambda call: httpx.Response(200, json={"app_id": "nope"}))
    with pytest.raises(SpecViolation, match="/responses/200/body/app_id: expected a UUID"):
        client.apps.get_app(app_id=APP_ID)
    api.respond("get_app", lambda call: httpx.Response(200, headers={"X-Trace": "t-1"},
                                                       json=api.example("get_app")))
    raw = client.apps.with_raw_response.get_app(app_id=APP_ID)
    assert (raw.status_code, raw.headers["x-trace"], raw.parsed.name) == (200, "t-1", "Okta Org")


def test_an_error_status_the_spec_does_not_declare_may_be_registered() -> None:
    api = MockApi()
    api.respond("get_app", status=409, headers={"X-Request-Id": "r-9"})
    with pytest.raises(opal_client.ConflictError, match="scripted failure 409"):
        api.client().apps.get_app(app_id=APP_ID)


# -- bodies from the kit's own example ------------------------------------------------------------


def test_a_body_starts_from_the_kits_example_or_minimal_body() -> None:
    api = MockApi()
    example = api.example("get_app")
    assert example["name"] == "Okta Org" and example is not api.example("get_app")  # a copy
    assert api.example("getApps", minimal=True) == {"apps": [{
        "app_id": "00000000-0000-0000-0000-000000000000", "name": "string",
        "description": "string", "admin_owner_id": "00000000-0000-0000-0000-000000000000",
        "app_type": "ACTIVE_DIRECTORY"}]}
    api.respond("get_app", api.example("get_app") | {"name": "payroll"})
    assert api.client().apps.get_app(app_id=APP_ID).name == "payroll"
    with pytest.raises(SpecViolation, match="/responses/202: the spec declares no 202"):
        api.example("get_app", status=202)


def test_model_instances_are_bodies() -> None:
    api = MockApi()
    app = opal_client.models.App.from_dict(api.example("get_app"))
    app.name = "from a model"
    api.respond("get_app", app)
    api.respond("get_apps", opal_client.models.AppsList(apps=[app]))
    client = api.client()
    assert client.apps.get_app(app_id=APP_ID).name == "from a model"
    assert [a.name for a in client.apps.get_apps().apps] == ["from a model"]


def test_a_copy_made_before_install_still_sends() -> None:
    """Regression: install() closed the http client a with_options() copy still shared, so
    the copy raised `Cannot send a request, as the client has been closed`."""
    api = MockApi()
    client = opal_client.Client(token="t", base_url="https://staging.example/v1")
    copy = client.with_options(timeout=5.0)
    api.install(client)
    client.apps.get_apps()
    with pytest.raises(opal_client.ApiConnectionError):  # the copy still reaches the network
        copy.with_options(base_url="http://127.0.0.1:9", max_retries=0).apps.get_apps()


def test_no_message_or_repr_shows_a_base_urls_credentials() -> None:
    """with_options(base_url=...) and repr() printed the URL whole, and the kit's violation
    listed base URLs with their user and password."""
    client = opal_client.Client(token="t", base_url="https://u:s3cret@prod.example/api")
    assert "s3cret" not in repr(client)
    with pytest.raises(opal_client.errors.ClientError) as caught:
        client.with_options(base_url="ftp://u:s3cret@x.example/")
    assert "s3cret" not in str(caught.value)
    api = MockApi()
    with pytest.raises(SpecViolation) as violation:
        api.handle(httpx.Request("GET", "https://u:s3cret@elsewhere.example/apps",
                                 extensions={"clientgen_base_url":
                                             "https://u:s3cret@prod.example/api"}))
    assert "s3cret" not in str(violation.value)
