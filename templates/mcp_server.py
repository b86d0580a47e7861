"""The package's API as a Model Context Protocol server: one tool per operation, called
through the package's own client (its environment variables, retries, paging, errors).

Hand-written, copied unchanged into every package as `mcp/_server.py` (clientgen's
templates/mcp_server.py); what differs per API is the tool table in `mcp/_tools.py`, one
JSON record per operation that the generator built from the spec. It needs the official
MCP SDK (`pip install "<pkg>[mcp]"`), which brings jsonschema: every argument is checked
against the tool's inputSchema before a request is sent, and every failure is a tool
error (`isError`) that leaves the server running.
"""

from __future__ import annotations

import argparse
import fnmatch
import functools
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

import anyio
import anyio.to_thread
import mcp.types as types
from mcp.server.lowlevel import Server
from mcp.server.stdio import stdio_server

from .. import _runtime as _rt
from .._version import __version__
from ..client import AsyncClient, Client
from . import _tools

__all__ = ["main", "server"]

PACKAGE = __name__.rsplit(".", 2)[0]
READ_METHODS = ("GET", "HEAD", "OPTIONS")
DEFAULT_MAX_ITEMS = 1000
_SUMMARY = 160  # characters of a description that list_operations shows
OFF_SPEC = "off_spec_body"  # where a success's structured content holds a body off its spec


def server(client: Client | AsyncClient | None = None, *, allow_writes: bool = False,
           tools: str = "static", include: Iterable[str] = (),
           exclude: Iterable[str] = ()) -> Server[Any]:
    """The MCP server for this API. `client`: the client its tools call (default: an
    AsyncClient built from the environment at the first call); `allow_writes`: list the
    operations that are not GET/HEAD/OPTIONS too; `tools`: "static" (one tool per
    operation) or "dynamic" (list_operations, describe_operation, call_operation);
    `include` / `exclude`: shell-style patterns on group or tool names."""
    return Tools(client, allow_writes=allow_writes, tools=tools, include=include,
                 exclude=exclude).server


def records() -> list[dict[str, Any]]:
    """Every operation's tool record, as the generator wrote it."""
    return [json.loads(text) for text in _tools.TOOLS]


def selected(all_records: Iterable[dict[str, Any]], *, allow_writes: bool,
             include: Sequence[str], exclude: Sequence[str]) -> list[dict[str, Any]]:
    """The records the server offers: reads only unless `allow_writes`, then the filters."""

    def matches(record: dict[str, Any], patterns: Sequence[str]) -> bool:
        return any(fnmatch.fnmatchcase(name, pattern) for pattern in patterns
                   for name in (record["group"], record["name"]))

    return [r for r in all_records
            if (allow_writes or r["http"] in READ_METHODS)
            and (not include or matches(r, include)) and not matches(r, exclude)]


