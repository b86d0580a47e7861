"""`<pkg>/testing.py`: the table of operations MockApi checks requests against and answers from.

One `_tk.Operation(...)` per operation: its id and method name, method and path template,
parameters with their codecs, the request body's codec, and each response with its codec,
the spec's example and a minimal valid body. The minimal body is built here, from the IR,
because only the IR still knows a string's format; the checking and answering logic is
hand-written in `templates/testing_runtime.py` (the package's `_testing.py`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from generator.emit.escape import literal
from generator.emit.methods import grouped
from generator.emit.typerecords import TypeRecords
from generator.model import ir

# values that are valid for their format and satisfy the usual small bounds (minLength <= 6,
# minimum <= 1), so a minimal body passes a validating server, not only our codecs
_STRINGS = {"date-time": "1970-01-01T00:00:00Z", "date": "1970-01-01",
            "uuid": "00000000-0000-0000-0000-000000000000", "email": "user@example.com",
            "uri": "https://example.com", "url": "https://example.com",
            "hostname": "example.com", "ipv4": "127.0.0.1", "ipv6": "::1",
            "byte": "", "binary": ""}
_NUMBERS: dict[str, Any] = {"integer": 1, "number": 1, "boolean": False}


@dataclass(frozen=True)
class ReadmeExample:
    """The operation the README's pytest example calls: a GET that needs no arguments."""

    call: str  # `client.<group>.<method>()`
    name: str  # the method name as a literal
    path: str  # the path as a literal


@dataclass(frozen=True)
class KitTable:
    entries: list[str]  # one `_tk.Operation(...)` expression per operation
    example: ReadmeExample | None = None
    # `"Model": {"wire": codec}` per model with a field whose pattern the kit checks
    fields: tuple[str, ...] = ()


def kit_table(api: ir.Api, types: TypeRecords) -> KitTable:
    """One entry per operation, in the order of the group modules; the README's example
    is the first GET that needs no arguments (a GET: the example shows it retried)."""
    entries = []
    example = None
    for operations in grouped(api, types.names).values():
        for op, names in operations:
            entries.append(_entry(op, f"{names.group}.{names.method}", types, api))
            needs = [p for p in op.parameters if p.required] or (op.body and op.body.required)
            if example is None and not needs and op.method == "GET":
                example = ReadmeExample(f"{names.call}()", literal(names.method),
                                        literal(op.path.partition("?")[0]))
    return KitTable(entries, example, _checked_fields(api, types))


def _checked_fields(api: ir.Api, types: TypeRecords) -> tuple[str, ...]:
    """The kit's codec of each model field that holds a pattern it can check: a model's own
    field codecs (in `<pkg>.models`) do not check patterns, the kit's do."""
    out = []
    for key, definition in sorted(api.definitions.items()):
        if not isinstance(definition, ir.ObjectDef):
            continue
        checked = [f"{literal(p.wire_name)}: {types.codec(p.type, checked=True)}"
                   for p in definition.properties if _has_pattern(p.type, api, set())]
        if checked:
            out.append(f"{literal(types.names.model(key))}: {{{', '.join(checked)}}}")
    return tuple(out)


def _has_pattern(t: ir.Type, api: ir.Api, seen: set[str]) -> bool:
    """Whether `t`'s codec, written out, holds a translated pattern (unions by name too);
    walked without recursion, as a chain of unions may be long."""
    stack = [t]
    while stack:
        t = stack.pop()
        if isinstance(t, ir.Primitive):
            if t.pattern is not None and t.pattern.python is not None:
                return True
        elif isinstance(t, ir.Ref):
            definition = api.definitions.get(t.key)
            if t.key not in seen and isinstance(definition, ir.UnionDef):
                seen.add(t.key)
                stack.append(definition.union)
        else:
            stack.extend(ir.inner_types(t))
    return False


def _json(value: Any) -> str:
    """Spec data as the literal of its JSON text (escaped by literal(), parsed when used)."""
    return literal(json.dumps(value, ensure_ascii=True, default=str))


def _entry(op: ir.Operation, method_name: str, types: TypeRecords, api: ir.Api) -> str:
    params = ", ".join(
        f"_tk.Param({literal(p.wire_name)}, {literal(p.location)}, {p.required}, "
        f"{types.codec(p.type, checked=True)}, explode={p.explode}, style={literal(p.style)})"
        for p in op.parameters)
    args = [literal(op.operation_id or method_name), literal(method_name), literal(op.method),
            literal(op.path), f"params=({params}{',' if len(op.parameters) == 1 else ''})"]
    if op.body is not None:
        checked = op.body.kind in ("json", "form", "multipart")  # bodies MockApi reads
        codec = types.codec(op.body.type, checked=True) if checked else "None"
        args.append(f"body=_tk.Body({literal(op.body.content_type)}, {literal(op.body.kind)}, "
                    f"{op.body.required}, {codec})")
    replies = ", ".join(_reply(r, types, api) for r in op.responses)
    args.append(f"replies=({replies}{',' if len(op.responses) == 1 else ''})")
    credentials = _credentials(op, api)
    if credentials:
        places = ", ".join(f"({literal(where)}, {literal(name)})" for where, name in credentials)
        args.append(f"credentials=({places},)")
    if op.paging is not None:
        p = op.paging
        args.append(f"paging=_tk.Pages({literal(p.request_param)}, {literal(p.items_field)}, "
                    f"{literal(p.token_field)}, {literal(p.token_header)})")
    return f"_tk.Operation({', '.join(args)})"


