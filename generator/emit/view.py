"""What the templates need, decided in Python: one small record per module, field and call.

Names come from the naming pass (names.py); each type from its TypeRecord (annotation,
codec, what it needs), and a module's imports are the union of its records' needs. Spec
text reaches generated code only through `literal()` and `docstring()` (escape.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from generator.emit.escape import docstring, literal
from generator.emit.typerecords import TypeRecord, TypeRecords, field_annotation, import_lines
from generator.model import ir
from generator.names.assign import GroupClasses, Names, OperationNames
from generator.names.identifiers import module_rule

if TYPE_CHECKING:
    from generator.emit.readme import ReadmeView
    from generator.emit.testkit import KitTable
    from generator.emit.typeddicts import TypesModule


@dataclass
class FieldView:
    """One declared model field: `attr: annotation = value` (no value: required and its
    annotation alone names its codec), and its docstring."""

    attr: str
    wire: str  # the wire name as a literal
    annotation: str
    value: str | None
    doc: str


@dataclass
class ModelView:
    name: str
    module: str
    doc: str
    fields: list[FieldView]
    imports: list[str]
    deprecated: list[str] = field(default_factory=list)
    needs_types: bool = False  # a closed enum field names its `<pkg>.types` alias


@dataclass
class EnumView:
    name: str
    module: str
    base: str
    doc: str
    members: list[tuple[str, str]]


@dataclass
class AliasView:
    name: str
    module: str
    annotation: str
    doc: str
    imports: list[str]
    key: str = ""  # its definition
    refs: tuple[str, ...] = ()  # the definitions its annotation names


@dataclass
class ParamView:
    attr: str
    wire: str
    location: str
    type: TypeRecord
    required: bool
    explode: bool
    is_container: bool
    style: str
    placeholder: str  # a value of its type for the README's example call


@dataclass
class PagingView:
    name: str
    signature: str
    item: str
    call: str
    paging: str
    constant: str


@dataclass
class OperationView:
    name: str
    doc: str
    signature: str
    returns: str
    returns_any: bool  # the result is whatever the server sent: no cast
    needs: frozenset[str]  # what its signature, result and item annotations use
    call: str
    responses_name: str
    responses: str
    deprecated: bool
    example: str
    http: str
    paging: PagingView | None = None
    dict_body: bool = False  # body= also takes the `types.<Name>Param` dict form
    source: ir.Operation | None = None  # what the test kit's table describes


@dataclass
class GroupView:
    attr: str
    module: str
    classes: GroupClasses  # its sync, async and raw-response classes
    operations: list[OperationView] = field(default_factory=list)

    @property
    def needs_types(self) -> bool:
        """Whether a method takes a `types.<Name>Param` body or enum (imported for type
        checkers: the TypedDicts cost import time and nothing at run time needs them)."""
        return any(op.dict_body or "types" in op.needs for op in self.operations)

    @property
    def alias(self) -> str:
        """The client module's name for this group's module, which its annotations use: a
        LazyModule at run time, so the client imports a group only when it is first used."""
        return f"_group_{self.module}"

    @property
    def imports(self) -> list[str]:
        needs = {"typing", "functools", "_runtime"}  # `_models` when an annotation names it
        return import_lines(needs.union(*(op.needs for op in self.operations)))


@dataclass
class PackageView:
    package: str
    title: str
    version: str
    doc: str
    base_url: str
    auth_params: list[tuple[str, str, str]]
    auth_call: str
    env_prefix: str
    types: TypesModule
    models: list[ModelView]
    enums: list[EnumView]
    aliases: list[AliasView]
    groups: list[GroupView]
    model_count: int
    testing: KitTable | None = None  # the table of `<pkg>/testing.py`
    readme: ReadmeView | None = None  # what the README shows about using the client

    @property
    def model_index(self) -> list[tuple[str, str]]:
        """(module, class) of every model, enum and alias, in the order isort wants."""
        entries = [(m.module, m.name) for m in self.models] + [
            (e.module, e.name) for e in self.enums] + [(a.module, a.name) for a in self.aliases]
        return sorted(entries, key=lambda entry: natural_key(entry[0]))

    @property
    def renamed_modules(self) -> list[tuple[str, str]]:
        """(class, module) where the module is not the one the runtime's rule finds."""
        return sorted((name, module) for module, name in self.model_index
                      if module != module_rule(name))