class Tools:
    """The state of one server: its tools, their validators, and the client they call."""

    def __init__(self, client: Client | AsyncClient | None = None, *, allow_writes: bool = False,
                 tools: str = "static", include: Iterable[str] = (),
                 exclude: Iterable[str] = ()) -> None:
        if tools not in ("static", "dynamic"):
            raise ValueError(f"tools must be 'static' or 'dynamic', not {tools!r}")
        self.allow_writes = allow_writes
        self.dynamic = tools == "dynamic"
        chosen = selected(records(), allow_writes=allow_writes, include=tuple(include),
                          exclude=tuple(exclude))
        self.records = {r["name"]: r for r in chosen}
        self._client = client
        self._owned: AsyncClient | None = None
        self._validators: dict[tuple[str, str], Any] = {}
        self.listed = self._meta_tools() if self.dynamic else [_tool(r) for r in chosen]
        self.server: Server[Any] = Server(
            PACKAGE, version=__version__, instructions=_tools.INSTRUCTIONS,
            on_list_tools=self._list_tools, on_call_tool=self._call_tool)

    async def aclose(self) -> None:
        """Close the client the server built itself (one passed in stays open)."""
        if self._owned is not None:
            await self._owned.aclose()
            self._owned = None

    # -- MCP handlers ------------------------------------------------------------------------

    async def _list_tools(self, ctx: Any,
                          params: types.PaginatedRequestParams | None) -> types.ListToolsResult:
        return types.ListToolsResult(tools=self.listed)

    async def _call_tool(self, ctx: Any,
                         params: types.CallToolRequestParams) -> types.CallToolResult:
        arguments = dict(params.arguments or {})
        try:
            if self.dynamic:
                return await self._call_meta(params.name, arguments)
            record = self.records.get(params.name)
            if record is None:
                return error(f"unknown tool {params.name!r}")
            return await self.call(record, arguments)
        except Exception as exc:  # a tool call fails alone; the server goes on
            return error(f"{type(exc).__name__}: {exc}")

    # -- calling an operation ------------------------------------------------------------------

    async def call(self, record: dict[str, Any], arguments: dict[str, Any]) -> types.CallToolResult:
        """Check the arguments, call the client's method, return the decoded body."""
        problem = self.check(record, "inputSchema", arguments)
        if problem is not None:
            return error(f"invalid arguments for {record['name']}: {problem}")
        kwargs = dict(arguments)
        paging = record.get("paging")
        all_pages, max_items = False, DEFAULT_MAX_ITEMS
        if paging is not None:  # else an argument of those names is the operation's own
            all_pages = bool(kwargs.pop("all_pages", False))
            max_items = int(kwargs.pop("max_items", DEFAULT_MAX_ITEMS))
        if all_pages and paging is not None and paging.get("token") in kwargs:
            return error(f"invalid arguments for {record['name']}: {paging['token']} "
                         "(a page's token) cannot be combined with all_pages")
        try:
            client = self.client()
            group = getattr(client, record["group"])
            if all_pages and paging is not None:
                items, truncated = await _every_item(
                    getattr(group, paging["iterator"]), kwargs, max_items,
                    isinstance(client, AsyncClient))
                structured = {paging["items"]: _rt.to_wire(items), "truncated": truncated}
                return self.success(record, structured, wrapped=True)
            value = await _one(getattr(group, record["method"]), kwargs,
                               isinstance(client, AsyncClient))
        except _rt.ApiError as exc:
            return error(api_error_text(exc))
        except _rt.ClientError as exc:  # connection errors, missing credentials
            return error(str(exc))
        return self.success(record, _rt.to_wire(value))

    def client(self) -> Client | AsyncClient:
        """The client passed in, else one built from the environment on first use (so the
        tools list without credentials, and a missing one is the call's error)."""
        if self._client is not None:
            return self._client
        if self._owned is None:
            self._owned = AsyncClient()
        return self._owned

    def success(self, record: dict[str, Any], data: Any,
                wrapped: bool = False) -> types.CallToolResult:
        """The decoded body as JSON text and as structured content. A 2xx answer is never a
        tool error (the API acted: an agent told otherwise may repeat a write); a body the
        outputSchema does not describe, which an MCP client would refuse as structured
        content, is the text with a note, and the structured content holds it aside under
        OFF_SPEC, which the schema's open objects accept."""
        text = data if isinstance(data, str) and "outputSchema" not in record \
            else json.dumps(data, ensure_ascii=False, default=str)
        if "outputSchema" not in record:
            return types.CallToolResult(content=[types.TextContent(type="text", text=text)])
        structured = data if wrapped or not record.get("wrap") else {"result": data}
        text = json.dumps(structured, ensure_ascii=False, default=str)
        problem = self.check(record, "outputSchema", structured)
        if problem is None:
            return types.CallToolResult(content=[types.TextContent(type="text", text=text)],
                                        structured_content=structured)
        aside: dict[str, Any] = {OFF_SPEC: structured, "off_spec_problem": problem}
        if self.check(record, "outputSchema", aside) is not None:  # the spec uses those names
            aside = {}
        note = (f"Note: the API answered with success, but its body does not match this "
                f"tool's outputSchema ({problem}); the text above is the body as received"
                + (f", and the structured content holds it under {OFF_SPEC!r}." if aside
                   else "."))
        return types.CallToolResult(content=[types.TextContent(type="text", text=text),
                                             types.TextContent(type="text", text=note)],
                                    structured_content=aside)

    def check(self, record: dict[str, Any], which: str, value: Any) -> str | None:
        """The first way `value` breaks the record's schema, naming where; None if none."""
        # imported at the first check, not at start-up: the first tools/list does not wait for it
        import jsonschema  # type: ignore[import-untyped, unused-ignore]  # (no py.typed)

        key = (record["name"], which)
        validator = self._validators.get(key)
        if validator is None:
            schema = record[which]
            checker = jsonschema.FormatChecker() if which == "inputSchema" else None
            validator = jsonschema.Draft202012Validator(schema, format_checker=checker)
            self._validators[key] = validator
        found = jsonschema.exceptions.best_match(validator.iter_errors(value))
        if found is None:
            return None
        where = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in found.absolute_path)
        return f"{where.lstrip('.') or 'arguments'}: {found.message}"

    # -- dynamic mode ------------------------------------------------------------------------

    def _meta_tools(self) -> list[types.Tool]:
        read = types.ToolAnnotations(read_only_hint=True, destructive_hint=False,
                                     idempotent_hint=True)
        return [
            types.Tool(
                name="list_operations",
                description=f"List the operations of {_tools.TITLE} this server offers "
                            "(name and summary); `search`: words that must all appear.",
                input_schema={"type": "object", "additionalProperties": False, "properties": {
                    "search": {"type": "string", "description": "Words to look for."}}},
                annotations=read),
            types.Tool(
                name="describe_operation",
                description="An operation's description and input schema: the arguments "
                            "call_operation takes for it.",
                input_schema={"type": "object", "additionalProperties": False,
                              "required": ["name"],
                              "properties": {"name": {"type": "string"}}},
                annotations=read),
            types.Tool(
                name="call_operation",
                description="Call an operation by name with its arguments (see "
                            "describe_operation).",
                input_schema={"type": "object", "additionalProperties": False,
                              "required": ["name"], "properties": {
                                  "name": {"type": "string"},
                                  "arguments": {"type": "object"}}},
                annotations=types.ToolAnnotations(
                    read_only_hint=not self.allow_writes, destructive_hint=self.allow_writes,
                    idempotent_hint=not self.allow_writes)),
        ]

    async def _call_meta(self, name: str, arguments: dict[str, Any]) -> types.CallToolResult:
        if name == "list_operations":
            search = arguments.get("search", "")
            if not isinstance(search, str):
                return error("invalid arguments for list_operations: search: not a string")
            words = search.lower().split()
            found = [{"name": r["name"], "summary": _summary(r["description"]),
                      "readOnly": r["http"] in READ_METHODS}
                     for r in self.records.values()
                     if all(w in f"{r['name']} {r['description']}".lower() for w in words)]
            return _json_result({"operations": found, "count": len(found)})
        operation = arguments.get("name")
        record = self.records.get(operation) if isinstance(operation, str) else None
        if name not in ("describe_operation", "call_operation"):
            return error(f"unknown tool {name!r}")
        if record is None:
            return error(f"invalid arguments for {name}: name: no operation {operation!r} "
                         "(list_operations lists them)")
        if name == "describe_operation":
            shown = ("name", "description", "inputSchema", "outputSchema", "annotations")
            described: dict[str, Any] = {k: record[k] for k in shown if k in record}
            return _json_result(described)
        given = arguments.get("arguments", {})
        if not isinstance(given, dict):
            return error("invalid arguments for call_operation: arguments: not an object")
        return await self.call(record, given)


