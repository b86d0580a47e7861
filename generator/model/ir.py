"""The intermediate model: what an API means, with no Python source in it.

Every later stage (names, view, render) reads these frozen objects; nothing here knows
about templates or output layout. Each definition and operation keeps its JSON pointer
so diagnostics and names can point back at the spec.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

PrimitiveKind = Literal["string", "integer", "number", "boolean"]


@dataclass(frozen=True)
class Pattern:
    """A string's `pattern`: the spec's ECMA-262 text, and the same meaning as Python `re`
    text (model/patterns.py), None when it cannot be written exactly (then unchecked)."""

    source: str
    python: str | None


@dataclass(frozen=True)
class Primitive:
    kind: PrimitiveKind
    format: str | None = None
    pattern: Pattern | None = None  # strings only


@dataclass(frozen=True)
class AnyType:
    """A value the spec leaves open (or one the generator cannot express yet)."""


@dataclass(frozen=True)
class ArrayType:
    items: Type


@dataclass(frozen=True)
class MapType:
    """An object used as a dictionary: `additionalProperties` only."""

    values: Type


@dataclass(frozen=True)
class Ref:
    """A use of a named definition (object, enum or union), by its key in Api.definitions."""

    key: str


@dataclass(frozen=True)
class UnionType:
    variants: tuple[Type, ...]
    discriminator: str | None = None
    mapping: tuple[tuple[str, Type], ...] = ()


@dataclass(frozen=True)
class Nullable:
    inner: Type


Type = Primitive | AnyType | ArrayType | MapType | Ref | UnionType | Nullable


def inner_types(t: Type) -> tuple[Type, ...]:
    """The types written inside `t`: an array's items, a map's values, a nullable's or a
    union's; never what a Ref names (a walk over types decides whether to follow it)."""
    if isinstance(t, ArrayType):
        return (t.items,)
    if isinstance(t, MapType):
        return (t.values,)
    if isinstance(t, Nullable):
        return (t.inner,)
    if isinstance(t, UnionType):
        return tuple(t.variants)
    return ()


def without_null(t: Type) -> Type:
    """The type a value has when it is not null: what every reader of a `Nullable` wants."""
    return t.inner if isinstance(t, Nullable) else t


@dataclass(frozen=True)
class Place:
    """Where a definition stands in the spec: what the naming pass names it after.

    `parent` is the key of the definition it is part of; `operation` the (method, path)
    of the operation whose parameter, body or response it is, and `response` the status
    of that response. With neither, it is a
    schema reached through `$ref`, and `role` starts with the spec's own name for it (its
    pointer's last token). `role` is spec text and fixed words from there: `("tags",
    "Item")`, `("Request",)`, `("filter", "Value")`. No Python name is decided here, not
    even a response's word (`Response201`): that is the naming pass's (names/assign.py).
    """

    parent: str | None
    role: tuple[str, ...]
    operation: tuple[str, str] | None = None
    response: str | None = None  # the status code, for a response's body and what is in it

    def child(self, *role: str) -> Place:
        """A schema inside this one that is not a definition of its own (an array's items)."""
        return Place(self.parent, (*self.role, *role), self.operation, self.response)

    def of_response(self, status: str) -> Place:
        """The body of the operation's response `status`."""
        return Place(self.parent, self.role, self.operation, status)


@dataclass(frozen=True)
class Property:
    wire_name: str
    type: Type
    required: bool
    description: str | None = None
    deprecated: bool = False
    read_only: bool = False
    write_only: bool = False


@dataclass(frozen=True)
class ObjectDef:
    key: str
    place: Place
    pointer: str
    properties: tuple[Property, ...]
    description: str | None = None
    deprecated: bool = False
    example: Any = None


@dataclass(frozen=True)
class EnumDef:
    key: str
    place: Place
    pointer: str
    values: tuple[str | int, ...]
    value_kind: Literal["string", "integer"]
    description: str | None = None


@dataclass(frozen=True)
class UnionDef:
    """A named oneOf/anyOf: rendered as a type alias so `models.Name` exists."""

    key: str
    place: Place
    pointer: str
    union: UnionType
    description: str | None = None


Definition = ObjectDef | EnumDef | UnionDef