def natural_key(text: str) -> list[tuple[int, int | str]]:
    """Digits compare as numbers (as ruff's isort orders modules: m2 before m10)."""
    return [(0, int(part)) if part.isdigit() else (1, part.lower())
            for part in re.split(r"(\d+)", text) if part]


def build_view(api: ir.Api, package: str, prefix: str | None = None) -> PackageView:
    from generator.emit.readme import readme_view
    from generator.emit.testkit import kit_table
    from generator.emit.typeddicts import request_only_objects, types_module

    names = Names(api)
    types = TypeRecords(api, names)
    models: list[ModelView] = []
    enums: list[EnumView] = []
    aliases: list[AliasView] = []
    closed = request_only_objects(api)
    for key, definition in sorted(api.definitions.items(), key=lambda kv: names.model(kv[0])):
        name = names.model(key)
        module = names.modules[key]
        if isinstance(definition, ir.ObjectDef):
            models.append(_model_view(definition, name, module, types, key in closed))
        elif isinstance(definition, ir.EnumDef):
            enums.append(_enum_view(definition, name, module, names.members[key]))
        else:
            record = types.record(definition.union, "_m.")
            aliases.append(AliasView(name, module, record.annotation,
                                     docstring(definition.description),
                                     import_lines(record.needs | {"typing"}), key, record.refs))
    prefix = prefix or env_prefix(package)
    auth_params, auth_call = _auth_view(api, prefix)
    groups = _group_views(api, types)
    return PackageView(
        package=package,
        title=api.title,
        version=api.version,
        doc=docstring(f"Client for {api.title} {api.version}".strip()),
        base_url=literal(api.base_url),
        auth_params=auth_params,
        auth_call=auth_call,
        env_prefix=prefix,
        types=types_module(api, types),
        models=models,
        enums=enums,
        aliases=_alias_order(aliases),
        groups=groups,
        model_count=len(api.definitions),
        testing=kit_table(api, types, groups),
        readme=readme_view(api, names, groups, prefix, auth_params),
    )


def _model_view(definition: ir.ObjectDef, name: str, module: str, types: TypeRecords,
                closed: bool) -> ModelView:
    """A model's module; `closed` (no response reaches the model), its sent enum fields
    take only the spec's values, by their `<pkg>.types` aliases, as a request's
    parameters and TypedDicts do."""
    attrs = types.names.fields[definition.key]
    fields: list[tuple[bool, FieldView]] = []
    needs = {"_runtime"}
    for prop in definition.properties:
        # a field the server sets is never sent: its enum stays open, as in sent_enums
        sent = closed and not prop.read_only
        record = types.record(prop.type, "_m.", sent=sent)
        needs |= record.needs
        # readOnly/writeOnly fields travel one way only, so a caller never has to give them
        optional = not prop.required or prop.read_only or prop.write_only
        # absent reads as None; the instance remembers which fields were given
        annotation = field_annotation(record, optional)
        attr = attrs[prop.wire_name]
        value = _field_value(prop, attr, optional, record, types, sent)
        fields.append((optional, FieldView(attr, literal(prop.wire_name), annotation, value,
                                           docstring(prop.description, "    "))))
    fields.sort(key=lambda pair: pair[0])  # required first: a dataclass wants defaults last
    deprecated = [attrs[p.wire_name] for p in definition.properties if p.deprecated]
    if definition.deprecated:
        deprecated.insert(0, "")
    needs_types = "types" in needs
    if needs_types:
        needs |= {"typing"}  # the import block below reads `_t.TYPE_CHECKING`
    return ModelView(name, module, docstring(definition.description, "    "),
                     [f for _, f in fields], import_lines(needs), deprecated, needs_types)


