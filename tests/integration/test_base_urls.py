"""A base URL that cannot work is caught when the package is generated (a warning with its
pointer) and when the client is built (a ClientError naming base_url= and the variable),
never at the first call; the test kit still serves such a spec, README examples included.

The spec is shaped like Docker Engine's: Swagger 2.0 with `basePath` and no `host`, so its
only server URL is the relative `/v1.53`.
"""

from __future__ import annotations

import asyncio
import importlib
from pathlib import Path
from typing import Any

import httpx
import pytest
from readme_examples import run_examples

from generator.diagnostics import Sink
from generator.generate import generate
from generator.model.resolve import load_api

ENGINE = {
    "swagger": "2.0",
    "info": {"title": "Engine", "version": "1.53"},
    "basePath": "/v1.53",
    "paths": {
        "/info": {"get": {"operationId": "SystemInfo", "responses": {"200": {
            "description": "ok", "schema": {"type": "object", "required": ["ID"],
                                            "properties": {"ID": {"type": "string"},
                                                           "Name": {"type": "string"}},
                                            "example": {"ID": "d1", "Name": "docker"}}}}}},
        "/containers/{id}/json": {"get": {
            "operationId": "ContainerInspect",
            "parameters": [{"name": "id", "in": "path", "required": True, "type": "string"}],
            "responses": {"200": {"description": "ok", "schema": {
                "type": "object", "required": ["Id"],
                "properties": {"Id": {"type": "string"}, "Name": {"type": "string"}}}},
                "404": {"description": "no such container", "schema": {
                    "type": "object", "properties": {"message": {"type": "string"}}}}}}},
    },
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory, import_generated) -> Any:
    return import_generated(tmp_path_factory.mktemp("engine"), ENGINE, "engine_client")


@pytest.fixture(scope="module")
def engine_testing(engine) -> Any:
    import importlib

    return importlib.import_module("engine_client.testing")


# -- at generation --------------------------------------------------------------------------


def _warnings(tmp_path: Path, spec: str) -> list[tuple[str, str]]:
    path = tmp_path / "spec.yaml"
    path.write_text(spec, encoding="utf-8")
    sink = Sink()
    load_api(path, sink)
    return [(d.code, d.pointer) for d in sink.warnings]


@pytest.mark.parametrize(("spec", "pointer"), [
    ('swagger: "2.0"\ninfo: {title: T, version: "1"}\nbasePath: /v1.53\npaths: {}\n',
     "#/basePath"),
    ('swagger: "2.0"\ninfo: {title: T, version: "1"}\nhost: h.example\nbasePath: /v1\n'
     'schemes: [ws]\npaths: {}\n', "#/schemes/0"),
    ("openapi: 3.0.3\ninfo: {title: T, version: '1'}\nservers: [{url: /api/v3}]\npaths: {}\n",
     "#/servers/0/url"),
    ("openapi: 3.1.0\ninfo: {title: T, version: '1'}\nservers: [{url: 'ftp://h/x'}]\n"
     "paths: {}\n", "#/servers/0/url"),
])
def test_an_unusable_server_url_is_a_warning_at_its_pointer(tmp_path, spec, pointer) -> None:
    assert _warnings(tmp_path, spec) == [("unusable-server-url", pointer)]


@pytest.mark.parametrize("spec", [
    'swagger: "2.0"\ninfo: {title: T, version: "1"}\nhost: h.example\nbasePath: /v1\n'
    'paths: {}\n',
    "openapi: 3.0.3\ninfo: {title: T, version: '1'}\nservers: [{url: 'https://h/v1'}]\n"
    "paths: {}\n",
    "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths: {}\n",  # no server: asked at run
])
def test_an_absolute_server_url_or_none_is_no_warning(tmp_path, spec) -> None:
    assert _warnings(tmp_path, spec) == []


def test_the_generate_result_carries_the_warning(tmp_path) -> None:
    import json

    (tmp_path / "engine.json").write_text(json.dumps(ENGINE), encoding="utf-8")
    result = generate(tmp_path / "engine.json", "engine_client")
    (warning,) = [d for d in result.diagnostics if d.severity == "warning"]
    assert (warning.code, warning.pointer) == ("unusable-server-url", "#/basePath")
    assert "'/v1.53' is relative" in warning.message