ParameterLocation = Literal["path", "query", "header", "cookie"]


@dataclass(frozen=True)
class Parameter:
    wire_name: str
    location: ParameterLocation
    type: Type
    required: bool
    description: str | None = None
    deprecated: bool = False
    explode: bool = True
    style: str = "form"
    # its own entry in the spec (the operation's list, else the path item's): a JSON
    # pointer, after the file's name when that is not the root; for Swagger 2.0, the
    # entry in the document as written, not in its 3.0 conversion
    pointer: str = ""


BodyKind = Literal["json", "form", "multipart", "binary", "text"]


@dataclass(frozen=True)
class RequestBody:
    content_type: str
    kind: BodyKind
    type: Type
    required: bool
    description: str | None = None


ResponseKind = Literal["json", "text", "binary", "empty"]


@dataclass(frozen=True)
class Response:
    status: str
    kind: ResponseKind
    type: Type | None
    content_type: str | None = None
    description: str | None = None
    headers: tuple[str, ...] = ()
    example: Any = field(default=None, compare=False)  # the media type's own example

    @property
    def is_success(self) -> bool:
        return self.status.startswith("2") or self.status == "2XX"


@dataclass(frozen=True)
class Paging:
    """How an operation pages: which query parameter takes the token, where it comes from.

    kind "cursor": the token is the body's `token_field`; kind "header": the response
    header `token_header`. `items_field` is the body's array of items (None: the body is
    the array).
    """

    kind: Literal["cursor", "header"]
    request_param: str
    items_field: str | None
    item_type: Type
    token_field: str | None = None
    token_header: str | None = None


@dataclass(frozen=True)
class Operation:
    operation_id: str | None
    method: str
    path: str
    tag: str | None
    pointer: str
    parameters: tuple[Parameter, ...]
    body: RequestBody | None
    responses: tuple[Response, ...]
    summary: str | None = None
    description: str | None = None
    deprecated: bool = False
    paging: Paging | None = None
    # the alternatives the spec accepts (its own `security`, else the document's default);
    # () when the operation needs none, and an empty alternative when credentials are optional
    security: tuple[SecurityRequirement, ...] = ()
    own_security: bool = False  # the operation lists its own rather than following the default

    @property
    def requires_credentials(self) -> bool:
        """Every alternative the spec accepts names at least one scheme."""
        return bool(self.security) and all(r.schemes for r in self.security)


@dataclass(frozen=True)
class SecurityRequirement:
    """One alternative of a `security` list: schemes needed together, each with its scopes
    as the spec lists them (names sorted; no schemes: no credentials needed)."""

    schemes: tuple[tuple[str, tuple[str, ...]], ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(name for name, _ in self.schemes)


@dataclass(frozen=True)
class SecurityScheme:
    """A scheme the spec declares, applied by the client or not, summed up by what a
    request must carry (`http bearer`, `apiKey X-Key in header`, `oauth2 <flows>`)."""

    name: str
    summary: str
    pointer: str


@dataclass(frozen=True)
class NamedSchema:
    """A schema the spec names under components/schemas (Swagger 2.0: definitions).

    `type` is a Ref when the schema is a definition (a model, enum or union alias), else
    the type uses of it inline.
    """

    name: str
    pointer: str
    type: Type


@dataclass(frozen=True)
class BearerAuth:
    scheme_name: str


@dataclass(frozen=True)
class OAuthClientCredentials:
    scheme_name: str
    token_url: str
    scopes: tuple[str, ...]


@dataclass(frozen=True)
class ApiKeyAuth:
    scheme_name: str
    wire_name: str
    location: Literal["header", "query", "cookie"]


Auth = BearerAuth | OAuthClientCredentials | ApiKeyAuth


@dataclass(frozen=True)
class Api:
    title: str
    version: str
    description: str | None
    base_url: str
    operations: tuple[Operation, ...]
    definitions: dict[str, Definition] = field(hash=False)
    auth: tuple[Auth, ...] = ()  # the schemes the client applies
    security: tuple[SecurityRequirement, ...] = ()  # the document's default requirements
    security_schemes: tuple[SecurityScheme, ...] = ()  # every declared scheme
    schemas: tuple[NamedSchema, ...] = ()  # in the order the spec lists them