def _field_value(prop: ir.Property, attr: str, optional: bool, record: TypeRecord,
                 types: TypeRecords, sent: bool) -> str | None:
    """What follows `attr: annotation =`: the declaration the runtime reads the field from.

    The codec is written out unless the annotation names it (typerecords.declared_codec:
    the runtime's annotation grammar); the wire name unless it is the attribute's.
    """
    codec = types.declared_codec(prop.type, record, optional, sent)
    args = [] if codec is None else [codec]
    if prop.wire_name != attr:
        args.append(f"wire={literal(prop.wire_name)}")
    if optional:
        args.append("default=_rt.UNSET")
    if prop.read_only:
        args.append("read_only=True")
    if optional and prop.required and not prop.write_only:  # readOnly yet always sent
        args.append("required=True")
    if not args:
        return None
    if args == ["default=_rt.UNSET"]:
        return "_rt.UNSET"
    return f"_rt.field({', '.join(args)})"


def _enum_view(definition: ir.EnumDef, name: str, module: str,
               members: tuple[str, ...]) -> EnumView:
    return EnumView(
        name=name,
        module=module,
        base="_enum.StrEnum" if definition.value_kind == "string" else "_enum.IntEnum",
        doc=docstring(definition.description, "    "),
        members=[(member, literal(v)) for member, v in zip(members, definition.values,
                                                             strict=True)],
    )


def _alias_order(aliases: list[AliasView]) -> list[AliasView]:
    """Aliases after the aliases they name (each is evaluated when its module is imported).

    Walks the definitions each alias refers to, depth first without recursion; an alias
    that names one not defined yet (a cycle) is written quoted, read only by type checkers.
    """
    by_key = {a.key: a for a in aliases}
    ordered: list[AliasView] = []
    seen: set[str] = set()
    for alias in aliases:
        stack = [(alias, False)]
        while stack:
            current, done = stack.pop()
            if done:
                ordered.append(current)
                continue
            if current.key in seen:
                continue
            seen.add(current.key)
            stack.append((current, True))
            stack += [(by_key[k], False) for k in reversed(current.refs)
                      if k in by_key and k not in seen]
    position = {alias.key: index for index, alias in enumerate(ordered)}
    for index, alias in enumerate(ordered):
        if any(position.get(key, -1) >= index for key in alias.refs):
            alias.annotation = literal(alias.annotation)
    return ordered


def env_prefix(package: str) -> str:
    """Where settings come from in the environment: `opal_client` reads `OPAL_*`."""
    return (package.removesuffix("_client") or package).upper()


def _auth_view(api: ir.Api, prefix: str) -> tuple[list[tuple[str, str, str]], str]:
    """Constructor keyword arguments for the spec's auth, and the runtime call that uses them.

    Every credential argument defaults to None, so the environment can supply it; the
    spec's token URL and scope are the defaults of last resort.
    """
    params: list[tuple[str, str, str]] = []
    args: list[str] = []
    if any(isinstance(a, (ir.BearerAuth, ir.OAuthClientCredentials)) for a in api.auth):
        params.append(("token", "str | None", "None"))
        args.append("token=token")
    for auth in api.auth:
        if isinstance(auth, ir.OAuthClientCredentials) and not any(
                p[0] == "client_id" for p in params):
            params += [("client_id", "str | None", "None"),
                       ("client_secret", "str | None", "None"),
                       ("token_url", "str | None", "None"),
                       ("scope", "str | None", "None")]
            args += ["client_id=client_id", "client_secret=client_secret",
                     "token_url=token_url", f"default_token_url={literal(auth.token_url)}",
                     "scope=scope", f"default_scope={literal(default_scope(auth.scopes))}"]
        elif isinstance(auth, ir.ApiKeyAuth) and not any(p[0] == "api_key" for p in params):
            params.append(("api_key", "str | None", "None"))
            args += ["api_key=api_key", f"api_key_name={literal(auth.wire_name)}",
                     f"api_key_in={literal(auth.location)}"]
    accepted = tuple(name for name, _, _ in params)
    required = bool(accepted) and bool(api.operations) and all(
        op.requires_credentials for op in api.operations)
    names = ", ".join(literal(name) for name in accepted) + ("," if len(accepted) == 1 else "")
    head = ["env_prefix=ENV_PREFIX", f"accepted=({names})",
            f"required={required}"]
    return params, f"_rt.choose_auth({', '.join(head + args)})"


def default_scope(scopes: tuple[str, ...]) -> str | None:
    """The spec's first scope, unless it is a placeholder such as `<instance>/urn:all`."""
    if not scopes or any(c in scopes[0] for c in "<>{}"):
        return None
    return scopes[0]