async def _one(method: Callable[..., Any], kwargs: dict[str, Any], is_async: bool) -> Any:
    if is_async:
        return await method(**kwargs)
    return await anyio.to_thread.run_sync(functools.partial(method, **kwargs))


async def _every_item(iterator: Callable[..., Any], kwargs: dict[str, Any], max_items: int,
                      is_async: bool) -> tuple[list[Any], bool]:
    """Up to `max_items` items of every page, and whether more were left."""
    items: list[Any] = []
    if is_async:
        async for item in iterator(**kwargs):
            if len(items) == max_items:
                return items, True
            items.append(item)
        return items, False

    def collect() -> tuple[list[Any], bool]:
        for item in iterator(**kwargs):
            if len(items) == max_items:
                return items, True
            items.append(item)
        return items, False

    return await anyio.to_thread.run_sync(collect)


def api_error_text(exc: _rt.ApiError) -> str:
    """The error's message (method, path, status, the server's explanation, request id),
    then status and request id on their own so an agent need not parse them out."""
    text = f"{exc}\nstatus: {exc.status_code}"
    if exc.request_id:
        text += f"\nrequest id: {exc.request_id}"
    return text


def error(text: str) -> types.CallToolResult:
    return types.CallToolResult(content=[types.TextContent(type="text", text=text)],
                                is_error=True)


