"""`<pkg>/mcp/_tools.py`: each operation as an MCP tool, decided here from the IR and names.

One record per operation: the tool's name (`<group>_<method>`, cut to 64 characters with a
stable hash), its description (summary and description, bounded), its inputSchema (the
method's arguments by their Python names, `body`, and `all_pages` / `max_items` where it
pages), its outputSchema where the success body is JSON, its annotations, and what the
server needs to call it (group, method, iterator). Schemas are JSON Schema 2020-12 with every
`$ref` inlined down to a depth bound; a recursive or too deep schema is cut to an open one.
Each record reaches the package as the literal of its JSON text (`literal()`), so spec text
never ends a string there; the hand-written server (templates/mcp_server.py) parses it.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from generator.emit.escape import literal, printable
from generator.emit.methods import grouped
from generator.model import ir
from generator.names.assign import Names, OperationNames

MAX_NAME = 64  # what MCP clients accept as a tool name
MAX_DESCRIPTION = 1024  # a tool's description, in characters (agents read every one)
MAX_FIELD_DESCRIPTION = 200  # a parameter's or body field's description
MAX_DEPTH = 6  # definitions inlined inside one another before a schema is cut open
MAX_NODES = 1_500  # schema nodes per tool before the rest is cut open
DEFAULT_MAX_ITEMS = 1000
_READ = ("GET", "HEAD", "OPTIONS")
_IDEMPOTENT = (*_READ, "PUT", "DELETE")
_PAGING_ARGUMENTS = ("all_pages", "max_items")


@dataclass(frozen=True)
class ToolTable:
    entries: list[str]  # one literal of a tool's JSON text per operation


def tool_table(api: ir.Api, names: Names) -> ToolTable:
    """The tools of every operation, in the order of the group modules."""
    taken: set[str] = set()
    entries = []
    for operations in grouped(api, names).values():
        for op, op_names in operations:
            record = tool_record(op, op_names, api, taken)
            entries.append(literal(json.dumps(record, ensure_ascii=True, sort_keys=True,
                                              separators=(",", ":"))))
    return ToolTable(entries)


def tool_record(op: ir.Operation, names: OperationNames, api: ir.Api,
                taken: set[str]) -> dict[str, Any]:
    """One tool as data: what tools/list shows and what the server calls."""
    name = tool_name(names.group, names.method, taken)
    taken.add(name)
    output, wrapped = _output(op, api)
    paging = _paging(op, names)
    record: dict[str, Any] = {
        "name": name, "group": names.group, "method": names.method,
        "http": op.method, "description": description(op),
        "inputSchema": input_schema(op, names, api, paging is not None),
        "annotations": tool_annotations(op),
    }
    if output is not None:
        record["outputSchema"] = output
        record["wrap"] = wrapped
    if paging is not None:
        record["paging"] = paging
    return record


def tool_name(group: str, method: str, taken: Collection[str] = ()) -> str:
    """`<group>_<method>`; longer than MAX_NAME, or taken: cut, then `_` and 8 hex digits of
    its sha256, so the same operation gets the same name in every generation."""
    name = f"{group}_{method}"
    if len(name) <= MAX_NAME and name not in taken:
        return name
    digest = hashlib.sha256(name.encode("utf-8")).hexdigest()
    for start in range(0, len(digest) - 8):
        tail = "_" + digest[start:start + 8]
        candidate = name[:MAX_NAME - len(tail)].rstrip("_") + tail
        if candidate not in taken:
            return candidate
    raise AssertionError(f"no free tool name for {name}")  # 56 hashes all taken: impossible


def description(op: ir.Operation) -> str:
    """Summary and description, whitespace-normalised per paragraph, at most MAX_DESCRIPTION
    characters (cut with an ellipsis); a deprecated operation says so first. Controls
    become spaces, as in the method's docstring (`printable()`)."""
    parts = [p for p in (printable(t) for t in (op.summary, op.description) if t) if p.strip()]
    if op.summary and op.description and op.summary.strip() == op.description.strip():
        parts = parts[:1]
    text = "\n\n".join(_paragraphs(p) for p in parts) or printable(f"{op.method} {op.path}")
    if op.deprecated:
        text = "Deprecated. " + text
    return bounded(text, MAX_DESCRIPTION)


