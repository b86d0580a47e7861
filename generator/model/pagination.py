"""Find the operations that page, by the rules of the spec's pagination config.

Two general schemes; the names each API uses for them are the spec's, never the generator's:
- cursor: a query parameter (`param`) takes the token the success body holds in a string
  field (`token`), and one array property of the body (`items`, or the only one) holds the
  items;
- header: a query parameter (`param`) takes the token a response header (`header`) holds,
  the items in the body's `items` array or the body itself.
A config (specs/<name>/pagination.json, named by the spec's `pagination` in specs/lock.json)
gives `detect`: rules, each a scheme with its names, tried in order on every operation; and
`operations`: an operation's paging by operationId, or null for none, which wins over
detection. A config without `detect`, or no config at all, detects by CONVENTIONS; a config
whose `detect` is empty detects nothing.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any, Literal

from generator.diagnostics import Diagnostic, Sink, SpecError
from generator.model import ir


@dataclasses.dataclass(frozen=True)
class Rule:
    """One scheme with the names an API uses for it (see the module docstring)."""

    scheme: Literal["cursor", "header"]
    param: str
    items: str | None = None
    tokens: tuple[str, ...] = ()  # cursor: the body fields that may hold the next token
    header: str | None = None  # header: the response header holding it, lowercase


# What a spec without its own `detect` rules is read by: the two conventions of token paging
# seen most (a `cursor` parameter and the next cursor in the body; OCI's `opc-next-page`
# header sent back as `page`), so a spec generated without a config still pages the usual way.
CONVENTIONS = (
    Rule("cursor", "cursor", tokens=("next", "cursor")),
    Rule("header", "page", items="items", header="opc-next-page"),
)


def read_config(path: Path) -> dict[str, Any]:
    """The pagination config in the JSON file `path`: {"detect": [rule, ...], "operations":
    {operationId: entry or null}}, each key optional; SpecError when it is not one."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise _bad(f"cannot read the pagination config: {exc}", str(path)) from None
    if not isinstance(data, dict) or not isinstance(data.get("operations", {}), dict) \
            or not isinstance(data.get("detect", []), list):
        raise _bad('expected {"detect": [rule, ...], "operations": {operationId: ...}}',
                   str(path))
    config: dict[str, Any] = {"operations": dict(data.get("operations", {}))}
    if "detect" in data:
        config["detect"] = list(data["detect"])
    return config


