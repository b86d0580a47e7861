"""Find the operations that page, from the shape of their parameters and responses.

Two schemes are recognised (the ones our users' APIs use); anything else is left as a
plain operation rather than guessed:
- cursor: a `cursor` query parameter, and a success body with a string `next` (or
  `cursor`) and exactly one array property holding the items (Opal);
- header: a `page` query parameter and an `opc-next-page` response header, the items in
  the body's `items` array or the body itself (Oracle and other OCI-style APIs).
"""

from __future__ import annotations

import dataclasses
from typing import Any

from generator.diagnostics import Diagnostic, Sink, SpecError
from generator.model import ir

CURSOR_PARAM = "cursor"
CURSOR_FIELDS = ("next", "cursor")
PAGE_PARAM = "page"
PAGE_HEADER = "opc-next-page"


def with_paging(api: ir.Api, overrides: dict[str, Any] | None = None,
                sink: Sink | None = None, source: str = "pagination config") -> ir.Api:
    """The same Api with `paging` set on every operation that pages.

    `overrides` (a spec's pagination config, by operationId) adds what detection misses or,
    with null, turns an operation's paging off; it wins over detection.
    """
    overrides = overrides or {}
    known = {op.operation_id for op in api.operations}
    for name in sorted(set(overrides) - known):
        if sink is not None:
            sink.warn("pagination-unknown-operation",
                      f"pagination config names {name!r}, which is not an operationId", source)
    operations = tuple(
        _with_body(dataclasses.replace(
            op, paging=_configured(op, overrides[op.operation_id], api, source)
            if op.operation_id in overrides else detect(op, api.definitions)))
        for op in api.operations
    )
    return dataclasses.replace(api, operations=operations)


def _with_body(op: ir.Operation) -> ir.Operation:
    """A paged operation's answer holds its items, so a response the call returns that
    declares no content (Oracle's transcription lost the schemas: a bare 200, or only a
    bare `default`) is JSON of unknown shape. Said once here, the view, the runtime's
    response table and the test kit all read it as a body; 204 and 205 never have one."""
    if op.paging is None:
        return op
    returned = {r.status for r in op.responses if r.is_success} or {"default"}
    responses = tuple(
        dataclasses.replace(r, kind="json", type=ir.AnyType())
        if r.kind == "empty" and r.status in returned and r.status not in ("204", "205")
        else r for r in op.responses)
    return dataclasses.replace(op, responses=responses)


def _configured(op: ir.Operation, entry: Any, api: ir.Api, source: str) -> ir.Paging | None:
    """An operation's paging as the config states it (items typed from the body if it can)."""
    if entry is None:
        return None
    scheme = entry.get("scheme") if isinstance(entry, dict) else None
    param = entry.get("param") if isinstance(entry, dict) else None
    if scheme not in ("cursor", "header") or not isinstance(param, str):
        raise SpecError([Diagnostic(
            "error", "bad-pagination-config", f"{op.operation_id}: needs \"scheme\" "
            "(cursor or header) and \"param\" (the query parameter that takes the token)",
            source)])
    items = entry.get("items") if isinstance(entry.get("items"), str) else None
    success = next((r for r in op.responses if r.is_success and r.type is not None), None)
    obj = _object(_strip(success.type), api.definitions) if success else None
    item_type: ir.Type = ir.AnyType()
    for prop in obj.properties if obj else ():
        if prop.wire_name == items and isinstance(_strip(prop.type), ir.ArrayType):
            item_type = _strip(prop.type).items  # type: ignore[union-attr]
    if scheme == "cursor":
        token = entry.get("token") if isinstance(entry.get("token"), str) else "next"
        return ir.Paging("cursor", param, items, item_type, token_field=token)
    header = entry.get("header") if isinstance(entry.get("header"), str) else PAGE_HEADER
    return ir.Paging("header", param, items, item_type, token_header=header.lower())


def detect(op: ir.Operation, definitions: dict[str, ir.Definition]) -> ir.Paging | None:
    query = {p.wire_name for p in op.parameters if p.location == "query"}
    success = next((r for r in op.responses if r.is_success and r.type is not None), None)
    if success is None:
        return None
    body = _strip(success.type)
    if CURSOR_PARAM in query:
        obj = _object(body, definitions)
        if obj is None:
            return None
        props = {p.wire_name: _strip(p.type) for p in obj.properties}
        token = next((f for f in CURSOR_FIELDS
                      if isinstance(props.get(f), ir.Primitive)
                      and props[f] == ir.Primitive("string", props[f].format)), None)  # type: ignore[union-attr]
        arrays = [(name, t) for name, t in props.items() if isinstance(t, ir.ArrayType)]
        if token and len(arrays) == 1:
            name, array = arrays[0]
            assert isinstance(array, ir.ArrayType)
            return ir.Paging("cursor", CURSOR_PARAM, name, array.items, token_field=token)
    if PAGE_PARAM in query and PAGE_HEADER in success.headers:
        if isinstance(body, ir.ArrayType):
            return ir.Paging("header", PAGE_PARAM, None, body.items, token_header=PAGE_HEADER)
        obj = _object(body, definitions)
        items = next((p for p in obj.properties if p.wire_name == "items"), None) if obj else None
        if items is not None and isinstance(_strip(items.type), ir.ArrayType):
            array = _strip(items.type)
            assert isinstance(array, ir.ArrayType)
            return ir.Paging("header", PAGE_PARAM, "items", array.items,
                             token_header=PAGE_HEADER)
    return None


def _strip(t: ir.Type | None) -> ir.Type | None:
    return t.inner if isinstance(t, ir.Nullable) else t


def _object(t: ir.Type | None, definitions: dict[str, ir.Definition]) -> ir.ObjectDef | None:
    if isinstance(t, ir.Ref):
        definition = definitions[t.key]
        return definition if isinstance(definition, ir.ObjectDef) else None
    return None