def _group_views(api: ir.Api, types: TypeRecords) -> list[GroupView]:
    groups: dict[str, GroupView] = {}
    for op in api.operations:
        names = types.names.operation(op)
        if names.group not in groups:
            groups[names.group] = GroupView(names.group, names.group, names.group_classes)
        groups[names.group].operations.append(_operation_view(op, names, types))
    return list(groups.values())


def _operation_view(op: ir.Operation, names: OperationNames,
                    types: TypeRecords) -> OperationView:
    params = [
        ParamView(names.arguments[(p.location, p.wire_name)], p.wire_name, p.location,
                  types.record(p.type, "_models.", text_forms=True, sent=True), p.required,
                  p.explode,
                  _is_container(p.type, types), p.style, _placeholder(p.type))
        for p in op.parameters
    ]
    ordered = sorted(params, key=lambda p: not p.required)
    body = types.record(op.body.type, "_models.", sent=True) if op.body is not None else None
    returns = _returns(op, types)
    needs = {need for record in [*(p.type for p in params), *returns] for need in record.needs}
    needs |= body.needs if body is not None else set()
    paging = None
    if op.paging is not None:
        assert names.iterator is not None and names.paging is not None
        kept = [p for p in ordered
                if not (p.location == "query" and p.wire == op.paging.request_param)]
        item = types.record(op.paging.item_type, "_models.")
        needs |= item.needs
        paging = PagingView(
            name=names.iterator,
            signature=_join_signature(_signature(op, kept, body, types)),
            item=item.annotation,
            call=_call(op, kept, names.responses),
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
        call=_call(op, params, names.responses),
        responses_name=names.responses,
        responses=_responses(op, types),
        deprecated=op.deprecated,
        example=_example(names.group, names.method, ordered, op),
        http=f"{op.method} {op.path}",
        paging=paging,
        dict_body=op.body is not None and types.is_model(op.body.type),
        source=op,
    )


_ERROR_CLASSES = {"400": "BadRequestError", "401": "AuthenticationError",
                  "403": "PermissionDeniedError", "404": "NotFoundError", "409": "ConflictError",
                  "422": "UnprocessableEntityError", "429": "RateLimitError"}


def _operation_doc(op: ir.Operation, params: list[ParamView], types: TypeRecords) -> str:
    """Summary, description, `Args:` from the spec's descriptions, and `Raises:` for the
    error responses it documents (the text is escaped by docstring())."""
    parts = [x for x in (op.summary, op.description) if x] or [f"{op.method} {op.path}"]
    described: dict[tuple[str, str], str | None] = {
        (p.location, p.wire_name): p.description for p in op.parameters}
    args = [f"{p.attr}: {_one_line(described.get((p.location, p.wire)))}".rstrip()
            for p in params]
    if op.body is not None:
        args.append(f"body: {_one_line(op.body.description)}".rstrip())
        definition = types.definitions.get(op.body.type.key) \
            if isinstance(op.body.type, ir.Ref) else None
        if isinstance(definition, ir.ObjectDef):
            args += _body_fields(definition)
    args.append("**options: per-call timeout, max_retries, extra_headers, extra_query, "
                "extra_body.")
    parts.append("Args:\n" + "\n".join("    " + line for line in args))
    raises = [f"{_error_class(r.status)}: {r.status} {_one_line(r.description)}".rstrip()
              for r in op.responses if not r.is_success]
    if raises:
        parts.append("Raises:\n" + "\n".join("    " + line for line in raises))
    return "\n\n".join(parts)


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


def _error_class(status: str) -> str:
    if status.startswith("5"):
        return "ServerError"
    return _ERROR_CLASSES.get(status, "ApiError")


_DELIMITERS = {"spaceDelimited": " ", "pipeDelimited": "|"}


def _is_container(t: ir.Type, types: TypeRecords) -> bool:
    """Arrays and objects are what style/explode change on the wire."""
    inner = t.inner if isinstance(t, ir.Nullable) else t
    return isinstance(inner, (ir.ArrayType, ir.MapType)) or types.is_model(inner)


# per-call options on every method; their names are in naming.PARAMETER_RESERVED
_OPTIONS = "**options: _t.Unpack[_rt.RequestOptions]"


