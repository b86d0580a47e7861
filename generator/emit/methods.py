"""Each operation as a method of its group's class: signature, docstring, return type,
responses, paging and the README's example call, from the type records and the names."""

from __future__ import annotations

from generator.emit.auth import call_credentials
from generator.emit.calls import call_view
from generator.emit.context import (
    GroupView,
    OperationView,
    PagingRule,
    PagingView,
    ParamView,
    ResponseView,
)
from generator.emit.definitions import pattern_rule
from generator.emit.escape import docstring
from generator.emit.typerecords import TypeRecord, TypeRecords
from generator.model import ir
from generator.names.assign import Names, OperationNames

# the error class the runtime raises for each status (runtime._STATUS_ERRORS; a test holds
# the two equal), named in a method's `Raises:`
ERROR_CLASSES = {"400": "BadRequestError", "401": "AuthenticationError",
                 "403": "PermissionDeniedError", "404": "NotFoundError", "409": "ConflictError",
                 "422": "UnprocessableEntityError", "429": "RateLimitError"}

# per-call options on every method; their names are in naming.PARAMETER_RESERVED
_OPTIONS = "**options: _t.Unpack[_rt.RequestOptions]"


def grouped(api: ir.Api, names: Names) -> dict[str, list[tuple[ir.Operation, OperationNames]]]:
    """The operations of each group with their names, groups in the order their first
    operation comes: the order of the group modules, the test kit's table and the README."""
    groups: dict[str, list[tuple[ir.Operation, OperationNames]]] = {}
    for op in api.operations:
        op_names = names.operation(op)
        groups.setdefault(op_names.group, []).append((op, op_names))
    return groups


def group_views(api: ir.Api, types: TypeRecords) -> list[GroupView]:
    views = []
    for group, operations in grouped(api, types.names).items():
        view = GroupView(group, group, operations[0][1].group_classes)
        view.operations = [_operation_view(op, names, types, call_credentials(op, api))
                           for op, names in operations]
        views.append(view)
    return views


def _operation_view(op: ir.Operation, names: OperationNames, types: TypeRecords,
                    credentials: tuple[tuple[str, ...], ...] = ()) -> OperationView:
    params = [
        ParamView(names.arguments[(p.location, p.wire_name)], p.wire_name, p.location,
                  types.record(p.type, "_m.", text_forms=True, sent=True), p.required,
                  p.explode,
                  _is_container(p.type, types), p.style, _placeholder(p.type))
        for p in op.parameters
    ]
    ordered = sorted(params, key=lambda p: not p.required)
    body = types.record(op.body.type, "_m.", sent=True) if op.body is not None else None
    returns = _returns(op, types)
    needs = {need for record in [*(p.type for p in params), *returns] for need in record.needs}
    needs |= body.needs if body is not None else set()
    paging = None
    if op.paging is not None:
        assert names.iterator is not None and names.paging is not None
        kept = [p for p in ordered
                if not (p.location == "query" and p.wire == op.paging.request_param)]
        item = types.record(op.paging.item_type, "_m.")
        needs |= item.needs
        paging = PagingView(
            name=names.iterator,
            signature=_join_signature(_signature(op, kept, body, types)),
            item=item.annotation,
            call=call_view(op, kept, names.responses, credentials),
            paging=_paging(op.paging, types, op),
            constant=names.paging,
        )
    return OperationView(
        name=names.method,
        doc=docstring(_operation_doc(op, ordered, types), "        "),
        signature=_join_signature(_signature(op, ordered, body, types)),
        returns=_union_annotation(returns),
        returns_any=any(r.is_any for r in returns),
        needs=frozenset(needs),
        call=call_view(op, params, names.responses, credentials),
        responses_name=names.responses,
        responses=_responses(op, types),
        deprecated=op.deprecated,
        example=_example(names.group, names.method, ordered, op),
        http=f"{op.method} {op.path}",
        paging=paging,
        dict_body=op.body is not None and types.is_model(op.body.type),
    )


def _operation_doc(op: ir.Operation, params: list[ParamView], types: TypeRecords) -> str:
    """Summary, description, `Args:` from the spec's descriptions, and `Raises:` for the
    error responses it documents (the text is escaped by docstring())."""
    parts = [x for x in (op.summary, op.description) if x] or [f"{op.method} {op.path}"]
    described: dict[tuple[str, str], str] = {
        (p.location, p.wire_name): _with_rule(_one_line(p.description), pattern_rule(p.type))
        for p in op.parameters}
    args = [f"{p.attr}: {described.get((p.location, p.wire), '')}".rstrip() for p in params]
    if op.body is not None:
        args.append(f"body: {_one_line(op.body.description)}".rstrip())
        definition = types.definitions.get(op.body.type.key) \
            if isinstance(op.body.type, ir.Ref) else None
        if isinstance(definition, ir.ObjectDef):
            args += _body_fields(definition)
    args.append("**options: per-call timeout, max_retries, extra_headers, extra_query, "
                "extra_body.")
    parts.append("Args:\n" + "\n".join("    " + line for line in args))
    raises = [f"{error_class(r.status)}: {r.status} {_one_line(r.description)}".rstrip()
              for r in op.responses if not r.is_success]
    if raises:
        parts.append("Raises:\n" + "\n".join("    " + line for line in raises))
    return "\n\n".join(parts)