def with_paging(api: ir.Api, config: dict[str, Any] | None = None,
                sink: Sink | None = None, source: str = "pagination config") -> ir.Api:
    """The same Api with `paging` set on every operation that pages by `config`.

    `config` is the spec's pagination config: {"detect": [rule, ...], "operations":
    {operationId: entry or null}}; an entry adds what detection misses or, with null, turns
    an operation's paging off; it wins over detection.
    """
    config = config or {}
    overrides = config.get("operations") or {}
    rules = [_rule(entry, f"detect[{index}]", source)
             for index, entry in enumerate(config["detect"])] if "detect" in config \
        else list(CONVENTIONS)
    known = {op.operation_id for op in api.operations}
    for name in sorted(set(overrides) - known):
        if sink is not None:
            sink.warn("pagination-unknown-operation",
                      f"pagination config names {name!r}, which is not an operationId", source)
    operations = tuple(
        _with_body(dataclasses.replace(
            op, paging=_configured(op, overrides[op.operation_id], api, source)
            if op.operation_id in overrides else detect(op, api.definitions, rules)))
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


def _rule(entry: Any, where: str, source: str) -> Rule:
    """A config entry as a rule; SpecError saying what it lacks."""
    scheme = entry.get("scheme") if isinstance(entry, dict) else None
    param = entry.get("param") if isinstance(entry, dict) else None
    if scheme not in ("cursor", "header") or not isinstance(param, str):
        raise _bad(f"{where}: needs \"scheme\" (cursor or header) and \"param\" (the query "
                   "parameter that takes the token)", source)
    assert isinstance(entry, dict)
    items = entry.get("items") if isinstance(entry.get("items"), str) else None
    if scheme == "cursor":
        token = entry.get("token", "next")
        tokens = (token,) if isinstance(token, str) else token
        if not isinstance(tokens, list | tuple) or not tokens \
                or not all(isinstance(t, str) for t in tokens):
            raise _bad(f"{where}: \"token\" is the body field holding the next token (a "
                       "name, or a list of names)", source)
        return Rule(scheme, param, items, tokens=tuple(tokens))
    header = entry.get("header")
    if not isinstance(header, str):
        raise _bad(f"{where}: needs \"header\" (the response header holding the next token)",
                   source)
    return Rule(scheme, param, items, header=header.lower())


def _bad(message: str, source: str) -> SpecError:
    return SpecError([Diagnostic("error", "bad-pagination-config", message, source)])


def _configured(op: ir.Operation, entry: Any, api: ir.Api, source: str) -> ir.Paging | None:
    """An operation's paging as the config states it (items typed from the body if it can)."""
    if entry is None:
        return None
    rule = _rule(entry, f"{op.operation_id}", source)
    success = next((r for r in op.responses if r.is_success and r.type is not None), None)
    obj = _object(success.type, api.definitions) if success else None
    item_type: ir.Type = ir.AnyType()
    for prop in obj.properties if obj else ():
        array = ir.without_null(prop.type)
        if prop.wire_name == rule.items and isinstance(array, ir.ArrayType):
            item_type = array.items
    if rule.scheme == "cursor":
        return ir.Paging("cursor", rule.param, rule.items, item_type,
                         token_field=rule.tokens[0])
    return ir.Paging("header", rule.param, rule.items, item_type, token_header=rule.header)


def detect(op: ir.Operation, definitions: dict[str, ir.Definition],
           rules: list[Rule]) -> ir.Paging | None:
    """The paging of the first rule `op`'s shape fits, if any."""
    query = {p.wire_name for p in op.parameters if p.location == "query"}
    success = next((r for r in op.responses if r.is_success and r.type is not None), None)
    if success is None or success.type is None:
        return None
    body = ir.without_null(success.type)
    for rule in rules:
        if rule.param not in query:
            continue
        if rule.scheme == "cursor":
            paging = _cursor(rule, _object(body, definitions))
        elif rule.header in success.headers:
            paging = _header(rule, body, _object(body, definitions))
        else:
            paging = None
        if paging is not None:
            return paging
    return None


def _cursor(rule: Rule, obj: ir.ObjectDef | None) -> ir.Paging | None:
    """Cursor paging when the body has a plain string token field and the items array."""
    if obj is None:
        return None
    props = {p.wire_name: ir.without_null(p.type) for p in obj.properties}
    token = next((f for f in rule.tokens if isinstance(t := props.get(f), ir.Primitive)
                  and t.kind == "string"), None)
    found = _items(rule, props)
    if token is None or found is None:
        return None
    return ir.Paging("cursor", rule.param, found[0], found[1], token_field=token)


def _header(rule: Rule, body: ir.Type, obj: ir.ObjectDef | None) -> ir.Paging | None:
    """Header paging when the body is the array of items, or holds it."""
    if isinstance(body, ir.ArrayType):
        return ir.Paging("header", rule.param, None, body.items, token_header=rule.header)
    if obj is None:
        return None
    found = _items(rule, {p.wire_name: ir.without_null(p.type) for p in obj.properties})
    if found is None:
        return None
    return ir.Paging("header", rule.param, found[0], found[1], token_header=rule.header)


def _items(rule: Rule, props: dict[str, ir.Type]) -> tuple[str, ir.Type] | None:
    """The items array: the property the rule names, else the body's only array."""
    arrays = [(name, t.items) for name, t in props.items() if isinstance(t, ir.ArrayType)
              and (rule.items is None or name == rule.items)]
    return arrays[0] if len(arrays) == 1 else None


def _object(t: ir.Type | None, definitions: dict[str, ir.Definition]) -> ir.ObjectDef | None:
    t = ir.without_null(t) if t is not None else None
    if isinstance(t, ir.Ref):
        definition = definitions[t.key]
        return definition if isinstance(definition, ir.ObjectDef) else None
    return None