def _credentials(op: ir.Operation, api: ir.Api) -> list[tuple[str, str]]:
    """Where a request may carry the credentials the operation needs, or [] when it needs
    none (or names a scheme the client cannot apply, so the kit cannot tell)."""
    if not op.requires_credentials:
        return []
    schemes = {auth.scheme_name: auth for auth in api.auth}
    places: list[tuple[str, str]] = []
    for alternative in op.security:
        for name in alternative.names:
            scheme = schemes.get(name)
            if scheme is None:
                return []
            place = (scheme.location, scheme.wire_name) if isinstance(scheme, ir.ApiKeyAuth) \
                else ("header", "Authorization")
            if place not in places:
                places.append(place)
    return places


def _reply(response: ir.Response, types: TypeRecords, api: ir.Api) -> str:
    json_body = response.kind == "json" and response.type is not None
    codec = types.codec(response.type, checked=True) if json_body and response.type is not None \
        else "None"
    args = [literal(response.status), literal(response.kind), codec]
    if json_body and response.type is not None:
        example = response_example(response, api)
        if example is not None:
            args.append(f"example={_json(example)}")
        minimal = minimal_value(response.type, api, ())
        if minimal is not _NONE:
            args.append(f"minimal={_json(minimal)}")
    return f"_tk.Reply({', '.join(args)})"


def response_example(response: ir.Response, api: ir.Api) -> Any:
    """The response's own example, else the example of the schema it names."""
    if response.example is not None:
        return response.example
    t = ir.without_null(response.type) if response.type is not None else None
    if isinstance(t, ir.Ref):
        definition = api.definitions[t.key]
        if isinstance(definition, ir.ObjectDef):
            return definition.example
    return None


_NONE: Any = object()  # no finite value exists (a required property that cycles back)
# a minimal value deeper or bigger than this is not written into the kit: the spec is
# hostile or odd, and the kit answers with the spec's example or a test's own reply instead
_MAX_DEPTH = 32
_MAX_NODES = 2_000


def minimal_value(t: ir.Type, api: ir.Api, seen: tuple[str, ...] = ()) -> Any:
    """The smallest value of `t` a validating server accepts: required properties only,
    arrays of one item, empty maps, the first enum value, the first variant of a union.
    _NONE when there is none, or none within _MAX_DEPTH definitions and _MAX_NODES values."""
    return _Minimal(api).value(t, seen)


class _Minimal:
    def __init__(self, api: ir.Api) -> None:
        self.api = api
        self.nodes = 0

    def value(self, t: ir.Type, seen: tuple[str, ...]) -> Any:
        self.nodes += 1
        if self.nodes > _MAX_NODES or len(seen) > _MAX_DEPTH:
            return _NONE
        if isinstance(t, ir.Primitive):
            if t.kind == "string":
                return _STRINGS.get(t.format or "", "string")
            return _NUMBERS[t.kind]
        if isinstance(t, ir.ArrayType):  # one item: the IR does not keep minItems
            item = self.value(t.items, seen)
            return [] if item is _NONE else [item]
        if isinstance(t, (ir.MapType, ir.AnyType)):
            return {}
        if isinstance(t, ir.Nullable):
            inner = self.value(t.inner, seen)
            return None if inner is _NONE else inner
        if isinstance(t, ir.UnionType):
            return self.union(t, seen)
        if t.key in seen:
            return _NONE
        definition = self.api.definitions[t.key]
        if isinstance(definition, ir.EnumDef):
            return definition.values[0] if definition.values else _NONE
        if isinstance(definition, ir.UnionDef):
            return self.union(definition.union, (*seen, t.key))
        out: dict[str, Any] = {}
        for prop in definition.properties:
            if prop.required and not prop.write_only:
                value = self.value(prop.type, (*seen, t.key))
                if value is _NONE:
                    return _NONE
                out[prop.wire_name] = value
        return out

    def union(self, t: ir.UnionType, seen: tuple[str, ...]) -> Any:
        if t.discriminator and t.mapping:
            tag, variant = t.mapping[0]
            value = self.value(variant, seen)
            if isinstance(value, dict):
                value[t.discriminator] = tag
            return value
        for variant in t.variants:
            value = self.value(variant, seen)
            if value is not _NONE:
                return value
        return _NONE
