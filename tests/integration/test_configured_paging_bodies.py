"""An operation that specs/oracle/pagination.json names pages through its body's items, even
where the spec declares no content for it (Oracle's transcription lost the schema: twelve
operations declare only a `default` without content). Its body is decoded JSON in every
form of the call; an operation that truly declares no content still returns None."""

from __future__ import annotations

import asyncio
import json
import typing
from pathlib import Path
from typing import Any

import pytest

from generator.names.identifiers import snake_case
from oracle_ag_client.testing import MockApi

CONFIG = Path(__file__).resolve().parents[2] / "specs" / "oracle" / "pagination.json"
CONFIGURED = sorted(json.loads(CONFIG.read_text(encoding="utf-8"))["operations"])
PAGES = [[{"id": "a"}], [{"id": "b"}, {"id": "c"}]]
BODY = {"items": [{"id": "d1"}]}


def _call(api: MockApi, client: Any, operation_id: str, suffix: str = "",
          raw: bool = False) -> Any:
    """The operation's method (`suffix` "_iter" for its pages) called with its required
    path parameters, which are all strings in these operations."""
    group, method = api.operation(operation_id).method_name.split(".")
    owner = getattr(client, group)
    owner = owner.with_raw_response if raw else owner
    required = {snake_case(p.name): "x1" for p in api.operation(operation_id).params
                if p.required}
    return getattr(owner, method + suffix)(**required)


def _wire(items: list[Any]) -> list[Any]:
    return [item if isinstance(item, dict) else item.to_dict() for item in items]


def test_the_config_names_the_twelve_operations_that_declare_only_a_default() -> None:
    api = MockApi()
    default_only = [name for name in CONFIGURED
                    if [r.status for r in api.operation(name).replies] == ["default"]]
    assert len(default_only) == 12 and "GetCampaignDomains" in default_only


@pytest.mark.parametrize("operation_id", CONFIGURED)
def test_iter_yields_the_items_of_every_page(operation_id: str) -> None:
    api = MockApi()
    api.respond_pages(operation_id, PAGES)
    items = list(_call(api, api.client(), operation_id, "_iter"))
    assert _wire(items) == [{"id": "a"}, {"id": "b"}, {"id": "c"}]
    assert [c.query.get("page") for c in api.calls(operation_id)] == [None, ["page-2"]]


@pytest.mark.parametrize("operation_id", CONFIGURED)
def test_async_iter_yields_the_items_of_every_page(operation_id: str) -> None:
    api = MockApi()
    api.respond_pages(operation_id, PAGES)

    async def scenario() -> list[Any]:
        async with api.async_client() as client:
            return [item async for item in _call(api, client, operation_id, "_iter")]

    assert _wire(asyncio.run(scenario())) == [{"id": "a"}, {"id": "b"}, {"id": "c"}]


@pytest.mark.parametrize("operation_id", CONFIGURED)
def test_the_plain_and_raw_calls_return_the_body(operation_id: str) -> None:
    api = MockApi()
    api.respond(operation_id, BODY)
    client = api.client()
    assert _body(_call(api, client, operation_id)) == BODY
    assert _body(_call(api, client, operation_id, raw=True).parsed) == BODY


@pytest.mark.parametrize("operation_id", CONFIGURED)
def test_the_async_plain_and_raw_calls_return_the_body(operation_id: str) -> None:
    api = MockApi()
    api.respond(operation_id, BODY)

    async def scenario() -> tuple[Any, Any]:
        async with api.async_client() as client:
            plain = await _call(api, client, operation_id)
            raw = await _call(api, client, operation_id, raw=True)
            return plain, raw.parsed

    assert [_body(b) for b in asyncio.run(scenario())] == [BODY, BODY]


def _body(parsed: Any) -> Any:
    return parsed if isinstance(parsed, dict) or parsed is None else parsed.to_dict()


@pytest.mark.parametrize("operation_id", CONFIGURED)
def test_the_method_is_typed_as_returning_the_body(operation_id: str) -> None:
    api = MockApi()
    group, method = api.operation(operation_id).method_name.split(".")
    owner = type(getattr(api.client(), group))
    assert typing.get_type_hints(getattr(owner, method))["return"] is not type(None)


def test_an_operation_without_content_the_config_does_not_name_still_returns_none() -> None:
    """UpdateCampaign, like the configured ones, declares only a `default` without
    content; nothing says a body holds anything, so the call returns None, typed None."""
    api = MockApi()
    api.respond("UpdateCampaign", {"id": "c1"}, status=200)
    client = api.client()
    owner = type(client.campaigns)
    assert typing.get_type_hints(owner.update_campaign)["return"] is type(None)
    assert client.campaigns.update_campaign(campaign_id="c1") is None


PAGED_SPEC = """
openapi: 3.0.3
info: {title: Paged, version: "1"}
paths:
  /things:
    get:
      operationId: listThings
      parameters: [{name: page, in: query, schema: {type: string}}]
      responses:
        default: {description: the things}
    post:
      operationId: touchThings
      responses:
        default: {description: nothing}
  /others:
    get:
      operationId: listOthers
      parameters: [{name: page, in: query, schema: {type: string}}]
      responses:
        "200": {description: the others}
        "204": {description: none at all}
        default:
          description: error
          content:
            application/json: {schema: {type: object}}
"""


def test_the_ir_says_once_that_a_paged_body_is_json(tmp_path: Path) -> None:
    """The config's knowledge reaches the IR: the response a paged call returns becomes
    JSON of unknown shape (204 keeps no body, an error `default` is left as declared); an
    operation the config does not name keeps its `default` without content."""
    from generator.diagnostics import Sink
    from generator.model.ir import AnyType
    from generator.model.resolve import load_api

    (tmp_path / "paged.yaml").write_text(PAGED_SPEC, encoding="utf-8")
    entry = {"scheme": "header", "param": "page", "header": "opc-next-page", "items": "items"}
    api = load_api(tmp_path / "paged.yaml", Sink(),
                   {"operations": {"listThings": entry, "listOthers": entry}})
    responses = {op.operation_id: [(r.status, r.kind, r.type) for r in op.responses]
                 for op in api.operations}
    assert responses["listThings"] == [("default", "json", AnyType())]
    assert responses["touchThings"] == [("default", "empty", None)]
    assert responses["listOthers"][:2] == [("200", "json", AnyType()), ("204", "empty", None)]
    assert responses["listOthers"][2][:2] == ("default", "json")