def _join_signature(signature: list[str]) -> str:
    return ", ".join(["self", *(["*"] if signature else []), *signature, _OPTIONS])


def _paging(paging: ir.Paging, types: TypeRecords, op: ir.Operation) -> str:
    """The runtime Paging for an operation, with attribute names as the model has them."""
    success = next((r for r in op.responses if r.is_success and r.type is not None), None)
    attrs: dict[str, str] = {}
    body = success.type if success else None
    body = body.inner if isinstance(body, ir.Nullable) else body
    if isinstance(body, ir.Ref) and body.key in types.names.fields:
        attrs = types.names.fields[body.key]
    args = [f"param={literal(paging.request_param)}"]
    for role, wire in (("items", paging.items_field), ("token", paging.token_field)):
        if wire is not None:
            args += [f"{role}_attr={literal(attrs.get(wire, wire))}",
                     f"{role}_wire={literal(wire)}"]
    if paging.token_header:
        args.append(f"token_header={literal(paging.token_header)}")
    return f"_rt.Paging({', '.join(args)})"


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
            parts.append(types.record(response.type, "_models."))
    if any(p.is_any for p in parts):
        return [_ANY]
    return parts


def _union_annotation(records: list[TypeRecord]) -> str:
    """`A | B | None`: each annotation once, None last."""
    unique = list(dict.fromkeys(r.annotation for r in records))
    if "None" in unique and len(unique) > 1:
        unique = [p for p in unique if p != "None"] + ["None"]
    return " | ".join(unique)


def _responses(op: ir.Operation, types: TypeRecords) -> str:
    entries = []
    for response in op.responses:
        codec = "None" if response.type is None or response.kind != "json" \
            else types.codec(response.type)
        entries.append(f"{literal(response.status)}: ({literal(response.kind)}, {codec})")
    return "{" + ", ".join(entries) + "}"


def _call(op: ir.Operation, params: list[ParamView], responses_name: str) -> str:
    def mapping(location: str) -> str:
        items = [f"{literal(p.wire)}: {p.attr}" for p in params if p.location == location]
        return "{" + ", ".join(items) + "}"

    args = [literal(op.method), literal(op.path), responses_name]
    if any(p.location == "path" for p in params):
        args.append(f"path_params={mapping('path')}")
    if any(p.location == "query" for p in params):
        args.append(f"query={mapping('query')}")
        for keyword, chosen in (
            ("exploded", [p for p in params if p.explode and p.style == "form"]),
            ("deep", [p for p in params if p.style == "deepObject"]),
            ("delimiters", [p for p in params if p.style in _DELIMITERS]),
        ):
            chosen = [p for p in chosen if p.location == "query" and p.is_container]
            if keyword == "delimiters" and chosen:
                pairs = ", ".join(f"{literal(p.wire)}: {literal(_DELIMITERS[p.style])}"
                                  for p in sorted(chosen, key=lambda p: p.wire))
                args.append(f"delimiters={{{pairs}}}")
            elif chosen:
                names = ", ".join(literal(w) for w in sorted(p.wire for p in chosen))
                args.append(f"{keyword}=frozenset({{{names}}})")
    for location, keyword in (("header", "headers"), ("cookie", "cookies")):
        if any(p.location == location for p in params):
            args.append(f"{keyword}={mapping(location)}")
    if op.body is not None:
        body = "body" if op.body.required else "_rt.UNSET if body is None else body"
        args += [f"body={body}", f"body_kind={literal(op.body.kind)}"]
        if op.body.kind not in ("form", "multipart"):
            args.append(f"content_type={literal(op.body.content_type)}")
    args.append("options=options")
    return "_rt.Call(" + ", ".join(args) + ")"


def _example(group: str, name: str, params: list[ParamView], op: ir.Operation) -> str:
    args = [f"{p.attr}={p.placeholder}" for p in params if p.required]
    if op.body is not None and op.body.required:
        args.append("body={...}")
    return f"client.{group}.{name}({', '.join(args)})"


def _placeholder(t: ir.Type) -> str:
    inner = t.inner if isinstance(t, ir.Nullable) else t
    kind = inner.kind if isinstance(inner, ir.Primitive) else None
    return {"integer": "1", "boolean": "True", "number": "1.0"}.get(kind or "", '"..."')
