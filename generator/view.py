"""What the templates need, decided in Python: names, annotations, codecs, literals.

Spec text reaches generated code only through `literal()` and `docstring()`, so no
description, name, default or enum value can end a string or docstring early.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from . import ir

if TYPE_CHECKING:
    from .testkit import KitTable
    from .typeddicts import TypesModule
from .names import Names, OperationNames
from .naming import module_rule


def literal(value: Any) -> str:
    """A Python literal for a spec value: repr() escapes quotes, backslashes and controls."""
    if isinstance(value, float) and not math.isfinite(value):
        return f"float({str(value)!r})"
    if value is None or isinstance(value, (bool, int, float, str)):
        return repr(value)
    raise TypeError(f"not a literal: {type(value).__name__}")


def docstring(text: str | None, indent: str = "") -> str:
    """A triple-quoted docstring whose content cannot close it or escape from it."""
    if not text:
        return ""
    cleaned = "".join(c if c.isprintable() or c == "\n" else " " for c in text.replace("\t", " "))
    cleaned = cleaned.replace("\\", "\\\\").strip()
    if '""' in cleaned or cleaned.endswith('"'):
        cleaned = cleaned.replace('"', '\\"')
    lines = [line.rstrip() for line in cleaned.splitlines()]
    body = ("\n" + indent).join(lines).replace("\n" + indent + "\n", "\n\n")
    return f'"""{body}"""' if len(lines) == 1 else f'"""{body}\n{indent}"""'


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


@dataclass
class ParamView:
    attr: str
    wire: str
    location: str
    annotation: str
    required: bool
    explode: bool
    is_container: bool
    style: str


@dataclass
class PagingView:
    name: str
    signature: str
    item: str
    call: str
    paging: str
    constant: str = ""


@dataclass
class OperationView:
    name: str
    doc: str
    signature: str
    returns: str
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
    class_name: str
    operations: list[OperationView] = field(default_factory=list)

    @property
    def needs_types(self) -> bool:
        """Whether a method takes a `types.<Name>Param` body (imported for type checkers:
        the TypedDicts cost import time and nothing at run time needs them)."""
        return any(op.dict_body for op in self.operations)

    @property
    def imports(self) -> list[str]:
        texts = [t for op in self.operations for t in (op.signature, op.returns, op.responses)]
        return imports_for(texts, always=("typing", "_runtime", "models"), extra=["functools"])


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

    @property
    def model_index(self) -> list[tuple[str, str]]:
        """(module, class) of every model, enum and alias, in the order isort wants."""
        entries = [(d.module, d.name) for d in [*self.models, *self.enums, *self.aliases]]
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


_IMPORTS = {
    "datetime": "import datetime as _dt",
    "functools": "import functools as _ft",
    "typing": "import typing as _t",
    "uuid": "import uuid as _uuid",
}
_LOCAL_IMPORTS = {
    "_runtime": "from .. import _runtime as _rt",
    "models": "from .. import models as _models",
    "models_m": "from .. import models as _m",
}


def imports_for(texts: list[str], always: tuple[str, ...], extra: list[str]) -> list[str]:
    """Import lines for the stdlib aliases the generated text uses, plus fixed ones."""
    joined = " ".join(texts)
    wanted = set(extra) | {m for m in always if m in _IMPORTS}
    wanted |= {m for m, alias in (("datetime", "_dt."), ("uuid", "_uuid."), ("typing", "_t."))
               if alias in joined}
    lines = [_IMPORTS[m] for m in sorted(wanted)]
    local = [_LOCAL_IMPORTS[m] for m in always if m in _LOCAL_IMPORTS]
    return lines + [""] + local if local and lines else lines + local


class TypeNames:
    """Annotations and codecs of IR types, with the class names the naming pass chose."""

    def __init__(self, api: ir.Api, names: Names) -> None:
        self.all = names
        self.names = names.classes
        self.modules = names.modules
        self.field_names = names.fields
        self.definitions = api.definitions
        self._expanding: list[str] = []  # union definitions whose codec is being written

    def annotation(self, t: ir.Type, prefix: str = "", text_forms: bool = False) -> str:
        """The Python type of `t`; with `text_forms` (parameters), a uuid, date-time or
        date also accepts its string form."""
        if isinstance(t, ir.Primitive):
            annotation = _primitive_annotation(t)
            if text_forms and t.kind == "string" and t.format in ("uuid", "date-time", "date"):
                annotation += " | str"
            return annotation
        if isinstance(t, ir.AnyType):
            return "_t.Any"
        if isinstance(t, ir.ArrayType):
            return f"list[{self.annotation(t.items, prefix, text_forms)}]"
        if isinstance(t, ir.MapType):
            return f"dict[str, {self.annotation(t.values, prefix, text_forms)}]"
        if isinstance(t, ir.Nullable):
            return f"{self.annotation(t.inner, prefix, text_forms)} | None"
        if isinstance(t, ir.UnionType):
            return " | ".join(dict.fromkeys(self.annotation(v, prefix, text_forms)
                                            for v in t.variants))
        definition = self.definitions[t.key]
        name = prefix + self.names[t.key]
        if isinstance(definition, ir.EnumDef):
            return f"{name} | {'str' if definition.value_kind == 'string' else 'int'}"
        return name

    def codec(self, t: ir.Type) -> str:
        if isinstance(t, ir.Primitive):
            return _primitive_codec(t)
        if isinstance(t, ir.AnyType):
            return "_rt.ANY"
        if isinstance(t, ir.ArrayType):
            return f"_rt.ListOf({self.codec(t.items)})"
        if isinstance(t, ir.MapType):
            return f"_rt.MapOf({self.codec(t.values)})"
        if isinstance(t, ir.Nullable):
            return f"_rt.Nullable({self.codec(t.inner)})"
        if isinstance(t, ir.UnionType):
            return self._union_codec(t)
        definition = self.definitions[t.key]
        name = literal(self.names[t.key])  # by name: the model loads when first decoded
        if isinstance(definition, ir.EnumDef):
            return f"_rt.EnumOf({name})"
        if isinstance(definition, ir.UnionDef):
            # a union that reaches itself (or nests past any reason): inner use kept as is
            if t.key in self._expanding or len(self._expanding) > 16:
                return "_rt.ANY"
            self._expanding.append(t.key)
            try:
                return self._union_codec(definition.union)
            finally:
                self._expanding.pop()
        return f"_rt.ModelOf({name})"

    def _union_codec(self, t: ir.UnionType) -> str:
        variants = ", ".join(self.codec(v) for v in t.variants)
        args = f"({variants},)" if len(t.variants) == 1 else f"({variants})"
        if t.discriminator:
            mapping = ", ".join(f"{literal(k)}: {self.codec(v)}" for k, v in t.mapping)
            args += f", {literal(t.discriminator)}, {{{mapping}}}"
        return f"_rt.UnionOf({args})"

    def annotation_names_codec(self, t: ir.Type) -> bool:
        """Whether the runtime reads the codec of `t` from its annotation alone (a
        primitive, a model, an enum, lists and maps of them: see runtime `_codec_of`)."""
        if isinstance(t, (ir.Primitive, ir.AnyType)):
            return True
        if isinstance(t, ir.ArrayType):
            return self.annotation_names_codec(t.items)
        if isinstance(t, ir.MapType):
            return self.annotation_names_codec(t.values)
        if isinstance(t, ir.Ref):
            return isinstance(self.definitions[t.key], (ir.ObjectDef, ir.EnumDef))
        return False

    def is_model(self, t: ir.Type) -> bool:
        return isinstance(t, ir.Ref) and isinstance(self.definitions[t.key], ir.ObjectDef)


def _primitive_annotation(t: ir.Primitive) -> str:
    if t.kind == "string":
        return {"date-time": "_dt.datetime", "date": "_dt.date", "uuid": "_uuid.UUID",
                "binary": "bytes"}.get(t.format or "", "str")
    return {"integer": "int", "number": "float", "boolean": "bool"}[t.kind]


def _primitive_codec(t: ir.Primitive) -> str:
    if t.kind == "string":
        return {"date-time": "_rt.DATETIME", "date": "_rt.DATE", "uuid": "_rt.UUID",
                "binary": "_rt.BASE64", "byte": "_rt.STR"}.get(t.format or "", "_rt.STR")
    return {"integer": "_rt.INT", "number": "_rt.FLOAT", "boolean": "_rt.BOOL"}[t.kind]


def build_view(api: ir.Api, package: str, prefix: str | None = None) -> PackageView:
    from .testkit import kit_table  # both escape spec text with this module's helpers
    from .typeddicts import types_module

    names = Names(api)
    types = TypeNames(api, names)
    models: list[ModelView] = []
    enums: list[EnumView] = []
    aliases: list[AliasView] = []
    for key, definition in sorted(api.definitions.items(), key=lambda kv: types.names[kv[0]]):
        name = types.names[key]
        module = types.modules[key]
        if isinstance(definition, ir.ObjectDef):
            models.append(_model_view(definition, name, module, types))
        elif isinstance(definition, ir.EnumDef):
            enums.append(_enum_view(definition, name, module, names.members[key]))
        else:
            annotation = types.annotation(definition.union, "_m.")
            local = ("models_m",) if "_m." in annotation else ()
            aliases.append(AliasView(name, module, annotation, docstring(definition.description),
                                     imports_for([annotation], ("typing", *local), [])))
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
        types=types_module(api, names),
        models=models,
        enums=enums,
        aliases=_alias_order(aliases),
        groups=groups,
        model_count=len(api.definitions),
        testing=kit_table(api, types, groups),
    )


def _model_view(definition: ir.ObjectDef, name: str, module: str,
                types: TypeNames) -> ModelView:
    attrs = types.field_names[definition.key]
    fields: list[tuple[bool, FieldView]] = []
    for prop in definition.properties:
        annotation = types.annotation(prop.type, "_m.")
        # readOnly/writeOnly fields travel one way only, so a caller never has to give them
        optional = not prop.required or prop.read_only or prop.write_only
        if optional and not annotation.endswith(" | None"):
            # absent reads as None; the instance remembers which fields were given
            annotation += " | None"
        attr = attrs[prop.wire_name]
        value = _field_value(prop, attr, optional, types)
        fields.append((optional, FieldView(attr, literal(prop.wire_name), annotation, value,
                                           docstring(prop.description, "    "))))
    fields.sort(key=lambda pair: pair[0])  # required first, as the runtime's tables had them
    deprecated = [attrs[p.wire_name] for p in definition.properties if p.deprecated]
    if definition.deprecated:
        deprecated.insert(0, "")
    views = [f for _, f in fields]
    return ModelView(name, module, docstring(definition.description, "    "), views,
                     _model_module_imports([f.annotation for f in views], ()),
                     deprecated)


def _field_value(prop: ir.Property, attr: str, optional: bool, types: TypeNames) -> str | None:
    """What follows `attr: annotation =`: the declaration the runtime reads the field from.

    The codec is written out unless the annotation names it (a primitive or Any, maybe
    nullable); the wire name unless it is the attribute's.
    """
    nullable = isinstance(prop.type, ir.Nullable)
    inner = prop.type.inner if nullable else prop.type
    # an optional field's `| None` stands for "absent", so a nullable one says so in its codec
    named = types.annotation_names_codec(inner) and not (optional and nullable)
    args = [] if named else [types.codec(prop.type)]
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


def _model_module_imports(annotations: list[str], always: tuple[str, ...]) -> list[str]:
    """A model's module imports the runtime, and the models package when it names another."""
    local = ("_runtime", "models_m") if any("_m." in a for a in annotations) else ("_runtime",)
    return imports_for(annotations, always=(*always, *local), extra=[])


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
    """Aliases that mention other aliases come after them (they are evaluated at import)."""
    by_name = {a.name: a for a in aliases}
    ordered: list[AliasView] = []
    seen: set[str] = set()

    def visit(alias: AliasView) -> None:
        if alias.name in seen:
            return
        seen.add(alias.name)
        for part in alias.annotation.replace("[", " ").replace("]", " ").replace(",", " ").split():
            if part in by_name:
                visit(by_name[part])
        ordered.append(alias)

    for alias in aliases:
        visit(alias)
    # an alias in a cycle names one not defined yet: the quoted form is read only by mypy
    for index, alias in enumerate(ordered):
        later = {a.name for a in ordered[index:]}
        if any(part in later for part in re.findall(r"\w+", alias.annotation)):
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
                     "scope=scope", f"default_scope={literal(_default_scope(auth.scopes))}"]
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


