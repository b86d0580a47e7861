"""`<pkg>.mcp` driven through the MCP SDK's own client, in memory, with `<pkg>.testing.MockApi`
as the API behind it: the tool list (read-only by default, everything with allow_writes,
filters), calls, paging, each error path, dynamic mode on a 1,000-operation spec, and a
server that starts and lists its tools for every golden case and both vendored specs."""

from __future__ import annotations

import importlib
import json
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import anyio
import httpx
import jsonschema
import pytest
from mcp import Client as McpClient

import opal_client
import opal_client.mcp
import oracle_ag_client
from generator.generate import generate
from generator.project.write import write_trees
from opal_client.mcp import _server as opal_server
from opal_client.testing import MockApi

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))
from benchmarks import synth  # noqa: E402

GOLDEN_CASES = sorted(p.name for p in (REPO / "tests" / "golden").iterdir()
                      if (p / "spec.yaml").is_file())

REQUEST_ID = "00000000-0000-0000-0000-0000000000aa"


def served(server: Any, scenario: Callable[[McpClient], Awaitable[Any]]) -> Any:
    """Run `scenario` with an SDK client connected to `server` in memory."""

    async def main() -> Any:
        async with McpClient(server) as client:
            return await scenario(client)

    return anyio.run(main)


def tool_names(server: Any) -> list[str]:
    async def scenario(client: McpClient) -> list[str]:
        return [t.name for t in (await client.list_tools()).tools]

    return served(server, scenario)


def call(server: Any, name: str, arguments: dict[str, Any]) -> Any:
    async def scenario(client: McpClient) -> Any:
        return await client.call_tool(name, arguments)

    return served(server, scenario)


def text(result: Any) -> str:
    return "\n".join(block.text for block in result.content)


# -- the tool list ---------------------------------------------------------------------------


def test_only_reads_are_listed_by_default_and_everything_with_allow_writes() -> None:
    records = opal_server.records()
    reads = {r["name"] for r in records if r["http"] in ("GET", "HEAD", "OPTIONS")}
    assert 0 < len(reads) < len(records)
    listed = tool_names(opal_client.mcp.server(MockApi().async_client()))
    assert set(listed) == reads
    everything = tool_names(opal_client.mcp.server(MockApi().async_client(), allow_writes=True))
    assert set(everything) == {r["name"] for r in records} and len(everything) == len(records)
    assert "requests_create_request" in everything and "requests_get_requests" in listed


def test_listed_tools_carry_schemas_and_annotations() -> None:
    async def scenario(client: McpClient) -> Any:
        return {t.name: t for t in (await client.list_tools()).tools}

    tools = served(opal_client.mcp.server(MockApi().async_client(), allow_writes=True), scenario)
    get = tools["requests_get_request"]
    assert get.input_schema["required"] == ["id"]
    assert get.output_schema is not None and get.annotations.read_only_hint is True
    create = tools["requests_create_request"]
    assert create.input_schema["required"] == ["body"]
    assert create.annotations.read_only_hint is False
    for tool in tools.values():
        jsonschema.Draft202012Validator.check_schema(tool.input_schema)
        assert len(tool.name) <= 64 and tool.description


def test_include_and_exclude_take_groups_or_tool_names_as_shell_patterns() -> None:
    server = opal_client.mcp.server(MockApi().async_client(), include=["requests"],
                                    exclude=["*_relay"])
    assert sorted(tool_names(server)) == ["requests_get_request", "requests_get_request_comments",
                                          "requests_get_requests"]
    server = opal_client.mcp.server(MockApi().async_client(), allow_writes=True,
                                    include=["users_get_*", "tags"])
    names = tool_names(server)
    assert "users_get_users" in names and "tags_create_tag" in names
    assert all(n.startswith(("users_get_", "tags_")) for n in names)


# -- calls -----------------------------------------------------------------------------------


