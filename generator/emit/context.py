"""The records the templates read: one per model, enum and alias module, field, operation,
call and group.

Kept apart from the code that builds them (definitions.py, methods.py, calls.py) so the
modules that only read them import this small module and not the builders. Annotations,
codecs, signatures and docstrings are Python source, their spec text already through
`literal()` or `docstring()` (escape.py); a call's and a response's spec text is raw and
the template escapes it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from generator.emit.typerecords import TypeRecord, import_lines
from generator.names.assign import GroupClasses


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


@dataclass(frozen=True)
class Argument:
    """One entry of a call's mapping: the wire name (spec text: the template writes it
    with `pyrepr`) and the code of its value: the method's argument that holds it, or a
    literal (escape.literal) for a fixed query pair of the path key."""

    wire: str
    attr: str


@dataclass(frozen=True)
class CallBody:
    required: bool  # else None stands for "not sent"
    kind: str  # json, form, multipart, text, binary
    content_type: str | None  # None: the runtime sets it (form, multipart)


@dataclass(frozen=True)
class CallView:
    """What a method hands the runtime (`_rt.Call(...)`), decided here; the template
    writes the code. Spec text (path, wire names, delimiters, kind, content type) is raw:
    the template writes it through `pyrepr`. An empty location is left out of the call."""

    method: str
    path: str  # the path template, `{name}` where a path parameter goes
    responses: str  # the module constant holding the operation's responses
    path_params: tuple[Argument, ...] = ()
    query: tuple[Argument, ...] = ()
    exploded: tuple[str, ...] = ()  # query containers sent as repeated keys, sorted
    deep: tuple[str, ...] = ()  # query objects sent as `name[key]=value`, sorted
    delimiters: tuple[tuple[str, str], ...] = ()  # (wire, delimiter) of delimited arrays
    headers: tuple[Argument, ...] = ()
    cookies: tuple[Argument, ...] = ()
    body: CallBody | None = None
    # the credential kinds of each alternative (auth.call_credentials) as Python source:
    # the runtime's own names, no spec text; "" leaves it out
    credentials: str = ""


@dataclass(frozen=True)
class ResponseView:
    status: str
    kind: str
    codec: str  # Python source: the runtime codec, "None" when the body is not decoded


@dataclass(frozen=True)
class PagingRule:
    """The runtime Paging of an operation: the query parameter it fills in, and where the
    items and the next token are (attribute as the model has it, wire name as sent)."""

    param: str
    items: tuple[str, str] | None  # (attr, wire)
    token: tuple[str, str] | None  # (attr, wire)
    token_header: str | None


@dataclass
class PagingView:
    name: str
    signature: str
    item: str
    call: CallView
    paging: PagingRule
    constant: str


@dataclass
class OperationView:
    name: str
    doc: str
    signature: str
    returns: str
    returns_any: bool  # the result is whatever the server sent: no cast
    needs: frozenset[str]  # what its signature, result and item annotations use
    call: CallView
    responses_name: str
    responses: tuple[ResponseView, ...]
    deprecated: bool
    example: str
    http: str
    paging: PagingView | None = None
    dict_body: bool = False  # body= also takes the `types.<Name>Param` dict form


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
        needs = {"typing", "functools", "_runtime"}  # `_m` (models) when an annotation names it
        return import_lines(needs.union(*(op.needs for op in self.operations)))