def _json_result(data: Mapping[str, Any]) -> types.CallToolResult:
    text = json.dumps(data, ensure_ascii=False)
    return types.CallToolResult(content=[types.TextContent(type="text", text=text)],
                                structured_content=dict(data))


def _summary(description: str) -> str:
    first = description.split("\n\n", 1)[0]
    return first if len(first) <= _SUMMARY else first[:_SUMMARY - 1].rstrip() + "\u2026"


def _tool(record: dict[str, Any]) -> types.Tool:
    hints = record["annotations"]
    return types.Tool(
        name=record["name"], description=record["description"],
        input_schema=record["inputSchema"], output_schema=record.get("outputSchema"),
        annotations=types.ToolAnnotations(
            read_only_hint=hints["readOnlyHint"], destructive_hint=hints["destructiveHint"],
            idempotent_hint=hints["idempotentHint"]))


# -- the command line ----------------------------------------------------------------------


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog=f"python -m {PACKAGE}.mcp",
        description=f"Serve {_tools.TITLE} to AI agents as a Model Context Protocol server. "
                    "Base URL and credentials come from the client's environment variables.")
    p.add_argument("--transport", choices=("stdio", "http"), default="stdio",
                   help="stdio (default) or streamable HTTP")
    p.add_argument("--host", default="127.0.0.1", help="with --transport http (127.0.0.1)")
    p.add_argument("--port", type=int, default=8000, help="with --transport http (8000)")
    p.add_argument("--allow-writes", action="store_true",
                   help="offer operations other than GET/HEAD/OPTIONS too")
    p.add_argument("--tools", choices=("static", "dynamic"), default="static",
                   help="one tool per operation (static), or three to find and call them")
    p.add_argument("--include", action="append", default=[], metavar="PATTERN",
                   help="only groups or tools matching this shell-style pattern (repeatable)")
    p.add_argument("--exclude", action="append", default=[], metavar="PATTERN",
                   help="leave out groups or tools matching this pattern (repeatable)")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    tools = Tools(allow_writes=args.allow_writes, tools=args.tools, include=args.include,
                  exclude=args.exclude)
    if args.transport == "stdio":
        anyio.run(_serve_stdio, tools)
    else:
        anyio.run(_serve_http, tools, args.host, args.port)
    return 0


async def _serve_stdio(tools: Tools) -> None:
    try:
        async with stdio_server() as (read, write):
            await tools.server.run(read, write, tools.server.create_initialization_options())
    finally:
        await tools.aclose()


async def _serve_http(tools: Tools, host: str, port: int) -> None:
    import uvicorn

    app = tools.server.streamable_http_app(host=host)
    try:
        await uvicorn.Server(uvicorn.Config(app, host=host, port=port, log_level="warning")).serve()
    finally:
        await tools.aclose()