def test_a_call_is_answered_through_the_client_with_structured_content() -> None:
    api = MockApi()
    body = api.example("get_request") | {"id": REQUEST_ID, "reason": "on call"}
    api.respond("get_request", body)
    result = call(opal_client.mcp.server(api.async_client()), "requests_get_request",
                  {"id": REQUEST_ID})
    assert not result.is_error, text(result)
    assert result.structured_content["id"] == REQUEST_ID
    assert result.structured_content["reason"] == "on call"
    assert json.loads(text(result)) == result.structured_content
    (sent,) = api.calls("get_request")
    assert sent.path.endswith(f"/requests/{REQUEST_ID}")


def test_a_write_needs_allow_writes_and_sends_the_body_as_given() -> None:
    api = MockApi()
    body = {"resources": [], "groups": [], "reason": "need it", "duration_minutes": 60}
    refused = call(opal_client.mcp.server(api.async_client()), "requests_create_request",
                   {"body": body})
    assert refused.is_error and "unknown tool" in text(refused)
    result = call(opal_client.mcp.server(api.async_client(), allow_writes=True),
                  "requests_create_request", {"body": body})
    assert not result.is_error, text(result)
    (sent,) = api.calls("create_request")
    assert sent.body == body


def test_a_sync_client_works_too() -> None:
    api = MockApi()
    result = call(opal_client.mcp.server(api.client()), "requests_get_request",
                  {"id": REQUEST_ID})
    assert not result.is_error, text(result)
    assert len(api.calls("get_request")) == 1


def test_a_paged_tool_returns_one_page_or_every_item_up_to_max_items() -> None:
    item = MockApi().example("get_request")
    pages = [[item | {"id": f"00000000-0000-0000-0000-00000000000{i}"} for i in (1, 2)],
             [item | {"id": "00000000-0000-0000-0000-000000000003"}]]

    def paged(arguments: dict[str, Any]) -> tuple[Any, MockApi]:
        api = MockApi()
        api.respond_pages("get_requests", pages)
        return call(opal_client.mcp.server(api.async_client()), "requests_get_requests",
                    arguments), api

    one, api = paged({"page_size": 2})
    assert not one.is_error, text(one)
    assert [r["id"][-1] for r in one.structured_content["requests"]] == ["1", "2"]
    assert one.structured_content["cursor"] == "page-2" and len(api.calls("get_requests")) == 1
    every, api = paged({"all_pages": True, "page_size": 2})
    assert not every.is_error, text(every)
    assert [r["id"][-1] for r in every.structured_content["requests"]] == ["1", "2", "3"]
    assert every.structured_content["truncated"] is False
    assert [c.query.get("cursor") for c in api.calls("get_requests")] == [None, ["page-2"]]
    capped, _ = paged({"all_pages": True, "max_items": 2})
    assert [r["id"][-1] for r in capped.structured_content["requests"]] == ["1", "2"]
    assert capped.structured_content["truncated"] is True


OWN_PAGING_NAMES = {
    "openapi": "3.0.3", "info": {"title": "own", "version": "1"},
    "servers": [{"url": "https://api.example.test/v1"}],
    "paths": {"/things/{id}": {"get": {
        "operationId": "getThing",
        "parameters": [
            {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}},
            {"name": "max_items", "in": "query", "schema": {"type": "string"}},
            {"name": "all_pages", "in": "query", "schema": {"type": "boolean"}}],
        "responses": {"200": {"description": "ok", "content": {"application/json": {
            "schema": {"type": "object"}}}}}}}}}