def bounded(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "\u2026"


def _paragraphs(text: str) -> str:
    paragraphs = re.split(r"\n\s*\n", text.strip())
    return "\n\n".join(" ".join(p.split()) for p in paragraphs if p.strip())


def tool_annotations(op: ir.Operation) -> dict[str, bool]:
    return {"readOnlyHint": op.method in _READ, "destructiveHint": op.method == "DELETE",
            "idempotentHint": op.method in _IDEMPOTENT}


def _paging(op: ir.Operation, names: OperationNames) -> dict[str, Any] | None:
    """What `all_pages` needs: the iterator, the argument it drops (the token's), the key
    of the items in the result. None when the operation does not page, or when one of its
    own arguments is already named `all_pages` or `max_items`."""
    if op.paging is None or names.iterator is None:
        return None
    if set(names.arguments.values()) & set(_PAGING_ARGUMENTS):
        return None
    token = names.arguments.get(("query", op.paging.request_param))
    return {"iterator": names.iterator, "token": token,
            "items": op.paging.items_field or "result"}


def input_schema(op: ir.Operation, names: OperationNames, api: ir.Api,
                 paged: bool = False) -> dict[str, Any]:
    """The method's arguments as a closed JSON Schema object, `required` as it has them."""
    schemas = _Schemas(api, output=False)
    properties: dict[str, Any] = {}
    required: list[str] = []
    for p in op.parameters:
        argument = names.arguments[(p.location, p.wire_name)]
        properties[argument] = _described(schemas.of(p.type), p.description)
        if p.required:
            required.append(argument)
    if op.body is not None:
        body = schemas.of(op.body.type) if op.body.kind in ("json", "form", "multipart") \
            else {"type": "string"}
        properties["body"] = _described(body, op.body.description)
        if op.body.required:
            required.append("body")
    if paged:
        properties["all_pages"] = {
            "type": "boolean", "default": False,
            "description": "Fetch every page and return all items (at most max_items)."}
        properties["max_items"] = {
            "type": "integer", "minimum": 1, "default": DEFAULT_MAX_ITEMS,
            "description": "With all_pages: the most items returned."}
    schema: dict[str, Any] = {"type": "object", "properties": properties,
                              "additionalProperties": False}
    if required:
        schema["required"] = required
    return schema


def _output(op: ir.Operation, api: ir.Api) -> tuple[dict[str, Any] | None, bool]:
    """The outputSchema, and whether the body is wrapped as `{"result": body}` (MCP wants
    an object). Only when every success response is JSON of one type; lenient, as the
    client's decoding is: no `required`, enums or patterns, open objects."""
    successes = [r for r in op.responses if r.is_success]
    types = {r.type for r in successes if r.kind == "json" and r.type is not None}
    if len(types) != 1 or any(r.kind != "json" for r in successes):
        return None, False
    t = next(iter(types))
    schema = _Schemas(api, output=True).of(t)
    if isinstance(t, ir.Ref) and isinstance(api.definitions.get(t.key), ir.ObjectDef):
        return schema, False
    return {"type": "object", "properties": {"result": schema}}, True


def _described(schema: dict[str, Any], text: str | None) -> dict[str, Any]:
    words = " ".join(printable(text).split()) if text else ""
    if words and "description" not in schema:
        return {**schema, "description": bounded(words, MAX_FIELD_DESCRIPTION)}
    return schema


class _Schemas:
    """JSON Schema for IR types: strict for input (required, enums, closed objects,
    formats, patterns Python's `re` reads too) or lenient for output."""

    def __init__(self, api: ir.Api, output: bool) -> None:
        self.api = api
        self.output = output
        self.nodes = 0

    def of(self, t: ir.Type, seen: tuple[str, ...] = ()) -> dict[str, Any]:
        self.nodes += 1
        if self.nodes > MAX_NODES:
            return {}
        if isinstance(t, ir.Primitive):
            return self.primitive(t)
        if isinstance(t, ir.AnyType):
            return {}
        if isinstance(t, ir.ArrayType):
            return {"type": "array", "items": self.of(t.items, seen)}
        if isinstance(t, ir.MapType):
            return {"type": "object", "additionalProperties": self.of(t.values, seen)}
        if isinstance(t, ir.Nullable):
            return self.nullable(self.of(t.inner, seen))
        if isinstance(t, ir.UnionType):
            return self.union(t, seen)
        return self.ref(t, seen)

    def primitive(self, t: ir.Primitive) -> dict[str, Any]:
        schema: dict[str, Any] = {"type": t.kind}
        if self.output or t.kind != "string":
            return schema
        if t.format:
            schema["format"] = t.format
        if t.pattern is not None and t.pattern.python is not None and _compiles(t.pattern.source):
            schema["pattern"] = t.pattern.source
        return schema

    def nullable(self, inner: dict[str, Any]) -> dict[str, Any]:
        if not inner:
            return inner
        if set(inner) <= {"type", "format", "pattern", "items", "additionalProperties",
                          "properties", "required"} and isinstance(inner.get("type"), str):
            return {**inner, "type": [inner["type"], "null"]}
        return {"anyOf": [inner, {"type": "null"}]}

    def union(self, t: ir.UnionType, seen: tuple[str, ...]) -> dict[str, Any]:
        variants = [self.of(v, seen) for v in t.variants]
        if not variants or any(not v for v in variants):
            return {}
        return {"anyOf": variants}

    def ref(self, t: ir.Ref, seen: tuple[str, ...]) -> dict[str, Any]:
        definition = self.api.definitions.get(t.key)
        if definition is None:
            return {}
        if isinstance(definition, ir.EnumDef):
            kind = definition.value_kind
            if self.output or not definition.values:
                return {"type": kind}
            return {"type": kind, "enum": list(definition.values)}
        if t.key in seen or len(seen) >= MAX_DEPTH:  # recursion or too deep: cut open
            return {"type": "object"} if isinstance(definition, ir.ObjectDef) else {}
        inner = (*seen, t.key)
        if isinstance(definition, ir.UnionDef):
            return self.union(definition.union, inner)
        properties: dict[str, Any] = {}
        required: list[str] = []
        for prop in definition.properties:
            if (prop.read_only and not self.output) or (prop.write_only and self.output):
                continue
            shape = self.of(prop.type, inner)  # output: shapes only, the descriptions are input's
            properties[prop.wire_name] = shape if self.output else _described(shape,
                                                                              prop.description)
            if prop.required and not self.output:
                required.append(prop.wire_name)
        schema: dict[str, Any] = {"type": "object", "properties": properties}
        if required:
            schema["required"] = required
        if not self.output and properties:
            schema["additionalProperties"] = False
        return schema


def _compiles(pattern: str) -> bool:
    """Whether Python's `re` (what jsonschema validates with) reads the ECMA text too."""
    try:
        re.compile(pattern)
    except (re.error, RecursionError, OverflowError):
        return False
    return True