def _with_rule(description: str, rule: str | None) -> str:
    """A parameter's description (on one line) and the pattern its text follows, as the
    spec writes it but for a line break, written `\\n` so the entry stays one line."""
    if rule is None:
        return description
    rule = rule.replace("\r", "\\r").replace("\n", "\\n")
    return f"{description} {rule}" if description else rule


def _body_fields(definition: ir.ObjectDef) -> list[str]:
    """Every field a request body can carry, required ones first, each marked required or
    optional so a field the spec leaves undescribed is still listed."""
    sent = [prop for prop in definition.properties if not prop.read_only]
    ordered = [p for p in sent if p.required] + [p for p in sent if not p.required]
    lines = []
    for prop in ordered:
        line = f"    {prop.wire_name} ({'required' if prop.required else 'optional'})"
        text = _one_line(prop.description)
        lines.append(f"{line}: {text}" if text else line)
    return lines


def _one_line(text: str | None) -> str:
    return " ".join(text.split()) if text else ""


def error_class(status: str) -> str:
    """The error class the runtime raises for a documented status (`5XX` included)."""
    if status.startswith("5"):
        return "ServerError"
    return ERROR_CLASSES.get(status, "ApiError")


def _is_container(t: ir.Type, types: TypeRecords) -> bool:
    """Arrays and objects are what style/explode change on the wire."""
    inner = ir.without_null(t)
    return isinstance(inner, (ir.ArrayType, ir.MapType)) or types.is_model(inner)


def _join_signature(signature: list[str]) -> str:
    return ", ".join(["self", *(["*"] if signature else []), *signature, _OPTIONS])


def _paging(paging: ir.Paging, types: TypeRecords, op: ir.Operation) -> PagingRule:
    """The runtime Paging for an operation, with attribute names as the model has them."""
    success = next((r for r in op.responses if r.is_success and r.type is not None), None)
    attrs: dict[str, str] = {}
    body = ir.without_null(success.type) if success and success.type else None
    if isinstance(body, ir.Ref) and body.key in types.names.fields:
        attrs = types.names.fields[body.key]
    items, token = ((attrs.get(wire, wire), wire) if wire is not None else None
                    for wire in (paging.items_field, paging.token_field))
    return PagingRule(paging.request_param, items, token, paging.token_header or None)


def _signature(op: ir.Operation, ordered: list[ParamView], body: TypeRecord | None,
               types: TypeRecords) -> list[str]:
    signature = [f"{p.attr}: {p.type.annotation}" if p.required
                 else f"{p.attr}: {p.type.annotation} | None = None" for p in ordered]
    if op.body is not None and body is not None:
        body_annotation = body.annotation
        if isinstance(op.body.type, ir.Ref) and types.is_model(op.body.type):
            body_annotation += f" | _types.{types.names.typed_dict(op.body.type.key)}"
        signature.insert(sum(p.required for p in ordered) if op.body.required else len(signature),
                         f"body: {body_annotation}" if op.body.required
                         else f"body: {body_annotation} | None = None")
    return signature


_NO_BODY = TypeRecord("None", "None", frozenset(), ())
_BYTES = TypeRecord("bytes", "None", frozenset(), ())
_TEXT = TypeRecord("str", "None", frozenset(), ())
_ANY = TypeRecord("_t.Any", "_rt.ANY", frozenset({"typing"}), (), is_any=True)


def _returns(op: ir.Operation, types: TypeRecords) -> list[TypeRecord]:
    """What a call returns, one record per documented success (the default's when none)."""
    successes = [r for r in op.responses if r.is_success] or [
        r for r in op.responses if r.status == "default"]
    if not successes:
        return [_ANY]
    parts: list[TypeRecord] = []
    for response in successes:
        if response.kind == "empty":
            # the call returns None (a body that comes anyway is the raw response's), so
            # `.id` on the result is a type error; a paged operation's body is never
            # "empty" here (pagination.with_paging made it JSON)
            parts.append(_NO_BODY)
        elif response.type is None:
            parts.append(_ANY)  # a body the spec does not describe: returned as received
        elif response.kind == "binary":
            parts.append(_BYTES)
        elif response.kind == "text":
            parts.append(_TEXT)
        else:
            parts.append(types.record(response.type, "_m."))
    if any(p.is_any for p in parts):
        return [_ANY]
    return parts


def _union_annotation(records: list[TypeRecord]) -> str:
    """`A | B | None`: each annotation once, None last."""
    unique = list(dict.fromkeys(r.annotation for r in records))
    if "None" in unique and len(unique) > 1:
        unique = [p for p in unique if p != "None"] + ["None"]
    return " | ".join(unique)


def _responses(op: ir.Operation, types: TypeRecords) -> tuple[ResponseView, ...]:
    """Each documented response: its status, kind and the codec of a JSON body."""
    return tuple(
        ResponseView(response.status, response.kind,
                     "None" if response.type is None or response.kind != "json"
                     else types.codec(response.type))
        for response in op.responses)


def _example(group: str, name: str, params: list[ParamView], op: ir.Operation) -> str:
    args = [f"{p.attr}={p.placeholder}" for p in params if p.required]
    if op.body is not None and op.body.required:
        args.append("body={...}")
    return f"client.{group}.{name}({', '.join(args)})"


def _placeholder(t: ir.Type) -> str:
    inner = ir.without_null(t)
    kind = inner.kind if isinstance(inner, ir.Primitive) else None
    return {"integer": "1", "boolean": "True", "number": "1.0"}.get(kind or "", '"..."')