# -- at construction ------------------------------------------------------------------------


def test_a_client_without_a_usable_base_url_fails_when_built(engine, monkeypatch) -> None:
    monkeypatch.delenv("ENGINE_BASE_URL", raising=False)
    for build in (engine.Client, engine.AsyncClient):
        with pytest.raises(engine.errors.ClientError) as caught:
            build()
        message = str(caught.value)
        assert "ENGINE_BASE_URL" in message and "base_url=" in message
        assert "'/v1.53'" in message
    with pytest.raises(engine.errors.ClientError, match="base_url '/v2' is not an absolute"):
        engine.Client(base_url="/v2")
    monkeypatch.setenv("ENGINE_BASE_URL", "localhost:2375")
    with pytest.raises(engine.errors.ClientError, match="ENGINE_BASE_URL 'localhost:2375'"):
        engine.Client()


def test_an_absolute_base_url_from_argument_or_environment_is_used(engine, monkeypatch) -> None:
    monkeypatch.setenv("ENGINE_BASE_URL", "http://127.0.0.1:2375/v1.53/")
    assert engine.Client().base_url == "http://127.0.0.1:2375/v1.53"
    assert engine.Client(base_url="https://docker.example/v1.53").base_url == \
        "https://docker.example/v1.53"
    client = engine.Client(base_url="https://docker.example/v1.53")
    with pytest.raises(engine.errors.ClientError, match="base_url 'v2' is not an absolute"):
        client.with_options(base_url="v2")


def test_a_relative_base_url_joins_the_callers_http_client_base_url(engine, monkeypatch) -> None:
    monkeypatch.delenv("ENGINE_BASE_URL", raising=False)
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        return httpx.Response(200, json={"ID": "d1"})

    http = httpx.Client(base_url="http://docker.local", transport=httpx.MockTransport(handler))
    with engine.Client(http_client=http) as client:
        assert client.default.system_info().id == "d1"
    assert seen == ["http://docker.local/v1.53/info"]


def test_a_relative_server_url_in_a_3x_spec_fails_when_built(tmp_path, import_generated) -> None:
    spec = {"openapi": "3.0.3", "info": {"title": "T", "version": "1"},
            "servers": [{"url": "/api/v3"}], "paths": {}}
    package = import_generated(tmp_path, spec, "rel3_client")
    with pytest.raises(package.errors.ClientError, match="REL3_BASE_URL"):
        package.Client()


# -- one rule: generation, README, runtime and kit agree ------------------------------------

URLS = [  # (url, usable)
    ("https://api.example.com/v1 (production)", False), ("https://api.example.com/v1", True),
    ("http://h:8080", True), ("https://h/v1/", True), ("/v1.53", False), ("v2", False),
    ("localhost:2375", False), ("ftp://h/x", False), ("https://{region}.h/v1", False),
    ("https://h:99999/x", False), ("https://h:port/x", False), ("https://[::1/x", False),
    ("https:///path", False), ("https://h/a b", False), ("https://h/a\tb", False),
    ("https://h/a|b", False), ("https://h/a`b", False), ("https://h/a\"b", False),
    ("https://h/$x'y", True), ("https://h/v1?x=1", True), ("https://user@h/v1", True),
    ("//h/v1", False), ("https://h/caf\u00e9", True), ("https://h/a\u2028b", False),
]


def test_generation_and_the_runtime_judge_a_base_url_by_one_rule() -> None:
    """The generator's rule (resolve warns, the README shows a default by it) and the
    runtime's (Client(), the kit's served base) give the same answer, and the same reason."""
    import importlib.util

    from generator.model.servers import server_url_problem

    path = Path(__file__).resolve().parents[2] / "templates" / "runtime.py"
    spec = importlib.util.spec_from_file_location("_rt_base_urls", path)
    assert spec is not None and spec.loader is not None
    runtime = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(runtime)
    judged = [(url, server_url_problem(url), runtime.base_url_problem(url)) for url, _ in URLS]
    assert [(url, generated) for url, generated, _ in judged] == \
        [(url, runtime_says) for url, _, runtime_says in judged]
    assert [(url, problem is None) for url, problem, _ in judged] == URLS
    assert [(url, runtime.usable_base_url(url)) for url, _ in URLS] == URLS