def test_an_operations_own_all_pages_and_max_items_reach_the_client(tmp_path,
                                                                    import_generated) -> None:
    """Only a paged tool's `all_pages` / `max_items` are the server's; an operation that has
    arguments of those names (so its tool does not page) sends them as it sends any other."""
    mcp = import_generated(tmp_path, OWN_PAGING_NAMES, "own_paging_client",
                           "own_paging_client.mcp")
    pkg = importlib.import_module("own_paging_client")
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={})

    client = pkg.AsyncClient(http_client=httpx.AsyncClient(transport=httpx.MockTransport(answer)))
    result = call(mcp.server(client), "default_get_thing",
                  {"id": "1", "max_items": "few", "all_pages": True})
    assert not result.is_error, text(result)
    (request,) = sent
    assert request.url.path == "/v1/things/1"
    assert dict(request.url.params) == {"max_items": "few", "all_pages": "true"}


# -- errors: each a tool error, none stops the server, none sends what it should not ------------


def test_bad_arguments_are_tool_errors_naming_the_argument_and_send_nothing() -> None:
    api = MockApi()
    bad = [
        ("requests_get_request", {}, "'id' is a required property"),
        ("requests_get_request", {"id": 7}, "id: 7 is not of type 'string'"),
        ("requests_get_request", {"id": "not-a-uuid"}, "id: 'not-a-uuid' is not a 'uuid'"),
        ("requests_get_request", {"id": REQUEST_ID, "extra": 1}, "'extra' was unexpected"),
        ("requests_get_requests", {"page_size": "ten"}, "page_size: 'ten' is not of type"),
        ("requests_get_requests", {"all_pages": True, "cursor": "x"}, "cursor"),
        ("requests_create_request", {"body": {"reason": "r"}}, "body: 'resources' is a required"),
        ("requests_create_request", {"body": {"resources": [], "groups": [], "reason": "r",
                                              "duration_minutes": 1, "admin": True}},
         "body: Additional properties are not allowed ('admin' was unexpected)"),
        ("no_such_tool", {}, "unknown tool 'no_such_tool'"),
    ]

    async def scenario(client: McpClient) -> list[tuple[bool, str]]:
        out = []
        for name, arguments, _ in bad:
            result = await client.call_tool(name, arguments)
            out.append((result.is_error, text(result)))
        out.append((False, text(await client.call_tool("requests_get_request",
                                                        {"id": REQUEST_ID}))))
        return out

    results = served(opal_client.mcp.server(api.async_client(), allow_writes=True), scenario)
    for (name, _, expected), (is_error, message) in zip(bad, results, strict=False):
        assert is_error and expected in message, (name, message)
    assert api.calls("create_request") == [] and api.calls("get_requests") == []
    assert len(api.calls("get_request")) == 1  # the server went on: the last call was answered


def test_an_api_error_gives_status_the_servers_message_and_the_request_id() -> None:
    api = MockApi()
    api.fail("get_request", status=404, headers={"X-Request-Id": "req-42"},
             body={"message": "no such request"})
    result = call(opal_client.mcp.server(api.async_client(max_retries=0)),
                  "requests_get_request", {"id": REQUEST_ID})
    assert result.is_error
    message = text(result)
    assert "404" in message and "status: 404" in message
    assert "request id: req-42" in message
    assert f"/requests/{REQUEST_ID}" in message


def test_a_connection_error_is_a_tool_error() -> None:
    client = opal_client.AsyncClient(base_url="http://127.0.0.1:9/v1", token="t", max_retries=0)
    result = call(opal_client.mcp.server(client), "requests_get_request", {"id": REQUEST_ID})
    assert result.is_error and "127.0.0.1" in text(result)