def _default_scope(scopes: tuple[str, ...]) -> str | None:
    """The spec's first scope, unless it is a placeholder such as `<instance>/urn:all`."""
    if not scopes or any(c in scopes[0] for c in "<>{}"):
        return None
    return scopes[0]


def _group_views(api: ir.Api, types: TypeNames) -> list[GroupView]:
    groups: dict[str, GroupView] = {}
    for op in api.operations:
        names = types.all.operation(op)
        if names.group not in groups:
            groups[names.group] = GroupView(names.group, names.group, names.group_class)
        groups[names.group].operations.append(_operation_view(op, names, types))
    return list(groups.values())


def _operation_view(op: ir.Operation, names: OperationNames, types: TypeNames) -> OperationView:
    params = [
        ParamView(names.arguments[(p.location, p.wire_name)], p.wire_name, p.location,
                  types.annotation(p.type, "_models.", text_forms=True), p.required, p.explode,
                  _is_container(p.type, types), p.style)
        for p in op.parameters
    ]
    ordered = sorted(params, key=lambda p: not p.required)
    signature = _signature(op, ordered, types)
    paging = None
    if op.paging is not None:
        assert names.iterator is not None and names.paging is not None
        kept = [p for p in ordered
                if not (p.location == "query" and p.wire == op.paging.request_param)]
        paging = PagingView(
            name=names.iterator,
            signature=_join_signature(_signature(op, kept, types)),
            item=types.annotation(op.paging.item_type, "_models."),
            call=_call(op, kept, names.responses, types),
            paging=_paging(op.paging, types, op),
            constant=names.paging,
        )
    return OperationView(
        name=names.method,
        doc=docstring(_operation_doc(op, ordered, types), "        "),
        signature=_join_signature(signature),
        returns=_returns(op, types),
        call=_call(op, params, names.responses, types),
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


def _operation_doc(op: ir.Operation, params: list[ParamView], types: TypeNames) -> str:
    """Summary, description, `Args:` from the spec's descriptions, and `Raises:` for the
    error responses it documents (the text is escaped by docstring())."""
    parts = [x for x in (op.summary, op.description) if x] or [f"{op.method} {op.path}"]
    described = {(p.location, p.wire_name): p.description for p in op.parameters}
    args = [f"{p.attr}: {_one_line(described.get((p.location, p.wire)))}".rstrip()
            for p in params]
    if op.body is not None:
        args.append(f"body: {_one_line(op.body.description)}".rstrip())
        definition = types.definitions.get(op.body.type.key) \
            if isinstance(op.body.type, ir.Ref) else None
        if isinstance(definition, ir.ObjectDef):
            args += [f"    {prop.wire_name}: {_one_line(prop.description)}"
                     for prop in definition.properties if prop.description and not prop.read_only]
    args.append("**options: per-call timeout, max_retries, extra_headers, extra_query, "
                "extra_body.")
    parts.append("Args:\n" + "\n".join("    " + line for line in args))
    raises = [f"{_error_class(r.status)}: {r.status} {_one_line(r.description)}".rstrip()
              for r in op.responses if not r.is_success]
    if raises:
        parts.append("Raises:\n" + "\n".join("    " + line for line in raises))
    return "\n\n".join(parts)


def _one_line(text: str | None) -> str:
    return " ".join(text.split()) if text else ""


def _error_class(status: str) -> str:
    if status.startswith("5"):
        return "ServerError"
    return _ERROR_CLASSES.get(status, "ApiError")


_DELIMITERS = {"spaceDelimited": " ", "pipeDelimited": "|"}


def _is_container(t: ir.Type, types: TypeNames) -> bool:
    """Arrays and objects are what style/explode change on the wire."""
    inner = t.inner if isinstance(t, ir.Nullable) else t
    return isinstance(inner, (ir.ArrayType, ir.MapType)) or types.is_model(inner)


# per-call options on every method; their names are in naming.PARAMETER_RESERVED
_OPTIONS = "**options: _t.Unpack[_rt.RequestOptions]"


def _join_signature(signature: list[str]) -> str:
    return ", ".join(["self", *(["*"] if signature else []), *signature, _OPTIONS])


def _paging(paging: ir.Paging, types: TypeNames, op: ir.Operation) -> str:
    """The runtime Paging for an operation, with attribute names as the model has them."""
    success = next((r for r in op.responses if r.is_success and r.type is not None), None)
    attrs: dict[str, str] = {}
    body = success.type if success else None
    body = body.inner if isinstance(body, ir.Nullable) else body
    if isinstance(body, ir.Ref) and body.key in types.field_names:
        attrs = types.field_names[body.key]
    args = [f"param={literal(paging.request_param)}"]
    for role, wire in (("items", paging.items_field), ("token", paging.token_field)):
        if wire is not None:
            args += [f"{role}_attr={literal(attrs.get(wire, wire))}",
                     f"{role}_wire={literal(wire)}"]
    if paging.token_header:
        args.append(f"token_header={literal(paging.token_header)}")
    return f"_rt.Paging({', '.join(args)})"


def _signature(op: ir.Operation, ordered: list[ParamView], types: TypeNames) -> list[str]:
    signature = [f"{p.attr}: {p.annotation}" if p.required
                 else f"{p.attr}: {p.annotation} | None = None" for p in ordered]
    if op.body is not None:
        body_annotation = types.annotation(op.body.type, "_models.")
        if types.is_model(op.body.type):
            assert isinstance(op.body.type, ir.Ref)
            body_annotation += f" | _types.{types.all.typed_dict(op.body.type.key)}"
        signature.insert(sum(p.required for p in ordered) if op.body.required else len(signature),
                         f"body: {body_annotation}" if op.body.required
                         else f"body: {body_annotation} | None = None")
    return signature


def _returns(op: ir.Operation, types: TypeNames) -> str:
    successes = [r for r in op.responses if r.is_success] or [
        r for r in op.responses if r.status == "default"]
    if not successes:
        return "_t.Any"
    parts: list[str] = []
    for response in successes:
        if response.kind == "empty" or response.type is None:
            # 204/205 mean no body; elsewhere the spec just does not say, so whatever
            # the server sends is returned decoded
            parts.append("None" if response.status in ("204", "205") else "_t.Any")
        elif response.kind == "binary":
            parts.append("bytes")
        elif response.kind == "text":
            parts.append("str")
        else:
            parts.append(types.annotation(response.type, "_models."))
    unique = list(dict.fromkeys(parts))
    if "_t.Any" in unique:
        return "_t.Any"
    if "None" in unique and len(unique) > 1:
        unique = [p for p in unique if p != "None"] + ["None"]
    return " | ".join(unique)


def _responses(op: ir.Operation, types: TypeNames) -> str:
    entries = []
    for response in op.responses:
        codec = "None" if response.type is None or response.kind != "json" \
            else types.codec(response.type)
        entries.append(f"{literal(response.status)}: ({literal(response.kind)}, {codec})")
    return "{" + ", ".join(entries) + "}"


def _call(op: ir.Operation, params: list[ParamView], responses_name: str,
          types: TypeNames) -> str:
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
    args = [f"{p.attr}={_placeholder(p.annotation)}" for p in params if p.required]
    if op.body is not None and op.body.required:
        args.append("body={...}")
    return f"client.{group}.{name}({', '.join(args)})"


def _placeholder(annotation: str) -> str:
    if annotation.startswith("int"):
        return "1"
    if annotation.startswith("bool"):
        return "True"
    if annotation.startswith("float"):
        return "1.0"
    return '"..."'