PRODUCTION = {"openapi": "3.0.3", "info": {"title": "Prod", "version": "1"},
              "servers": [{"url": "https://api.example.com/v1 (production)"}],
              "paths": {"/ping": {"get": {"operationId": "ping", "responses": {
                  "200": {"description": "ok"}}}}}}


def test_a_server_url_with_a_note_after_it_is_unusable_everywhere(tmp_path, import_generated,
                                                                  monkeypatch) -> None:
    """`https://api.example.com/v1 (production)`: generation warns, Client() refuses it
    naming PROD_BASE_URL, the README says it is required, and the kit serves under its own
    origin (before, generation was silent and Client() sent to `/v1%20(production)/ping`)."""
    import json

    monkeypatch.delenv("PROD_BASE_URL", raising=False)
    (tmp_path / "prod.json").write_text(json.dumps(PRODUCTION), encoding="utf-8")
    result = generate(tmp_path / "prod.json", "prod_client")
    (warning,) = [d for d in result.diagnostics if d.code == "unusable-server-url"]
    assert warning.pointer == "#/servers/0/url"
    assert "holds a space" in warning.message and "<PREFIX>" not in warning.message
    testing = import_generated(tmp_path, PRODUCTION, "prod_client", "prod_client.testing")
    package = importlib.import_module("prod_client")
    with pytest.raises(package.errors.ClientError, match="PROD_BASE_URL") as caught:
        package.Client()
    assert "holds a space" in str(caught.value)
    readme = (tmp_path / "out" / "README.md").read_text(encoding="utf-8")
    assert "required: the spec names none a client can use" in readme
    assert "Client(base_url='https://...')" in readme
    assert testing.MockApi().base_url == "https://api.example.test"


# -- the test kit serves it -----------------------------------------------------------------


def test_the_kit_serves_a_relative_url_spec_under_its_own_origin(engine, engine_testing,
                                                                 monkeypatch) -> None:
    monkeypatch.delenv("ENGINE_BASE_URL", raising=False)
    api = engine_testing.MockApi()
    assert api.base_url == "https://api.example.test/v1.53"
    with api.client() as client:
        assert client.default.system_info().name == "docker"  # the schema's example

    async def scenario() -> str:
        async with api.async_client() as client:
            return (await client.default.container_inspect(id="c1")).id

    assert asyncio.run(scenario()) == "string"  # the minimal body
    assert [c.path for c in api.calls("SystemInfo") + api.calls("ContainerInspect")] == \
        ["/info", "/containers/c1/json"]


def test_the_generated_readme_examples_run_for_a_relative_url_spec(engine, tmp_path,
                                                                   monkeypatch) -> None:
    monkeypatch.delenv("ENGINE_BASE_URL", raising=False)
    readme = Path(engine.__file__).parents[1] / "README.md"
    run = run_examples(readme.read_text(encoding="utf-8"), "engine_client", monkeypatch)
    assert run.tests == ["test_my_sync_job", "test_code_that_builds_its_own_client"]
    assert run.sent and all(str(r.url).startswith("https://.../v1.53/") for r in run.sent)



def test_the_kit_serves_a_client_joined_to_its_http_clients_base_url(engine, engine_testing,
                                                                      monkeypatch) -> None:
    monkeypatch.delenv("ENGINE_BASE_URL", raising=False)
    api = engine_testing.MockApi()
    http = httpx.Client(base_url="http://docker.local", transport=api.transport())
    with engine.Client(http_client=http) as client:
        client.default.container_inspect(id="c1")
    (call,) = api.calls("ContainerInspect")
    assert (call.path, str(call.request.url)) == \
        ("/containers/c1/json", "http://docker.local/v1.53/containers/c1/json")