def test_missing_credentials_are_the_calls_error_not_the_servers(monkeypatch) -> None:
    for name in ("OPAL_API_TOKEN", "OPAL_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
    server = opal_client.mcp.server()
    assert "requests_get_request" in tool_names(server)
    result = call(server, "requests_get_request", {"id": REQUEST_ID})
    assert result.is_error and "OPAL_API_TOKEN" in text(result)


def _answering(status: int, body: Any) -> tuple[opal_client.AsyncClient, list[httpx.Request]]:
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(status, json=body)

    client = opal_client.AsyncClient(base_url="https://api.example.test/v1", token="t",
                                     http_client=httpx.AsyncClient(transport=httpx.MockTransport(answer)))
    return client, sent


def test_an_answer_the_spec_does_not_describe_is_a_success_with_the_body_and_a_note() -> None:
    """The API acted, so it is no tool error; an MCP client refuses structured content that
    breaks the outputSchema, so the body is the JSON text, a note says what broke, and the
    structured content (checked by the SDK's client here) holds the body aside."""
    body = {"id": "x", "reason": 5}
    client, _ = _answering(200, body)
    result = call(opal_client.mcp.server(client), "requests_get_request", {"id": REQUEST_ID})
    assert not result.is_error, text(result)
    answer, note = (block.text for block in result.content)
    assert json.loads(answer) == body
    assert "does not match" in note and "reason: 5 is not of type 'string'" in note
    assert result.structured_content == {
        "off_spec_body": body, "off_spec_problem": "reason: 5 is not of type 'string'"}


def test_a_write_answered_off_spec_is_a_success_so_an_agent_does_not_repeat_it() -> None:
    client, sent = _answering(201, {"id": 7})
    body = {"resources": [], "groups": [], "reason": "need it", "duration_minutes": 60}
    result = call(opal_client.mcp.server(client, allow_writes=True),
                  "requests_create_request", {"body": body})
    assert not result.is_error, text(result)
    assert json.loads(result.content[0].text) == {"id": 7}
    assert result.structured_content["off_spec_body"] == {"id": 7}
    assert [r.method for r in sent] == ["POST"]


def test_an_off_spec_body_whose_schema_names_the_aside_key_gives_empty_structured_content(
) -> None:
    """Structured content must pass the schema, so where the spec itself has a property
    `off_spec_body` the body stays in the text alone (an open object accepts `{}`)."""
    record = {"name": "odd", "wrap": False, "outputSchema": {
        "type": "object", "properties": {"off_spec_body": {"type": "string"}}}}
    tools = opal_server.Tools(MockApi().async_client())
    result = tools.success(record, {"off_spec_body": 5})
    assert not result.is_error and result.structured_content == {}
    assert json.loads(result.content[0].text) == {"off_spec_body": 5}
    assert "does not match" in result.content[1].text


# -- path smuggling: only through the client's own encoding ----------------------------------


@pytest.mark.usefixtures("golden_packages")
def test_path_segments_cannot_be_smuggled_through_an_argument() -> None:
    """`../`, `?` and `#` in a path argument reach the wire only percent-encoded, inside the
    one segment; the kit reads back the value whole, as an argument, and no query."""
    pkg = importlib.import_module("parameters_client")
    mcp = importlib.import_module("parameters_client.mcp")
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={})

    client = pkg.AsyncClient(base_url="https://api.example.test/api",
                             http_client=httpx.AsyncClient(transport=httpx.MockTransport(answer)))
    result = call(mcp.server(client), "items_get_item",
                  {"store_id": "../../admin?x=1#y", "item_id": 3, "x_request_id": "r"})
    assert not result.is_error, text(result)
    (request,) = sent
    assert request.url.host == "api.example.test"
    assert request.url.raw_path == b"/api/stores/..%2F..%2Fadmin%3Fx%3D1%23y/items/3"
    api = importlib.import_module("parameters_client.testing").MockApi()
    result = call(mcp.server(api.async_client()), "items_get_item",
                  {"store_id": "..?x=1#y", "item_id": 3, "x_request_id": "r"})
    assert not result.is_error, text(result)
    (recorded,) = api.calls("getItem")
    assert recorded.path_params == {"storeId": "..?x=1#y", "itemId": 3}
    assert recorded.query == {}


# -- dynamic mode ----------------------------------------------------------------------------


def test_dynamic_mode_lists_three_tools_that_find_describe_and_call() -> None:
    api = MockApi()
    server = opal_client.mcp.server(api.async_client(), tools="dynamic")

    async def scenario(client: McpClient) -> dict[str, Any]:
        listed = [t.name for t in (await client.list_tools()).tools]
        found = await client.call_tool("list_operations", {"search": "request comments"})
        described = await client.call_tool("describe_operation",
                                           {"name": "requests_get_request"})
        called = await client.call_tool("call_operation", {
            "name": "requests_get_request", "arguments": {"id": REQUEST_ID}})
        write = await client.call_tool("call_operation", {
            "name": "requests_create_request", "arguments": {}})
        bad = await client.call_tool("call_operation", {
            "name": "requests_get_request", "arguments": {"id": 1}})
        return {"listed": listed, "found": found, "described": described, "called": called,
                "write": write, "bad": bad}

    out = served(server, scenario)
    assert out["listed"] == ["list_operations", "describe_operation", "call_operation"]
    names = [o["name"] for o in out["found"].structured_content["operations"]]
    assert names == ["requests_get_request_comments"]
    assert out["described"].structured_content["inputSchema"]["required"] == ["id"]
    assert not out["called"].is_error and out["called"].structured_content["id"]
    assert out["write"].is_error and "no operation" in text(out["write"])
    assert out["bad"].is_error and "id: 1 is not of type" in text(out["bad"])
    assert len(api.calls("get_request")) == 1


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """The Opal spec copied 7 times (1,008 operations), generated and imported once."""
    root = tmp_path_factory.mktemp("synth")
    spec = synth.make(7, root)
    write_trees({root / "out": generate(spec, "synth7_client").files})
    sys.path.insert(0, str(root / "out"))
    try:
        yield importlib.import_module("synth7_client.mcp")
    finally:
        sys.path.remove(str(root / "out"))


def test_dynamic_mode_on_a_thousand_operations(synthetic: Any) -> None:
    records = importlib.import_module("synth7_client.mcp._server").records()
    assert len(records) >= 1000
    server = synthetic.server(tools="dynamic", allow_writes=True, exclude=["*syn7*"])

    async def scenario(client: McpClient) -> dict[str, Any]:
        listed = (await client.list_tools()).tools
        every = await client.call_tool("list_operations", {})
        found = await client.call_tool("list_operations", {"search": "create request syn3"})
        return {"listed": listed, "every": every, "found": found}

    out = served(server, scenario)
    assert len(out["listed"]) == 3
    assert sum(len(t.model_dump_json()) for t in out["listed"]) < 2_000
    count = out["every"].structured_content["count"]
    assert count == len([r for r in records if "syn7" not in r["name"]])
    names = [o["name"] for o in out["found"].structured_content["operations"]]
    assert "requests_create_request_syn3" in names and all("syn3" in n for n in names)


# -- every package starts and lists its tools ------------------------------------------------


@pytest.mark.usefixtures("golden_packages")
@pytest.mark.parametrize("case", GOLDEN_CASES)
def test_every_golden_package_serves_its_tools(case: str) -> None:
    mcp = importlib.import_module(f"{case}_client.mcp")
    records = importlib.import_module(f"{case}_client.mcp._server").records()
    api = importlib.import_module(f"{case}_client.testing").MockApi()
    listed = tool_names(mcp.server(api.async_client(), allow_writes=True))
    assert sorted(listed) == sorted(r["name"] for r in records) and listed


@pytest.mark.parametrize("package", [opal_client, oracle_ag_client])
def test_both_vendored_packages_serve_their_tools(package: Any) -> None:
    mcp = importlib.import_module(f"{package.__name__}.mcp")
    records = importlib.import_module(f"{package.__name__}.mcp._server").records()
    listed = tool_names(mcp.server(allow_writes=True))
    assert len(listed) == len(records) > 50
    assert Path(package.__file__).parent.joinpath("mcp", "_tools.py").is_file()
