"""The runtime every generated operation shares: models, errors, auth, retries, transport.

This file is copied unchanged into each generated package as `_runtime.py`; operations
only describe a request (a Call) and hand it over. Sync and async clients share every
step but sending and sleeping.

Contents: one `# -- <name>: ...` section each, in this order; a section needs only those
above it while the module loads.

    sentinels           UNSET and NOT_GIVEN: a field or an option not given
    errors              ClientError, ApiError and its subclass per status (error_class)
    codecs              Codec and its kinds, to_wire: a wire value to Python and back
    models              Model, field(), model(): the base and decorator of every model
    annotation codecs   _codec_of: the codec a field's annotation names (the generator's
                        side is generator/emit/typerecords.py)
    compiled decoders   the straight-line decoders (lenient, strict) a model compiles
                        on its first decode of each kind
    requests            Call, Paging, RawResponse: what an operation asks for and gets
    request encoding    a Call's path, query and JSON, form or multipart body
    operation groups    Group, RawCalls and the wrappers that re-type one method body
    auth                Auth and its kinds; credentials from arguments or the environment
    the client          BaseClient, SyncClient, AsyncClient: base URL, retries, errors
"""

from __future__ import annotations

import binascii
import datetime as _dt
import enum
import json
import logging
import os
import re
import sys
import threading
import time
import uuid as _uuid
import warnings
from collections.abc import AsyncIterator, Callable, Coroutine, Iterator, Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Concatenate,
    Generic,
    ParamSpec,
    Self,
    TypeAlias,
    TypedDict,
    TypeVar,
    dataclass_transform,
)
from urllib.parse import quote, urlsplit

import httpx

if TYPE_CHECKING:  # asyncio is imported only by the async paths: plain scripts start faster
    import asyncio

__all__ = [
    "UNSET",
    "Unset",
    "Model",
    "ApiError",
    "ApiConnectionError",
    "ApiTimeoutError",
    "ClientError",
    "ResponseValidationError",
    "RawResponse",
]

T = TypeVar("T")
R = TypeVar("R")
P = ParamSpec("P")
M = TypeVar("M", bound="Model")


# -- sentinels: a value not given -----------------------------------------------------------


class Unset:
    """The value of an optional field that was not given (distinct from an explicit None)."""

    _instance: ClassVar[Unset | None] = None

    def __new__(cls) -> Unset:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __reduce__(self) -> str:
        return "UNSET"


UNSET: Any = Unset()


class NotGiven:
    """An option the caller did not pass (None is a value: `timeout=None` means no timeout)."""

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN = NotGiven()


# -- errors ---------------------------------------------------------------------------------


class ClientError(Exception):
    """Base class of every error this client raises."""


class ApiError(ClientError):
    """The server answered with a status that is not a success."""

    def __init__(self, message: str, *, status_code: int, headers: httpx.Headers, body: Any,
                 request_id: str | None, http_response: httpx.Response | None = None) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.headers = headers
        self.body = body
        self.request_id = request_id
        self.http_response = http_response


class BadRequestError(ApiError):
    pass


class AuthenticationError(ApiError):
    pass


class PermissionDeniedError(ApiError):
    pass


class NotFoundError(ApiError):
    pass


class ConflictError(ApiError):
    pass


class UnprocessableEntityError(ApiError):
    pass


class RateLimitError(ApiError):
    pass


class ServerError(ApiError):
    pass


class ApiConnectionError(ClientError):
    """The request could not be sent or no answer came back."""


class ApiTimeoutError(ApiConnectionError):
    pass


class ResponseValidationError(ClientError):
    """With strict=True: a response did not match what the spec promises."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


_STATUS_ERRORS: dict[int, type[ApiError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def error_class(status: int) -> type[ApiError]:
    if status >= 500:
        return ServerError
    return _STATUS_ERRORS.get(status, ApiError)


# -- codecs: how a wire value becomes a Python value and back -------------------------------


class Codec:
    """Decodes leniently: a value of the wrong type is kept as received unless strict.

    `fits` says whether a wire value is of this codec's kind: a union decodes a value with
    its first variant that fits it, so each codec answers for itself.
    """

    expected = "a value"
    allows_null = False  # whether the schema admits null: only then is a None sent as null

    def fits(self, value: Any) -> bool:
        """Whether a union should decode `value` with this codec: any value, unless the codec
        says otherwise (Any, base64 text and a union itself keep this)."""
        return True

    def decode(self, value: Any, strict: bool, path: str) -> Any:
        if value is None:
            return _mismatch(value, self.expected, strict, path)
        return self._decode(value, strict, path)

    def _decode(self, value: Any, strict: bool, path: str) -> Any:
        return value

    def encode(self, value: Any, request: bool = False) -> Any:
        """Wire form; `request`: for a request body, where readOnly fields stay out."""
        return to_wire(value, request)

    def decoder_expr(self, code: _DecoderSource, value: str, var: str,
                     depth: int = 0) -> str | None:
        """This codec's piece of a compiled decoder (see _compile_decoder): Python
        source decoding the expression `value` as `decode(value, False, ...)` would, which
        may bind `var` to evaluate `value` once; None when only `decode` itself can.

        In a strict decoder (`code.strict`) the piece takes only what `decode(value, True,
        ...)` takes, and calls `_fail()` for anything else: the model is then decoded again
        by `Model._decode`, which says where the value is and what is wrong with it.

        Each codec class answers for itself (a test holds every one to it): a subclass that
        decodes differently must not inherit its parent's piece.
        """
        return None

    def fits_expr(self, code: _DecoderSource) -> str | None:
        """A condition on `{v}` (a name) true exactly when `fits` is, for JSON data (each
        container or scalar of its exact class), or None when no condition can say it;
        a union dispatches its variants on these (UnionOf.decoder_expr)."""
        return None


def _mismatch(value: Any, expected: str, strict: bool, path: str) -> Any:
    if strict:
        raise ResponseValidationError(path, f"expected {expected}, got {type(value).__name__}")
    return value


class AnyCodec(Codec):
    allows_null = True

    def decode(self, value: Any, strict: bool, path: str) -> Any:
        return value

    def decoder_expr(self, code: _DecoderSource, value: str, var: str,
                     depth: int = 0) -> str | None:
        return value

    def fits_expr(self, code: _DecoderSource) -> str | None:
        return "True"


class Primitive(Codec):
    def __init__(self, types: tuple[type, ...], expected: str) -> None:
        self.types = types
        self.expected = expected

    def fits(self, value: Any) -> bool:
        """Of one of the types; a bool is not an int here unless bool is one of them."""
        return isinstance(value, self.types) and (bool in self.types
                                                  or not isinstance(value, bool))

    def _decode(self, value: Any, strict: bool, path: str) -> Any:
        if self.fits(value):
            return value
        return _mismatch(value, self.expected, strict, path)

    def decoder_expr(self, code: _DecoderSource, value: str, var: str,
                     depth: int = 0) -> str | None:
        if not code.strict:
            return value  # leniently, a value of the wrong type is kept as received
        return _checked(code, value, var, self._of_types(code), "{v}")

    def fits_expr(self, code: _DecoderSource) -> str | None:
        return self._of_types(code)

    def _of_types(self, code: _DecoderSource) -> str:
        """Of one of the types exactly (JSON data has no subclasses; a bool is no int)."""
        return " or ".join(f"{{v}}.__class__ is {code.bind('T', t)}" for t in self.types)


class Parsed(Codec):
    """A string parsed into a richer value (date-time, date, UUID); kept as text if malformed.

    `or_raw` is the same parse for the compiled decoders: the value, or the text as received.
    """

    def __init__(self, parse: Any, expected: str, or_raw: Callable[[str], Any]) -> None:
        self.parse = parse
        self.expected = expected
        self.or_raw = or_raw

    def fits(self, value: Any) -> bool:
        """Text that parses."""
        if not isinstance(value, str):
            return False
        try:
            self.parse(value)
        except (TypeError, ValueError):
            return False
        return True

    def _decode(self, value: Any, strict: bool, path: str) -> Any:
        if isinstance(value, str):
            try:
                return self.parse(value)
            except ValueError:
                pass
        return _mismatch(value, self.expected, strict, path)

    def decoder_expr(self, code: _DecoderSource, value: str, var: str,
                     depth: int = 0) -> str | None:
        parse = code.bind("P", self.or_raw)
        if not code.strict:
            return _when(value, var, "str", parse + "({v})", code)
        # or_raw gives back the very text it was given when the text does not parse
        parsed = f"p{depth}"
        return _checked(code, value, var,
                        f"{{v}}.__class__ is str and ({parsed} := {parse}({{v}})) is not {{v}}",
                        parsed)

    def fits_expr(self, code: _DecoderSource) -> str | None:
        return None  # text that parses: the union goes through decode


def _parse_datetime(text: str) -> _dt.datetime:
    return _dt.datetime.fromisoformat(text[:-1] + "+00:00" if text.endswith(("Z", "z")) else text)


def format_datetime(value: _dt.datetime) -> str:
    """RFC 3339 as APIs write it: `Z` for UTC, no more fractional digits than needed."""
    micro = value.microsecond
    spec = "seconds" if micro == 0 else "milliseconds" if micro % 1000 == 0 else "microseconds"
    text = value.isoformat(timespec=spec)
    return text[:-6] + "Z" if text.endswith("+00:00") else text


class Base64Codec(Codec):
    expected = "base64 text"

    def _decode(self, value: Any, strict: bool, path: str) -> Any:
        return value

    def decoder_expr(self, code: _DecoderSource, value: str, var: str,
                     depth: int = 0) -> str | None:
        if not code.strict:
            return value  # the text as received
        return _checked(code, value, var, "{v} is not None", "{v}")

    def fits_expr(self, code: _DecoderSource) -> str | None:
        return "True"

    def encode(self, value: Any, request: bool = False) -> Any:
        if isinstance(value, (bytes, bytearray)):
            return _b64(value)
        return value


class Nullable(Codec):
    allows_null = True

    def __init__(self, inner: Codec) -> None:
        self.inner = inner

    def fits(self, value: Any) -> bool:
        return value is None or self.inner.fits(value)

    def decode(self, value: Any, strict: bool, path: str) -> Any:
        return None if value is None else self.inner.decode(value, strict, path)

    def encode(self, value: Any, request: bool = False) -> Any:
        return None if value is None else self.inner.encode(value, request)

    def decoder_expr(self, code: _DecoderSource, value: str, var: str,
                     depth: int = 0) -> str | None:
        if not code.strict:
            # None is kept as received: no inner piece converts it (each tests the type first)
            return self.inner.decoder_expr(code, value, var, depth)
        name = value if value.isidentifier() else var
        inner = self.inner.decoder_expr(code, name, f"n{depth}", depth + 1)
        if inner is None:
            return None
        bound = value if value.isidentifier() else f"({var} := {value})"
        return f"None if {bound} is None else {inner}"

    def fits_expr(self, code: _DecoderSource) -> str | None:
        inner = self.inner.fits_expr(code)
        return None if inner is None else f"{{v}} is None or {inner}"


class ListOf(Codec):
    expected = "a list"

    def __init__(self, item: Codec) -> None:
        self.item = item

    def fits(self, value: Any) -> bool:
        return isinstance(value, list)

    def _decode(self, value: Any, strict: bool, path: str) -> Any:
        if not isinstance(value, list):
            return _mismatch(value, self.expected, strict, path)
        decode = self.item.decode
        return [decode(v, strict, f"{path}[{i}]") for i, v in enumerate(value)]

    def encode(self, value: Any, request: bool = False) -> Any:
        if isinstance(value, (list, tuple)):
            return [self.item.encode(v, request) for v in value]
        return to_wire(value, request)

    def decoder_expr(self, code: _DecoderSource, value: str, var: str,
                     depth: int = 0) -> str | None:
        item = f"x{depth}"
        converted = self.item.decoder_expr(code, item, f"w{depth}", depth + 1)
        if converted is None:
            return None
        if converted == item:  # items kept as they are: the list too
            return value if not code.strict else _when(value, var, "list", "{v}", code)
        return _when(value, var, "list", f"[{converted} for {item} in {{v}}]", code)

    def fits_expr(self, code: _DecoderSource) -> str | None:
        return "{v}.__class__ is list"


class MapOf(Codec):
    expected = "an object"

    def __init__(self, item: Codec) -> None:
        self.item = item

    def fits(self, value: Any) -> bool:
        return isinstance(value, dict)

    def _decode(self, value: Any, strict: bool, path: str) -> Any:
        if not isinstance(value, dict):
            return _mismatch(value, self.expected, strict, path)
        decode = self.item.decode
        return {k: decode(v, strict, f"{path}.{k}") for k, v in value.items()}

    def encode(self, value: Any, request: bool = False) -> Any:
        if isinstance(value, Mapping):
            return {k: self.item.encode(v, request) for k, v in value.items()}
        return to_wire(value, request)

    def decoder_expr(self, code: _DecoderSource, value: str, var: str,
                     depth: int = 0) -> str | None:
        return None  # through decode (maps are rare in responses: no inline piece yet)

    def fits_expr(self, code: _DecoderSource) -> str | None:
        return "{v}.__class__ is dict"


# the words of a class name, exactly as generator/names/identifiers.py splits them (a test
# holds them equal): `EntityIDs` is `Entity` `IDs`
_WORD = re.compile(
    r"[A-Z]{2,}s(?![a-z])[0-9]*|[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+[0-9]*|[A-Z]+[0-9]*|[0-9]+[a-z]*")


def model_module(name: str, renamed: Mapping[str, str]) -> str:
    """The module of `models` that defines the class `name`: its words in snake case,
    unless the generator named it otherwise (`renamed`). Not an identifier: no module."""
    if not name.isidentifier() or name.startswith("_"):
        return "_"
    return renamed.get(name) or "_".join(w.lower() for w in _WORD.findall(name)) or "_"


def model_named(name: str) -> Any:
    """A class of this package's `models`, imported on first use (see ModelOf, EnumOf)."""
    import importlib

    return getattr(importlib.import_module(_PACKAGE + ".models"), name)


_PACKAGE = __name__.rpartition(".")[0]


class EnumOf(Codec):
    """An unknown enum value is kept as its raw value (servers add values over time).

    The enum is named, and looked up in `models` only when a value is first decoded.
    """

    def __init__(self, enum_class: type[enum.Enum] | str) -> None:
        self._enum_class = enum_class
        name = enum_class if isinstance(enum_class, str) else enum_class.__name__
        self.expected = f"one of {name}"

    @property
    def enum_class(self) -> type[enum.Enum]:
        found = self._enum_class
        if isinstance(found, str):
            found = self._enum_class = model_named(found)
        return found

    def fits(self, value: Any) -> bool:
        """One of the enum's values (an unknown one fits another variant, if any)."""
        try:
            return value in self.enum_class._value2member_map_
        except TypeError:  # a list or an object: no enum's value
            return False

    def _decode(self, value: Any, strict: bool, path: str) -> Any:
        try:
            return self.enum_class(value)
        except (ValueError, TypeError):
            return _mismatch(value, self.expected, strict, path)

    def decoder_expr(self, code: _DecoderSource, value: str, var: str,
                     depth: int = 0) -> str | None:
        """A lookup of the member by value, the value itself when unknown (str and int
        enums; another kind of enum goes through decode)."""
        enum_class = self.enum_class
        kind = "str" if issubclass(enum_class, str) else \
            "int" if issubclass(enum_class, int) else None
        if kind is None:
            return None
        members = code.bind("E", enum_class._value2member_map_)
        if not code.strict:
            return _when(value, var, kind, members + ".get({v}, {v})", code)
        # an unknown value fails strictly (True for 1 too: decode says whether it is one)
        return _checked(code, value, var, f"{{v}}.__class__ is {kind} and {{v}} in {members}",
                        members + "[{v}]")

    def fits_expr(self, code: _DecoderSource) -> str | None:
        """A str enum's value (a str never equals another kind's value, nor the reverse)."""
        enum_class = self.enum_class
        if not issubclass(enum_class, str):
            return None
        members = code.bind("E", enum_class._value2member_map_)
        return f"{{v}}.__class__ is str and {{v}} in {members}"


class ModelOf(Codec):
    """A nested model, named, and looked up in `models` only when first decoded."""

    def __init__(self, model: type[Model] | str) -> None:
        self._model = model
        self.expected = model if isinstance(model, str) else model.__name__

    @property
    def model(self) -> type[Model]:
        found = self._model
        if isinstance(found, str):
            found = self._model = model_named(found)
        return found

    def fits(self, value: Any) -> bool:
        """An object holding every field the model requires."""
        return isinstance(value, dict) and self.model._required_wire <= value.keys()

    def _decode(self, value: Any, strict: bool, path: str) -> Any:
        if not isinstance(value, dict):
            return _mismatch(value, f"a {self.expected} object", strict, path)
        if not strict:
            return self.model._lenient(value)
        return self.model._strict(value, path)

    def decoder_expr(self, code: _DecoderSource, value: str, var: str,
                     depth: int = 0) -> str | None:
        """The nested model's own decoder, called directly (no classmethod binding); while
        that model is being built (a cycle back to it), through the class."""
        model = self.model
        built = _built_decoder(model, code.building, code.strict)
        if built is None:
            method = "._strict({v}, '$')" if code.strict else "._lenient({v})"
            return _when(value, var, "dict", code.bind("M", model) + method, code)
        call = f"{code.bind('D', built)}({code.bind('M', model)}, {{v}})"
        return _when(value, var, "dict", call, code)

    def fits_expr(self, code: _DecoderSource) -> str | None:
        required = code.bind("R", self.model._required_wire)
        return f"{{v}}.__class__ is dict and {required} <= {{v}}.keys()"


class UnionOf(Codec):
    """oneOf/anyOf: by discriminator when there is one, else the first variant that fits."""

    expected = "one of the variants"

    def __init__(self, variants: tuple[Codec, ...], discriminator: str | None = None,
                 mapping: Mapping[str, Codec] | None = None) -> None:
        self.variants = variants
        self.discriminator = discriminator
        self.mapping = dict(mapping or {})
        self.allows_null = any(v.allows_null for v in variants)

    def _decode(self, value: Any, strict: bool, path: str) -> Any:
        if self.discriminator and isinstance(value, dict):
            chosen = self.mapping.get(str(value.get(self.discriminator)))
            if chosen is not None:
                return chosen.decode(value, strict, path)
        for variant in self.variants:
            if variant.fits(value):
                return variant.decode(value, strict, path)
        return _mismatch(value, self.expected, strict, path)

    def decoder_expr(self, code: _DecoderSource, value: str, var: str,
                     depth: int = 0) -> str | None:
        """The first variant whose condition holds (see Codec.fits_expr), as decode chooses
        it; through decode when a variant has no condition or there is a discriminator."""
        if self.discriminator:
            return None
        name = value if value.isidentifier() else var
        chain: list[tuple[str, str]] = []  # (condition, piece), the last one's may be "True"
        if code.strict:  # decode refuses null before asking the variants
            chain.append((_fill("{v} is None", f"({var} := {value})" if name != value
                                else name, name), "_fail()"))
        for variant in self.variants:
            condition = variant.fits_expr(code)
            if condition is None:
                return None
            if condition == "True" and not chain:  # the first variant takes every value
                return variant.decoder_expr(code, value, var, depth) or (
                    f"{code.bind('C', variant)}.decode({value}, {code.strict}, '$')")
            piece = variant.decoder_expr(code, name, f"u{depth}", depth + 1) or (
                f"{code.bind('C', variant)}.decode({name}, {code.strict}, '$')")
            # the first condition evaluates the value, once, before any piece runs
            bound = f"({var} := {value})" if not chain and name != value else name
            chain.append((_fill(condition, bound, name), piece))
            if condition == "True":
                break
        expr = name if not code.strict else "_fail()"  # no variant fits
        for condition, piece in reversed(chain):
            expr = piece if condition == "True" else f"({piece}) if {condition} else {expr}"
        return expr

    def fits_expr(self, code: _DecoderSource) -> str | None:
        return "True"


ANY = AnyCodec()
STR = Primitive((str,), "a string")
INT = Primitive((int,), "an integer")
FLOAT = Primitive((int, float), "a number")
BOOL = Primitive((bool,), "a boolean")
def datetime_or_raw(text: str) -> Any:
    """A datetime, or the text as received when it is not one (decoding never fails)."""
    try:
        return _parse_datetime(text)
    except ValueError:
        return text


def date_or_raw(text: str) -> Any:
    try:
        return _dt.date.fromisoformat(text)
    except ValueError:
        return text


_UUID_CLASS = _uuid.UUID
_UUID_SAFETY_UNKNOWN = _uuid.SafeUUID.unknown  # an enum member lookup is slow on 3.11
_new_object = object.__new__  # bound once: the decoders make tens of thousands of UUIDs
# UUID's slot descriptors (`__slots__ = ("int", "is_safe", ...)`): setting them directly
_set_uuid_int: Callable[[Any, int], None] = vars(_UUID_CLASS)["int"].__set__
_set_uuid_safety: Callable[[Any, Any], None] = vars(_UUID_CLASS)["is_safe"].__set__
_int_from_bytes = int.from_bytes
_unhexlify = binascii.unhexlify


def uuid_or_raw(text: str) -> Any:
    """A UUID, or the text as received.

    The fast path takes text that is 32 hex digits once its dashes are gone, which is
    exactly what `uuid.UUID(text)` then reads (it drops every dash, wherever it stands), as
    `int(digits, 16)`; `unhexlify` takes nothing but hex digits, where int() would also take
    "_", "+", "0x", spaces and non-ASCII digits. Anything else goes to `uuid.UUID` itself.
    """
    digits = text.replace("-", "")
    if len(digits) == 32:
        try:
            value = _int_from_bytes(_unhexlify(digits), "big")
        except ValueError:  # binascii.Error is one: a character that is no hex digit
            pass
        else:
            parsed = _new_object(_UUID_CLASS)
            _set_uuid_int(parsed, value)
            _set_uuid_safety(parsed, _UUID_SAFETY_UNKNOWN)
            return parsed
    try:
        return _uuid.UUID(text)
    except ValueError:
        return text


DATETIME = Parsed(_parse_datetime, "a date-time", datetime_or_raw)
DATE = Parsed(_dt.date.fromisoformat, "a date", date_or_raw)
UUID = Parsed(_uuid.UUID, "a UUID", uuid_or_raw)
BASE64 = Base64Codec()


def _b64(value: bytes | bytearray) -> str:
    import base64

    return base64.b64encode(value).decode("ascii")


_PLAIN = frozenset({str, int, float, bool, type(None)})  # already JSON data, exactly


def to_wire(value: Any, request: bool = False) -> Any:
    """Any value a caller may pass (models, enums, dates, UUIDs, containers) as JSON data.

    `request`: the value is (part of) a request body, so models leave out readOnly fields.
    """
    if value.__class__ in _PLAIN:
        return value
    if value.__class__ is dict:
        return {str(k): to_wire(v, request) for k, v in value.items() if v is not UNSET}
    if isinstance(value, Model):
        return value._wire(request)
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, _dt.datetime):
        return format_datetime(value)
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, _uuid.UUID):
        return str(value)
    if isinstance(value, Mapping):
        return {str(k): to_wire(v, request) for k, v in value.items() if v is not UNSET}
    if isinstance(value, (list, tuple)):
        return [to_wire(v, request) for v in value]
    if isinstance(value, (bytes, bytearray)):
        return _b64(value)
    return value


# -- models ---------------------------------------------------------------------------------


class Field:
    """One model field: its wire name, attribute, codec and direction, and whether its
    schema admits null (else a None given for it means "absent")."""

    __slots__ = ("wire", "attr", "codec", "required", "read_only", "nullable")

    def __init__(self, wire: str, attr: str, codec: Codec, required: bool = False,
                 read_only: bool = False) -> None:
        self.wire = wire
        self.attr = attr
        self.codec = codec
        self.required = required
        self.read_only = read_only
        self.nullable = codec.allows_null


_NO_NULLS: frozenset[str] = frozenset()


def _nulls_of(data: Mapping[str, Any]) -> frozenset[str]:
    """The wire names given as an explicit null (sent back as null; absent ones are left out)."""
    return frozenset(k for k, v in data.items() if v is None)


class Model:
    """Base of every generated dataclass: wire conversion that never loses data.

    An optional field reads as None whether it was absent or null; `_nulls` keeps the wire
    names that were null: those the server sent as null (so `to_dict()` gives back what
    was received) and those a caller gave as None where the schema admits null. A None on
    a field that does not admit null means "absent": a caller's is never recorded, and a
    request body leaves out one that was received, so a request sends null only where the
    spec allows it.
    """

    __slots__ = ("_nulls",)
    _nulls: frozenset[str]
    _fields: ClassVar[tuple[Field, ...]] = ()
    _required_wire: ClassVar[frozenset[str]] = frozenset()
    additional_properties: dict[str, Any]

    @classmethod
    def _bind(cls, *fields: Field) -> None:
        cls._fields = fields
        cls._required_wire = frozenset(f.wire for f in fields if f.required)

    @classmethod
    def from_dict(cls: type[M], data: Mapping[str, Any], *, strict: bool = False) -> M:
        """Build from wire data; unknown fields are kept in `additional_properties`."""
        if not isinstance(data, Mapping):
            raise TypeError(f"{cls.__name__}.from_dict expects a mapping, got "
                            f"{type(data).__name__}")
        return cls._strict(data, "$") if strict else cls._lenient(data)

    @classmethod
    def _lenient(cls: type[M], data: Mapping[str, Any]) -> M:
        """Lenient decoding: the first call builds this model's straight-line decoder from
        its declared fields (as dataclasses builds `__init__`) and installs it in its place."""
        decoder = _built_decoder(cls, set())
        if decoder is None:
            return cls._decode(data, False, "$")
        return decoder(cls, data)  # type: ignore[no-any-return]

    @classmethod
    def _strict(cls: type[M], data: Mapping[str, Any], path: str) -> M:
        """Strict decoding: through the straight-line strict decoder built on the first call
        (see `_lenient`); when it refuses anything, `_decode` says where and what."""
        decoder = _built_decoder(cls, set(), strict=True)
        if decoder is not None:
            try:
                return decoder(cls, data)  # type: ignore[no-any-return]
            except ResponseValidationError:
                pass
        return cls._decode(data, True, path)

    @classmethod
    def _decode(cls: type[M], data: Mapping[str, Any], strict: bool, path: str) -> M:
        """The general decoder, field by field through each codec's decode: the compiled
        decoders' reference, and strict decoding's say on what is wrong where."""
        self = object.__new__(cls)
        extra = dict(data)
        pop = extra.pop
        object.__setattr__(self, "_nulls", _nulls_of(extra))
        for f in cls._fields:
            value = pop(f.wire, UNSET)
            if value is UNSET:
                if strict and f.required:
                    raise ResponseValidationError(f"{path}.{f.wire}", "required field missing")
                value = None
            else:
                value = f.codec.decode(value, strict, f"{path}.{f.wire}")
            object.__setattr__(self, f.attr, value)
        object.__setattr__(self, "additional_properties", extra)
        return self

    def to_dict(self) -> dict[str, Any]:
        """Wire form: wire names, unset fields left out, nulls kept (see the class)."""
        return self._wire(False)

    def _wire(self, request: bool) -> dict[str, Any]:
        """The wire form; in a request body (`request`) without the readOnly fields, which
        the server sets, nor a null the schema does not admit (to_dict() keeps both: a
        decoded response comes back out whole)."""
        out: dict[str, Any] = {}
        nulls = getattr(self, "_nulls", _NO_NULLS)
        for f in self._fields:
            value = getattr(self, f.attr, None)
            if value is None and (f.wire not in nulls or (request and not f.nullable)) or \
                    value is UNSET or (request and f.read_only):
                continue
            # str/int/float/bool/None are wire data already: every codec returns them as is
            out[f.wire] = value if value.__class__ in _PLAIN else f.codec.encode(value, request)
        for key, value in self.additional_properties.items():
            out.setdefault(key, to_wire(value, request))
        return out

    @classmethod
    def from_json(cls: type[M], text: str | bytes, *, strict: bool = False) -> M:
        """Build from JSON text, as from_dict does from parsed data."""
        return cls.from_dict(json.loads(text), strict=strict)

    def to_json(self, *, indent: int | None = None) -> str:
        """JSON text of the wire form (to_dict): given fields only, explicit nulls kept."""
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    def __repr__(self) -> str:
        """The fields that are set (given, or holding a value), not those left out."""
        nulls = getattr(self, "_nulls", _NO_NULLS)
        parts = [f"{f.attr}={value!r}" for f in self._fields
                 if (value := getattr(self, f.attr, None)) is not None or f.wire in nulls]
        if self.additional_properties:
            parts.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(parts)})"


_NO_DEFAULT: Any = object()


def field(codec: Codec | None = None, *, wire: str | None = None, default: Any = _NO_DEFAULT,
          default_factory: Callable[[], Any] | None = None, read_only: bool = False,
          required: bool | None = None) -> Any:
    """Declare a model field: its codec when the annotation alone does not say it (models,
    enums, lists, unions), its wire name when it is not the attribute's, and its default.

    `required` (for strict decoding) defaults to "has no default"; a readOnly field has a
    default (callers never send it) yet may be required in what the server sends.
    """
    import dataclasses

    metadata = {"codec": codec, "wire": wire, "read_only": read_only, "required": required}
    if default_factory is not None:
        return dataclasses.field(default_factory=default_factory, metadata=metadata)
    if default is not _NO_DEFAULT:
        return dataclasses.field(default=default, metadata=metadata)
    return dataclasses.field(metadata=metadata)


@dataclass_transform(kw_only_default=True, field_specifiers=(field,))
def model(cls: type[M]) -> type[M]:
    """Make a declared model a keyword-only, slotted dataclass and record its fields."""
    import dataclasses

    made = dataclasses.dataclass(kw_only=True, slots=True, repr=False)(cls)
    fields: list[Field] = []
    for f in dataclasses.fields(made):  # type: ignore[arg-type]
        if f.name == "additional_properties":
            continue
        meta = f.metadata
        has_default = f.default is not dataclasses.MISSING or \
            f.default_factory is not dataclasses.MISSING
        required = meta.get("required")
        codec = meta.get("codec") or _codec_of(str(f.type), optional=f.default is UNSET)
        fields.append(Field(meta.get("wire") or f.name, f.name, codec,
                            not has_default if required is None else required,
                            meta.get("read_only", False)))
    made._bind(*fields)
    _remember_given(made)
    return made


def _remember_given(cls: type[Model]) -> None:
    """Wrap the dataclass `__init__`: a field left out (UNSET) reads as None afterwards, and
    the wire names given as None where the schema admits null are kept, so to_dict() sends
    them as null; elsewhere None is the field's "absent" (its annotation's `| None`)."""
    import functools

    init = cls.__init__
    names = tuple((f.attr, f.wire, f.nullable) for f in cls._fields)

    @functools.wraps(init)
    def __init__(self: Model, *args: Any, **kwargs: Any) -> None:
        init(self, *args, **kwargs)
        nulls = []
        for attr, wire, nullable in names:
            value = getattr(self, attr)
            if value is UNSET:
                object.__setattr__(self, attr, None)
            elif value is None and nullable:
                nulls.append(wire)
        object.__setattr__(self, "_nulls", frozenset(nulls))

    cls.__init__ = __init__  # type: ignore[method-assign, assignment]


def warn_deprecated(model: Model, attrs: tuple[str, ...]) -> None:
    """Warn when a caller builds a deprecated model ("") or sets a deprecated field.

    Only construction warns: decoding what a server sent never does.
    """
    for attr in attrs:
        if attr == "":
            message = f"{type(model).__name__} is deprecated"
        elif getattr(model, attr, UNSET) is not UNSET:
            message = f"{type(model).__name__}.{attr} is deprecated"
        else:
            continue
        warnings.warn(message, DeprecationWarning, stacklevel=4)


# -- annotation codecs: the grammar the generator writes ------------------------------------


# the plain annotations of _codec_of's grammar: values that need no more than their type
_PLAIN_CODECS: dict[str, Codec] = {
    "str": STR, "int": INT, "float": FLOAT, "bool": BOOL, "bytes": BASE64, "_t.Any": ANY,
    "_uuid.UUID": UUID, "_dt.datetime": DATETIME, "_dt.date": DATE,
}


def _codec_of(annotation: str, optional: bool = False) -> Codec:
    """The codec a model field's annotation names, for a field declared without a codec.

    The one grammar such annotations follow: generator/emit/typerecords.py writes them
    (`codec_from_annotation`, `declared_codec`) and tests parse every annotation it can
    write with this function (tests/unit/emit/test_typerecords.py) and each rule below
    (tests/unit/templates/test_runtime.py):

        annotation := named | named " | None"
        named      := plain | "list[" named "]" | "dict[str, " named "]"
                    | "_m." Name | "_m." Name " | str" | "_m." Name " | int"
        plain      := a key of _PLAIN_CODECS: str int float bool bytes _t.Any
                      _uuid.UUID _dt.datetime _dt.date

    `list[X]` is ListOf(X), `dict[str, X]` MapOf(X), `_m.Name` ModelOf("Name") and
    `_m.Name | str` or `| int` EnumOf("Name"), looked up in the package's `models` (`_m`)
    when first decoded. A final ` | None` is Nullable, but on an `optional` field (its
    default is UNSET) it is how "absent" reads, and a nullable optional field declares its
    codec. Anything else (a union, an alias, a nullable item) is a TypeError: such a field
    declares its codec with `_rt.field(codec)`.
    """
    text = annotation
    inner = text.removesuffix(" | None")
    codec = _named_codec(inner)
    if codec is None:
        raise TypeError(f"the annotation {annotation!r} needs a codec: _rt.field(codec)")
    # on an optional field `| None` is how "absent" reads; null is declared by its codec
    return Nullable(codec) if inner != text and not optional else codec


def _named_codec(text: str) -> Codec | None:
    if text in _PLAIN_CODECS:
        return _PLAIN_CODECS[text]
    for opening, container in (("list[", ListOf), ("dict[str, ", MapOf)):
        if text.startswith(opening) and text.endswith("]"):
            item = _named_codec(text[len(opening):-1])
            return None if item is None else container(item)
    if text.startswith("_m."):
        name, _, rest = text[3:].partition(" | ")
        if name.isidentifier():
            return ModelOf(name) if not rest else EnumOf(name) if rest in ("str", "int") else None
    return None


# -- compiled decoders: lenient and strict, from a model's fields ---------------------------


class _DecoderSource:
    """The source of one model's compiled decoder, and the objects it refers to by name.

    Only names made here (`M0`, `E1`, ...), checked attribute names and repr() of wire
    names reach the source: no text from the spec is ever spliced into it unescaped.
    """

    def __init__(self, building: set[tuple[type[Model], bool]], strict: bool = False) -> None:
        self.env: dict[str, Any] = {"UNSET": UNSET, "_new": object.__new__, "str": str,
                                    "_nulls_of": _nulls_of, "_NO_NULLS": _NO_NULLS,
                                    "int": int, "dict": dict, "list": list, "_fail": _fail}
        self.building = building
        self.strict = strict  # a strict decoder: see Codec.decoder_expr

    def bind(self, prefix: str, value: Any) -> str:
        name = f"{prefix}{len(self.env)}"
        self.env[name] = value
        return name


def _when(source: str, var: str, kind: str, template: str, code: _DecoderSource) -> str:
    """`convert(value) if type(value) is kind else value`, evaluating `source` once; in a
    strict decoder, `_fail()` instead of the value."""
    return _checked(code, source, var, f"{{v}}.__class__ is {kind}", template)


def _checked(code: _DecoderSource, source: str, var: str, condition: str,
             template: str) -> str:
    """`template if condition else value` (`_fail()` when strict) on `{v}`: the value of
    `source`, evaluated once, by the condition, which runs first."""
    name = source if source.isidentifier() else var
    bound = source if source.isidentifier() else f"({var} := {source})"
    otherwise = "_fail()" if code.strict else name
    return f"{_fill(template, name, name)} if {_fill(condition, bound, name)} else {otherwise}"


def _fill(template: str, first: str, rest: str) -> str:
    """`template` with its first `{v}` replaced by `first`, the others by `rest`; neither is
    read again (`first` may hold a wire name, which may hold the text `{v}`)."""
    head, *parts = template.split("{v}")
    return head + "".join((rest if i else first) + part for i, part in enumerate(parts))


def _fail() -> Any:
    """What a strict compiled decoder calls on a value it does not take: Model._strict
    then decodes the whole model again with Model._decode, which says what is wrong."""
    raise ResponseValidationError("$", "not as the spec says")


def _built_decoder(cls: type[Model], building: set[tuple[type[Model], bool]],
                   strict: bool = False) -> Callable[..., Any] | None:
    """The lenient (strict) decoder built for `cls` (building it, and those of the models
    it nests, now if need be), or None while it is being built (a recursive model) or
    cannot be. The lenient one takes the place of `_lenient`, the strict one is
    `_strictly`, which `_strict` calls."""
    name = "_strictly" if strict else "_lenient"
    fn = getattr(cls.__dict__.get(name), "__func__", None)
    if fn is not None and getattr(fn, "built_from_declarations", False):
        return fn  # type: ignore[no-any-return]
    key = (cls, strict)
    if key in building:
        return None
    building.add(key)
    try:
        decoder = _compile_decoder(cls, building, strict)
    finally:
        building.discard(key)
    if decoder is not None:
        decoder.built_from_declarations = True  # type: ignore[attr-defined]
        setattr(cls, name, classmethod(decoder))
    return decoder


def _compile_decoder(cls: type[Model], building: set[tuple[type[Model], bool]],
                     strict: bool) -> Callable[..., Any] | None:
    """The straight-line decoder of `cls`, or None when a field name is not an identifier.

    Lenient, an absent field reads as None, as an explicit null does. Strict, it takes
    only what `_decode(data, True, ...)` takes and calls `_fail()` on anything else (an
    absent required field, a null where the schema has none, a value of another type).
    """
    import keyword

    code = _DecoderSource(building, strict)
    lines = ["def _decoder(cls, data):", "    get = data.get", "    self = _new(cls)",
             "    self._nulls = _nulls_of(data) if None in data.values() else _NO_NULLS"]
    for f in cls._fields:
        if not f.attr.isidentifier() or keyword.iskeyword(f.attr):
            return None
        if not strict:
            source = f"get({f.wire!r})"
            expr = f.codec.decoder_expr(code, source, "v") or (
                f"{code.bind('C', f.codec)}.decode(v, False, '$') if (v := {source}) "
                "is not None else v")
            lines.append(f"    self.{f.attr} = {expr}")
            continue
        expr = f.codec.decoder_expr(code, "v", "v") or (
            f"{code.bind('C', f.codec)}.decode(v, True, '$')")
        absent = "_fail()" if f.required else "None"
        lines += [f"    v = get({f.wire!r}, UNSET)",
                  f"    self.{f.attr} = {absent} if v is UNSET else {expr}"]
    # the fields not declared, in the order received (a new dict: the data stays the caller's)
    known = code.bind("K", frozenset(f.wire for f in cls._fields))
    lines += [f"    self.additional_properties = {{}} if data.keys() <= {known} else "
              f"{{k: v for k, v in data.items() if k not in {known}}}", "    return self"]
    kind = "strict" if strict else "lenient"
    exec(compile("\n".join(lines), f"<{kind} decoder of {cls.__qualname__}>", "exec"), code.env)
    return code.env["_decoder"]  # type: ignore[no-any-return]


# -- requests -------------------------------------------------------------------------------


class RequestOptions(TypedDict, total=False):
    """Options of one call (`**options` of every operation); each wins over the client's
    setting for that call alone."""

    timeout: float | httpx.Timeout | None
    max_retries: int
    extra_headers: Mapping[str, str]
    extra_query: Mapping[str, Any]
    extra_body: Mapping[str, Any]  # merged into a JSON object (or form) body


class Call:
    """What an operation asks for; the client turns it into an HTTP request.

    (Plain classes rather than dataclasses here: importing `dataclasses` would cost every
    short-lived script that imports the client.)
    """

    __slots__ = ("method", "path", "responses", "path_params", "query", "exploded", "deep",
                 "delimiters", "headers", "cookies", "body", "body_kind", "content_type",
                 "options", "credentials")

    def __init__(self, method: str, path: str, responses: Mapping[str, tuple[str, Codec | None]],
                 path_params: Mapping[str, Any] | None = None,
                 query: Mapping[str, Any] | None = None,
                 exploded: frozenset[str] = frozenset(), deep: frozenset[str] = frozenset(),
                 delimiters: Mapping[str, str] | None = None,
                 headers: Mapping[str, Any] | None = None,
                 cookies: Mapping[str, Any] | None = None, body: Any = UNSET,
                 body_kind: str = "json", content_type: str | None = None,
                 options: RequestOptions | None = None,
                 credentials: tuple[tuple[str, ...], ...] = ()) -> None:
        self.method = method
        self.path = path
        self.responses = responses
        self.path_params = path_params or {}
        self.query = query or {}
        self.exploded = exploded
        self.deep = deep
        self.delimiters = delimiters or {}
        self.headers = headers or {}
        self.cookies = cookies or {}
        self.body = body
        self.body_kind = body_kind
        self.content_type = content_type
        self.options: RequestOptions = options or {}
        # the credential kinds ("token", "api_key") each of the operation's alternatives
        # needs, in the spec's order; given only when the client takes more than one kind
        self.credentials = credentials

    def with_query(self, name: str, value: Any) -> Call:
        """The same call with one query parameter set (how the next page is asked for)."""
        other = object.__new__(Call)
        for slot in Call.__slots__:
            object.__setattr__(other, slot, getattr(self, slot))
        other.query = {**self.query, name: value}
        return other


class Paging:
    """Where an operation's next-page token comes from and where its items are."""

    __slots__ = ("param", "items_attr", "items_wire", "token_attr", "token_wire",
                 "token_header")

    def __init__(self, param: str, items_attr: str | None = None,
                 items_wire: str | None = None, token_attr: str | None = None,
                 token_wire: str | None = None, token_header: str | None = None) -> None:
        self.param = param
        self.items_attr = items_attr
        self.items_wire = items_wire
        self.token_attr = token_attr
        self.token_wire = token_wire
        self.token_header = token_header

    def page(self, response: httpx.Response, parsed: Any) -> tuple[list[Any], str | None]:
        """The items of one page and the token for the next (None on the last page)."""
        items = parsed if self.items_attr is None else _member(parsed, self.items_attr,
                                                                self.items_wire)
        if self.token_header:
            token = response.headers.get(self.token_header)
        else:
            token = _member(parsed, self.token_attr, self.token_wire)
        return (items if isinstance(items, list) else [],
                token if isinstance(token, str) and token else None)


def _member(parsed: Any, attr: str | None, wire: str | None) -> Any:
    if isinstance(parsed, Model) and attr:
        return getattr(parsed, attr, None)
    if isinstance(parsed, dict) and wire:
        return parsed.get(wire)
    return None


class RawResponse(Generic[T]):
    """An HTTP response with what the plain call would have returned."""

    __slots__ = ("status_code", "headers", "parsed", "http_response")

    def __init__(self, status_code: int, headers: httpx.Headers, parsed: T,
                 http_response: httpx.Response) -> None:
        self.status_code = status_code
        self.headers = headers
        self.parsed = parsed
        self.http_response = http_response

    def __repr__(self) -> str:
        return f"RawResponse(status_code={self.status_code}, parsed={self.parsed!r})"


# -- request encoding: a Call's path, query and body ----------------------------------------


def _text(value: Any) -> str:
    value = to_wire(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


QueryItems = list[tuple[str, str | int | float | bool | None]]


def _query(call: Call) -> QueryItems:
    items: QueryItems = []
    for name, value in call.query.items():
        if value is None or value is UNSET:
            continue
        value = to_wire(value)
        if isinstance(value, dict):  # objects: deepObject, exploded form, or k,v,k,v
            pairs = [(k, v) for k, v in value.items() if v is not None]
            if name in call.deep:
                items.extend((f"{name}[{k}]", _text(v)) for k, v in pairs)
            elif name in call.exploded:
                items.extend((k, _text(v)) for k, v in pairs)
            else:
                items.append((name, ",".join(f"{k},{_text(v)}" for k, v in pairs)))
        elif isinstance(value, list):
            if name in call.exploded:
                items.extend((name, _text(v)) for v in value)
            else:
                items.append((name, call.delimiters.get(name, ",").join(_text(v) for v in value)))
        else:
            items.append((name, _text(value)))
    return items


def _path(call: Call) -> str:
    path = call.path
    for name, value in call.path_params.items():
        path = path.replace("{" + name + "}", _segment(_text(value)))
    return path


def _segment(text: str) -> str:
    """A path parameter as one segment. `.` and `..` are written %2E and %2E%2E: left as they
    are, the URL's own rules (httpx follows them) would make them steps up the path, and an
    argument could reach another operation's URL."""
    if text in (".", ".."):
        return "%2E" * len(text)
    return quote(text, safe="")


def _body(call: Call) -> dict[str, Any]:
    body = call.body
    extra = call.options.get("extra_body")
    if body is UNSET and not extra:
        return {}
    media = call.content_type or ("application/json" if call.body_kind == "json" else None)
    headers = {"Content-Type": media} if media else {}
    if call.body_kind == "json":
        wire = {} if body is UNSET else to_wire(body, request=True)  # readOnly fields stay out
        if extra:
            if not isinstance(wire, dict):
                raise ClientError("extra_body needs a JSON object body")
            wire = {**wire, **to_wire(dict(extra), request=True)}
        return {"content": _json_text(wire).encode("utf-8"), "headers": headers}
    if call.body_kind == "form":
        return {"data": _form_data(_form_fields(body, extra))}
    if call.body_kind == "multipart":
        return {"files": _multipart_parts(_form_fields(body, extra))}
    if isinstance(body, str):
        body = body.encode("utf-8")
    return {"content": body, "headers": headers}


def _form_fields(body: Any, extra: Mapping[str, Any] | None) -> dict[str, Any]:
    """The fields of a form or multipart body by wire name, as the caller gave them: a file
    (bytes, a file object) is kept as it is; readOnly fields and None are left out."""
    if isinstance(body, Model):
        fields = {f.wire: getattr(body, f.attr, None) for f in body._fields if not f.read_only}
        for key, value in body.additional_properties.items():
            fields.setdefault(key, value)
    else:
        fields = dict(body or {})
    fields.update(extra or {})
    return {k: v for k, v in fields.items() if v is not None and v is not UNSET}


def _is_file(value: Any) -> bool:
    return isinstance(value, (bytes, bytearray)) or hasattr(value, "read")


def _json_text(wire: Any) -> str:
    return json.dumps(wire, separators=(",", ":"), ensure_ascii=False)


def _form_value(value: Any) -> str:
    """One value of a form field, as OpenAPI's Encoding Object defaults say (contentType
    `text/plain` for a primitive, `application/json` for an object or a nested array)."""
    wire = to_wire(value, request=True)
    return _json_text(wire) if isinstance(wire, (dict, list)) else _text(wire)


def _items(value: Any) -> list[Any]:
    """A field's values: one per item of an array (the field repeated), else the value."""
    if isinstance(value, (list, tuple)):
        return [v for v in value if v is not None and v is not UNSET]
    return [value]


def _form_data(fields: Mapping[str, Any]) -> dict[str, list[str]]:
    """An application/x-www-form-urlencoded body: `name=value` pairs, an array as its name
    repeated once per item, an object as its JSON text.

    That is OpenAPI's default (3.0.4, 3.1.1 and 3.2 say so outright; the Encoding Object's
    `contentType` applies unless `style`/`explode` is given), not the `a[b]=c` of Rails or
    Stripe (`style: deepObject`, which a spec must ask for) nor the older reading of
    `style: form, explode: true`, which spreads an object's members among the body's own
    fields and so loses its name.
    """
    return {name: [_form_value(v) for v in _items(value)] for name, value in fields.items()}


def _multipart_parts(fields: Mapping[str, Any]) -> list[tuple[str, Any]]:
    """The parts of a multipart/form-data body, in field order: a file as a file part, a
    primitive as a text part, an object as one `application/json` part; an array is one
    part per item under the same name (RFC 7578 section 4.3, OpenAPI's Encoding By Name)."""
    parts: list[tuple[str, Any]] = []
    for name, value in fields.items():
        for item in _items(value):
            if _is_file(item):  # as httpx names it: the file's name, else "upload"
                parts.append((name, bytes(item) if isinstance(item, bytearray) else item))
                continue
            wire = to_wire(item, request=True)
            if isinstance(wire, (dict, list)):
                parts.append((name, (None, _json_text(wire).encode("utf-8"), "application/json")))
            else:
                parts.append((name, (None, _text(wire).encode("utf-8"))))
    return parts


# -- operation groups: one method body per operation ----------------------------------------

Responses: TypeAlias = dict[str, tuple[str, Codec | None]]
AdditionalProperties: TypeAlias = dict[str, Any]  # what a model keeps of undeclared fields


class LazyModule:
    """A module imported on its first attribute access: `<pkg>.types` holds TypedDicts that
    only annotations name, so a call never pays for importing them, and
    `typing.get_type_hints` on a method still finds them."""

    def __init__(self, name: str) -> None:
        self._name = name

    def __getattr__(self, attr: str) -> Any:
        import importlib

        return getattr(importlib.import_module(self._name), attr)


class Group:
    """Base of every operation group: holds the client its methods hand their Calls to.

    A method builds a Call and returns `self._client.request(call)`: on a SyncClient that
    is the decoded body; on an AsyncClient a coroutine of it; on a RawCalls view a
    RawResponse. So one body serves the plain, async and raw forms, which differ in type
    only: the wrappers below re-type a method and return it unchanged.
    """

    def __init__(self, client: Any) -> None:
        self._client = client


class RawCalls:
    """A client seen through `with_raw_response`: requests return RawResponse objects."""

    __slots__ = ("request",)

    def __init__(self, client: SyncClient | AsyncClient) -> None:
        self.request = client.request_raw


def to_async(method: Callable[Concatenate[Any, P], R]
             ) -> Callable[Concatenate[Any, P], Coroutine[Any, Any, R]]:
    """The method on an AsyncClient group, as a coroutine function: the same body hands
    its Call to an AsyncClient, whose `request` is the coroutine awaited here."""
    import functools

    @functools.wraps(method)
    async def call(self: Any, /, *args: P.args, **kwargs: P.kwargs) -> R:
        return await method(self, *args, **kwargs)  # type: ignore[misc, no-any-return]

    return call


def to_async_iterator(method: Callable[Concatenate[Any, P], Iterator[R]]
                      ) -> Callable[Concatenate[Any, P], AsyncIterator[R]]:
    """A paging method on an AsyncClient group, where `paginate` is an async generator."""
    return method  # type: ignore[return-value]


def to_raw_response(method: Callable[Concatenate[Any, P], R]
                    ) -> Callable[Concatenate[Any, P], RawResponse[R]]:
    """The method under `with_raw_response` (its group's client is a RawCalls view)."""
    return method  # type: ignore[return-value]


def to_async_raw_response(method: Callable[Concatenate[Any, P], R]
                          ) -> Callable[Concatenate[Any, P], Coroutine[Any, Any, RawResponse[R]]]:
    """The method under an AsyncClient group's `with_raw_response`."""
    return to_async(method)  # type: ignore[arg-type]


def warn_deprecated_call(message: str) -> None:
    """A DeprecationWarning pointing at the caller's line: the first frame outside this
    package (an async call passes through the wrapper above on its way)."""
    frame = sys._getframe(1)
    level = 2
    while frame.f_back is not None and \
            str(frame.f_globals.get("__name__", "")).startswith(_PACKAGE + "."):
        frame = frame.f_back
        level += 1
    warnings.warn(message, DeprecationWarning, stacklevel=level)


# -- auth -----------------------------------------------------------------------------------


class Auth:
    """Adds credentials to a request; never shows them in repr or messages."""

    def headers(self) -> dict[str, str]:
        return {}

    def query(self) -> list[tuple[str, str]]:
        return []

    def cookies(self) -> dict[str, str]:
        return {}

    def invalidate(self, request: httpx.Request) -> bool:
        """Forget the credential `request` carried after a 401; True when a retry may help."""
        return False

    def ensure(self, http: httpx.Client) -> None:
        """Make the credential ready to send (an OAuth token is fetched when it has none)."""

    async def aensure(self, http: httpx.AsyncClient) -> None:
        """ensure() on an AsyncClient."""

    def for_call(self, call: Call) -> Auth:
        """The credential `call` carries: this one, unless the client holds several."""
        return self

    def parts(self) -> tuple[Auth, ...]:
        """Every credential held (a stand-in registers their token URLs)."""
        return (self,)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(<hidden>)"


class NoAuth(Auth):
    pass


_NO_AUTH = NoAuth()


class BearerAuth(Auth):
    def __init__(self, token: str) -> None:
        self._token = token

    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self._token}"}


class ApiKeyAuth(Auth):
    """An API key sent where the spec says: a header, a query parameter or a cookie."""

    def __init__(self, name: str, key: str, location: str = "header") -> None:
        self._name = name
        self._key = key
        self._location = location

    def headers(self) -> dict[str, str]:
        return {self._name: self._key} if self._location == "header" else {}

    def query(self) -> list[tuple[str, str]]:
        return [(self._name, self._key)] if self._location == "query" else []

    def cookies(self) -> dict[str, str]:
        return {self._name: self._key} if self._location == "cookie" else {}


ENV_NAMES = {"base_url": "BASE_URL", "token": "API_TOKEN", "api_key": "API_KEY",
             "client_id": "CLIENT_ID", "client_secret": "CLIENT_SECRET",
             "token_url": "TOKEN_URL", "scope": "SCOPE"}


def from_env(prefix: str, name: str, given: str | None) -> str | None:
    """An argument wins; else `<PREFIX>_<NAME>` from the environment (empty counts as unset)."""
    if given is not None:
        return given
    return os.environ.get(f"{prefix}_{ENV_NAMES[name]}") or None


def choose_auth(*, env_prefix: str, accepted: tuple[str, ...], required: bool,
                token: str | None = None, client_id: str | None = None,
                client_secret: str | None = None, token_url: str | None = None,
                default_token_url: str | None = None, scope: str | None = None,
                default_scope: str | None = None, api_key: str | None = None,
                api_key_name: str = "", api_key_in: str = "header") -> Auth:
    """The auth the caller's arguments, else the environment, ask for (a ready token wins).

    `accepted` names the credential arguments the spec's schemes take; `required` is true
    when every operation needs credentials, so a client built without any fails now rather
    than at its first call.
    """
    arguments = {"token": token, "client_id": client_id, "client_secret": client_secret,
                 "token_url": token_url, "scope": scope, "api_key": api_key}
    given = dict(arguments)
    for name in accepted:
        given[name] = from_env(env_prefix, name, given[name])
    held: dict[str, Auth] = {}
    if given["token"]:
        held["token"] = BearerAuth(given["token"])
    elif given["client_id"] or given["client_secret"]:
        if not (given["client_id"] and given["client_secret"]):
            raise ClientError(_half_pair(env_prefix, given, arguments))
        url = given["token_url"] or default_token_url
        if not url or "{" in url:
            why = "is a pattern" if url else "is not given"
            raise ClientError(f"token_url is required: the spec's token URL {why} "
                              f"(pass token_url= or set {env_prefix}_TOKEN_URL)")
        held["token"] = ClientCredentials(given["client_id"], given["client_secret"], url,
                                          given["scope"] or default_scope)
    if given["api_key"]:
        held["api_key"] = ApiKeyAuth(api_key_name, given["api_key"], api_key_in)
    if len(held) > 1:  # a spec whose operations need different kinds: keep them all
        return PerOperationAuth(held)
    if held:
        return next(iter(held.values()))
    if required:
        raise ClientError("no credentials: " + _credential_hint(env_prefix, accepted))
    return NoAuth()


def _half_pair(prefix: str, given: Mapping[str, str | None],
               arguments: Mapping[str, str | None]) -> str:
    """Which half of the client credentials is missing and where the given half came from
    (its argument or its variable), naming the missing one's argument and variable."""
    have, missing = ("client_id", "client_secret") if given["client_id"] \
        else ("client_secret", "client_id")
    source = f"{have}=" if arguments[have] is not None else f"{prefix}_{ENV_NAMES[have]}"
    return (f"{missing} is missing: {have} was given ({source}) but not {missing} "
            f"(pass {missing}=... or set {prefix}_{ENV_NAMES[missing]})")


def _credential_hint(prefix: str, accepted: tuple[str, ...]) -> str:
    ways = []
    if "token" in accepted:
        ways.append(f"pass token=... or set {prefix}_API_TOKEN")
    if "client_id" in accepted:
        ways.append(f"pass client_id=... and client_secret=... or set {prefix}_CLIENT_ID "
                    f"and {prefix}_CLIENT_SECRET")
    if "api_key" in accepted:
        ways.append(f"pass api_key=... or set {prefix}_API_KEY")
    return "; or ".join(ways)


class ClientCredentials(Auth):
    """OAuth 2.0 client credentials: one token fetch shared by every caller until it ages."""

    refresh_margin = 60.0

    def __init__(self, client_id: str, client_secret: str, token_url: str,
                 scope: str | None) -> None:
        self.client_id = client_id
        self._secret = client_secret
        self.token_url = token_url
        self.scope = scope
        self._token: str | None = None
        self._expires_at = 0.0
        self._lock = threading.Lock()
        self._async_lock: asyncio.Lock | None = None

    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self._token}"} if self._token else {}

    def invalidate(self, request: httpx.Request) -> bool:
        # only the token that was refused: another caller may have fetched a fresh one since
        if request.headers.get("Authorization") == f"Bearer {self._token}":
            self._token = None
        return True

    def _fresh(self) -> bool:
        return self._token is not None and time.monotonic() < self._expires_at

    def _token_request(self) -> dict[str, Any]:
        data = {"grant_type": "client_credentials"}
        if self.scope:
            data["scope"] = self.scope
        return {"data": data, "auth": (self.client_id, self._secret),
                "extensions": {TOKEN_REQUEST_EXTENSION: True}}

    def _store(self, response: httpx.Response) -> None:
        if response.status_code >= 400:
            raise AuthenticationError(
                f"token request failed with status {response.status_code}",
                status_code=response.status_code, headers=response.headers, body=None,
                request_id=None, http_response=response)
        try:
            payload = response.json()
            token = str(payload["access_token"])
        except (ValueError, KeyError, TypeError):
            raise AuthenticationError(
                "token response has no access_token", status_code=response.status_code,
                headers=response.headers, body=None, request_id=None,
                http_response=response) from None
        expires_in = payload.get("expires_in")
        lifetime = float(expires_in) if isinstance(expires_in, (int, float, str)) \
            and str(expires_in).replace(".", "", 1).isdigit() else 3600.0
        margin = min(self.refresh_margin, lifetime / 10)
        self._token = token
        self._expires_at = time.monotonic() + lifetime - margin

    def ensure(self, http: httpx.Client) -> None:
        if self._fresh():
            return
        with self._lock:
            if not self._fresh():
                self._store(http.post(self.token_url, **self._token_request()))

    async def aensure(self, http: httpx.AsyncClient) -> None:
        if self._fresh():
            return
        if self._async_lock is None:
            import asyncio

            self._async_lock = asyncio.Lock()
        async with self._async_lock:
            if not self._fresh():
                self._store(await http.post(self.token_url, **self._token_request()))


class PerOperationAuth(Auth):
    """Every credential the caller gave, for a spec whose operations need different kinds:
    a call carries the first of its operation's alternatives the client holds; else nothing
    when one of them needs nothing the client can send (`security: []`, `{}`, a scheme it
    cannot apply), so no token is fetched for a public call; else, for an operation under no
    requirement at all, the first held (a ready token or client credentials before an API
    key, as a client holding one kind would)."""

    def __init__(self, held: Mapping[str, Auth]) -> None:
        self._held = dict(held)
        self._default = next(iter(self._held.values()))

    def for_call(self, call: Call) -> Auth:
        for alternative in call.credentials:
            if alternative and all(kind in self._held for kind in alternative):
                if len(alternative) == 1:
                    return self._held[alternative[0]]
                return CombinedAuth(tuple(self._held[kind] for kind in alternative))
        return _NO_AUTH if () in call.credentials else self._default

    def parts(self) -> tuple[Auth, ...]:
        return tuple(self._held.values())


class CombinedAuth(Auth):
    """Credentials an operation needs together (one alternative naming several schemes)."""

    def __init__(self, parts: tuple[Auth, ...]) -> None:
        self._parts = parts

    def headers(self) -> dict[str, str]:
        return {k: v for part in self._parts for k, v in part.headers().items()}

    def query(self) -> list[tuple[str, str]]:
        return [pair for part in self._parts for pair in part.query()]

    def cookies(self) -> dict[str, str]:
        return {k: v for part in self._parts for k, v in part.cookies().items()}

    def invalidate(self, request: httpx.Request) -> bool:
        return any([part.invalidate(request) for part in self._parts])  # each forgets its own

    def ensure(self, http: httpx.Client) -> None:
        for part in self._parts:
            part.ensure(http)

    async def aensure(self, http: httpx.AsyncClient) -> None:
        for part in self._parts:
            await part.aensure(http)

    def parts(self) -> tuple[Auth, ...]:
        return self._parts


# -- the client -----------------------------------------------------------------------------

IDEMPOTENT = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
RETRY_STATUSES = frozenset({500, 502, 503, 504})
INITIAL_BACKOFF = 0.5
MAX_BACKOFF = 8.0
MAX_RETRY_AFTER = 60.0
# request extensions that tell a stand-in what a request is (MockApi reads them)
BASE_URL_EXTENSION = "clientgen_base_url"
TOKEN_REQUEST_EXTENSION = "clientgen_token_request"
REQUEST_ID_HEADERS = ("opc-request-id", "x-request-id", "request-id", "x-amzn-requestid")


class BaseClient:
    """Settings and every step of a call that does not send or sleep."""

    _own_http: bool
    _http: httpx.Client | httpx.AsyncClient
    _SHARED = ("base_url", "timeout", "max_retries", "strict", "_auth", "_log",
               "_default_headers", "_http")

    def __init__(self, *, package: str, version: str, generator: str, env_prefix: str,
                 base_url: str | None, default_base_url: str,
                 timeout: float | httpx.Timeout | None, max_retries: int, auth: Auth,
                 strict: bool, default_headers: Mapping[str, str] | None,
                 http_client: httpx.Client | httpx.AsyncClient | None = None) -> None:
        self.base_url = _base_url(env_prefix, base_url, default_base_url, http_client)
        self.timeout = timeout
        self.max_retries = max_retries
        self.strict = strict
        self._auth = auth
        self._log = logging.getLogger(package)
        agent = f"{package}/{version} clientgen/{generator} python/" \
                f"{'.'.join(map(str, sys.version_info[:3]))} httpx/{httpx.__version__}"
        self._default_headers = {"Accept": "application/json", "User-Agent": agent}
        for name, value in (default_headers or {}).items():  # the caller's spelling wins
            self._default_headers = {k: v for k, v in self._default_headers.items()
                                     if k.lower() != name.lower()}
            self._default_headers[name] = value

    def with_options(self, *, base_url: str | None = None,
                     timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
                     max_retries: int | None = None,
                     default_headers: Mapping[str, str] | None = None) -> Self:
        """A client with these settings changed, sharing this one's connections and credentials.

        Closing the copy leaves this client open: only the client that made the pool closes it.
        """
        clone = object.__new__(type(self))
        for name in self._SHARED:
            setattr(clone, name, getattr(self, name))
        clone._own_http = False
        if base_url is not None:
            if not usable_base_url(base_url, self._http):
                raise ClientError(f"base_url {_shown_url(base_url)} is not an absolute http(s) "
                                  f"URL: it {base_url_problem(base_url)}")
            clone.base_url = base_url.rstrip("/")
        if not isinstance(timeout, NotGiven):
            clone.timeout = timeout
        if max_retries is not None:
            clone.max_retries = max_retries
        if default_headers:
            merged = {k: v for k, v in self._default_headers.items()
                      if k.lower() not in {n.lower() for n in default_headers}}
            clone._default_headers = {**merged, **default_headers}
        return clone

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={_shown_url(self.base_url)})"

    def _build(self, http: httpx.Client | httpx.AsyncClient, call: Call,
               auth: Auth) -> httpx.Request:
        """The request of `call`, carrying `auth` (the credential its operation takes)."""
        headers = {**self._default_headers, **auth.headers()}
        headers.update({k: ",".join(map(_text, v)) if isinstance(v, (list, tuple)) else _text(v)
                        for k, v in call.headers.items() if v is not None and v is not UNSET})
        # cookie values are percent-encoded: a `;` in a value must not start another cookie
        pairs = {**{k: _text(v) for k, v in call.cookies.items()
                    if v is not None and v is not UNSET}, **auth.cookies()}
        if pairs:
            headers["Cookie"] = "; ".join(f"{k}={quote(v, safe='')}" for k, v in pairs.items())
        body = _body(call)
        headers.update(body.pop("headers", {}))
        options = call.options
        headers.update(options.get("extra_headers") or {})
        extra_query = [(k, _text(x)) for k, v in (options.get("extra_query") or {}).items()
                       for x in (v if isinstance(v, (list, tuple)) else [v])]
        timeout = options["timeout"] if "timeout" in options else self._timeout()
        # the base URL rides along (transports ignore what they do not know) so a stand-in
        # such as <pkg>.testing.MockApi can tell the path below it, whatever base URL it is
        return http.build_request(call.method, self.base_url + _path(call),
                                  params=[*_query(call), *extra_query, *auth.query()],
                                  headers=headers, timeout=timeout,
                                  extensions={BASE_URL_EXTENSION: self.base_url}, **body)

    def _timeout(self) -> Any:
        return self.timeout if self.timeout is not None else httpx.USE_CLIENT_DEFAULT

    def _retry_delay(self, call: Call, attempt: int, response: httpx.Response | None,
                     error: Exception | None) -> float | None:
        """Seconds to wait before another attempt, or None when the call must not repeat."""
        if attempt >= call.options.get("max_retries", self.max_retries):
            return None
        if error is not None:
            safe = isinstance(error, (httpx.ConnectError, httpx.ConnectTimeout))
            if not safe and call.method not in IDEMPOTENT:
                return None
        elif response is not None:
            status = response.status_code
            if status != 429 and (status not in RETRY_STATUSES or call.method not in IDEMPOTENT):
                return None
            waited: float | None = _retry_after(response.headers)
            if waited is not None:
                return waited
        backoff = min(INITIAL_BACKOFF * 2.0**attempt, MAX_BACKOFF)
        import random

        return backoff * (1 - 0.25 * random.random())

    def _finish(self, call: Call, response: httpx.Response) -> Any:
        """Decode a success, or raise the ApiError that matches the status."""
        status = response.status_code
        if status >= 400 or status < 200:
            raise self._error(call, response)
        kind, codec = _pick(call.responses, status, success=True)
        if kind == "empty" or (not response.content and kind != "binary"):
            # no content declared: None, as the method is typed (a body that came anyway
            # is `with_raw_response`'s http_response)
            return None
        if kind == "binary":
            return response.content
        if kind == "text":
            return response.text
        try:
            data = response.json()
        except ValueError:
            if self.strict:
                raise ResponseValidationError("$", "response body is not JSON") from None
            return response.text
        return data if codec is None else codec.decode(data, self.strict, "$")

    def _error(self, call: Call, response: httpx.Response) -> ApiError:
        kind, codec = _pick(call.responses, response.status_code, success=False)
        body: Any = response.text
        try:
            body = response.json() if response.content else None
            if codec is not None and body is not None:
                body = codec.decode(body, False, "$")
        except ValueError:
            pass
        request_id = next((response.headers[h] for h in REQUEST_ID_HEADERS
                           if h in response.headers), None)
        reason = response.reason_phrase or "error"
        message = f"{call.method} {_sent_path(response.request)} returned " \
                  f"{response.status_code} {reason}"
        detail = _explanation(body)
        if detail:
            message += f": {detail}"
        if request_id:
            message += f" (request id {request_id})"
        return error_class(response.status_code)(
            message, status_code=response.status_code, headers=response.headers, body=body,
            request_id=request_id, http_response=response)

    def _transport_error(self, request: httpx.Request, error: Exception) -> ApiConnectionError:
        """The error a caller sees when no answer came: method, host and path, and why."""
        kind = ApiTimeoutError if isinstance(error, httpx.TimeoutException) else \
            ApiConnectionError
        where = f"{request.url.scheme}://{request.url.netloc.decode('ascii')}" \
                f"{_sent_path(request)}"
        why = f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
        return kind(f"{request.method} {where} failed: {why}")

    def _log_attempt(self, request: httpx.Request, attempt: int, started: float,
                     outcome: str) -> None:
        if self._log.isEnabledFor(logging.DEBUG):
            self._log.debug("%s %s -> %s (attempt %d, %.3fs)", request.method,
                            request.url.copy_with(query=None), outcome, attempt + 1,
                            time.monotonic() - started)


EXPLANATION_MEMBERS = ("message", "detail", "title", "error_description", "error")


# what a URL cannot hold as written (RFC 3986 leaves them out); whitespace is checked apart
_NOT_IN_URLS = frozenset('"<>\\^`|')


def base_url_problem(url: str) -> str | None:
    """Why requests cannot be sent below `url` (`is relative`, ...), or None when it is an
    absolute http(s) URL with a host, no `{variable}` and no character a URL cannot hold.
    The generator warns by the same rule (generator/model/servers.py; a test compares them)."""
    if "{" in url or "}" in url:
        return "keeps a {variable} that has no default"
    if not url.isprintable() or any(c.isspace() or c in _NOT_IN_URLS for c in url):
        return "holds a space or a character a URL cannot hold"
    try:
        urlsplit(url).port  # noqa: B018 - reading it raises ValueError for a malformed port
        parsed = httpx.URL(url)
    except (ValueError, httpx.InvalidURL):
        return "is malformed"
    if not parsed.scheme:
        return "is relative"
    if parsed.scheme not in ("http", "https"):
        return f"is not http(s) ({parsed.scheme}:)"
    return None if parsed.host else "has no host"


def usable_base_url(url: str, http: httpx.Client | httpx.AsyncClient | None = None) -> bool:
    """Whether requests can be sent below `url`: by base_url_problem's rule, or a plain path
    the caller's http_client has a base_url to join to."""
    why = base_url_problem(url)
    if why is None:
        return True
    joined = http is not None and bool(str(http.base_url))
    return joined and why == "is relative" and url.startswith("/") and not url.startswith("//")


def _shown_url(url: str) -> str:
    """A base URL as messages and repr show it: never one that carries credentials."""
    return repr(url) if "@" not in url else "(a URL with credentials)"


def _base_url(prefix: str, given: str | None, default: str,
              http: httpx.Client | httpx.AsyncClient | None) -> str:
    """The base URL to send to (argument, else `<PREFIX>_BASE_URL`, else the spec's server),
    or a ClientError now naming how to give one, rather than a failure at the first call."""
    chosen = from_env(prefix, "base_url", given)
    if chosen:
        if not usable_base_url(chosen, http):
            source = "base_url" if given else f"{prefix}_BASE_URL"
            raise ClientError(f"{source} {_shown_url(chosen)} is not an absolute http(s) URL: it "
                              f"{base_url_problem(chosen)} ({_base_url_fix(prefix, chosen)})")
        return chosen.rstrip("/")
    if not default:
        raise ClientError(f"base_url is required: the spec names no server "
                          f"({_base_url_fix(prefix, '')})")
    if not usable_base_url(default, http):
        raise ClientError(f"base_url is required: the spec's server URL {default!r} "
                          f"{base_url_problem(default)} ({_base_url_fix(prefix, default)})")
    return default.rstrip("/")


def _base_url_fix(prefix: str, unusable: str) -> str:
    return f"pass base_url='https://<host>{base_path(unusable)}' or set {prefix}_BASE_URL to one"


def base_path(url: str) -> str:
    """The path of a URL, when it is one a base URL can end with (`/v1.53` of `/v1.53`),
    else "": what a fix, or the testing kit's stand-in origin, keeps of an unusable URL."""
    try:
        path = urlsplit(url).path if "{" not in url and "@" not in url else ""
    except ValueError:
        return ""
    path = path.rstrip("/") if path.startswith("/") and not path.startswith("//") else ""
    return path if base_url_problem("http://host" + path) is None else ""


def _sent_path(request: httpx.Request) -> str:
    """The path as it went on the wire (percent-encoded, base URL's prefix included)."""
    return request.url.raw_path.split(b"?", 1)[0].decode("ascii")


def _explanation(body: Any) -> str | None:
    """The server's own words in an error body: the first text member that explains it."""
    for name in EXPLANATION_MEMBERS:
        value = body.get(name) if isinstance(body, dict) else getattr(body, name, None)
        if isinstance(value, dict):  # {"error": {"message": ...}}
            value = value.get("message")
        if isinstance(value, str) and value.strip():
            text = " ".join(value.split())
            return text if len(text) <= 300 else text[:299] + "\u2026"
    return None


def _pick(responses: Mapping[str, tuple[str, Codec | None]], status: int,
          success: bool) -> tuple[str, Codec | None]:
    """The declared response for a status: exact, then 4XX-style, then default.

    An undeclared status falls back to a declared one of the same kind (success or
    error): APIs share one error shape, so a 404 the spec forgot still decodes as Error.
    An undeclared success is read as a declared success, never as `default`: the method's
    return type names the declared successes only.
    """
    for key in (str(status), f"{str(status)[0]}XX"):  # the usual case: no list built
        if key in responses:
            return responses[key]
    declared = [value for key, value in responses.items()
                if key[:1] in (("2",) if success else ("4", "5"))]
    fallbacks = ("default",) if not (success and declared) else ()
    for key in (str(status), f"{str(status)[0]}XX", *fallbacks):
        if key in responses:
            return responses[key]
    for value in declared:
        if value[1] is not None:
            return value
    return declared[0] if success and declared else ("json", None)


def _retry_after(headers: httpx.Headers) -> float | None:
    raw = headers.get("retry-after")
    if raw is None:
        return None
    try:
        seconds = float(raw)
    except ValueError:
        import email.utils

        try:
            parsed = email.utils.parsedate_to_datetime(raw)
        except (TypeError, ValueError, IndexError):  # not a date either: ignore the header
            return None
        if parsed.tzinfo is None:
            parsed = parsed.replace(tzinfo=_dt.UTC)
        seconds = (parsed - _dt.datetime.now(_dt.UTC)).total_seconds()
    return min(max(seconds, 0.0), MAX_RETRY_AFTER)


def _http_settings(http: httpx.Client | httpx.AsyncClient) -> dict[str, Any]:
    """What an http client was built with, but its transport: to build its like on another."""
    return {"base_url": http.base_url, "headers": http.headers, "params": http.params,
            "cookies": http.cookies, "auth": http.auth, "timeout": http.timeout,
            "follow_redirects": http.follow_redirects, "event_hooks": http.event_hooks}


class SyncClient(BaseClient):
    _http: httpx.Client
    _own_http: bool

    def __init__(self, *, http_client: httpx.Client | None = None, **settings: Any) -> None:
        super().__init__(http_client=http_client, **settings)
        self._own_http = http_client is None
        self._http = http_client or httpx.Client(timeout=settings.get("timeout", 60.0))

    def _serve_through(self, transport: httpx.BaseTransport) -> None:
        """Send through `transport` from now on (a stand-in's: testing.MockApi.install), in
        an http client like the current one. The old one is left open: copies made by
        with_options() may still send through it."""
        self._http = httpx.Client(transport=transport, **_http_settings(self._http))
        self._own_http = True

    def request(self, call: Call) -> Any:
        return self._send(call)[1]

    def request_raw(self, call: Call) -> RawResponse[Any]:
        response, parsed = self._send(call)
        return RawResponse(response.status_code, response.headers, parsed, response)

    def _send(self, call: Call) -> tuple[httpx.Response, Any]:
        refreshed = False
        attempt = 0
        auth = self._auth.for_call(call)
        while True:
            auth.ensure(self._http)
            request = self._build(self._http, call, auth)
            started = time.monotonic()
            try:
                response = self._http.send(request)
            except httpx.TransportError as exc:
                self._log_attempt(request, attempt, started, type(exc).__name__)
                delay = self._retry_delay(call, attempt, None, exc)
                if delay is None:
                    raise self._transport_error(request, exc) from exc
            else:
                self._log_attempt(request, attempt, started, str(response.status_code))
                if response.status_code == 401 and not refreshed and auth.invalidate(request):
                    refreshed = True
                    response.close()
                    continue
                delay = self._retry_delay(call, attempt, response, None) \
                    if response.status_code >= 400 else None
                if delay is None:
                    response.read()
                    return response, self._finish(call, response)
                response.close()
            attempt += 1
            time.sleep(delay)

    def paginate(self, call: Call, paging: Paging) -> Iterator[Any]:
        """Items of every page in turn; the next page is fetched only when needed."""
        seen: set[str] = set()
        while True:
            response, parsed = self._send(call)
            items, token = paging.page(response, parsed)
            yield from items
            if token is None or token in seen:
                return
            seen.add(token)
            call = call.with_query(paging.param, token)

    def close(self) -> None:
        if self._own_http:
            self._http.close()

    def __enter__(self: T) -> T:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


async def _async_sleep(seconds: float) -> None:
    import asyncio

    await asyncio.sleep(seconds)


class AsyncClient(BaseClient):
    _http: httpx.AsyncClient
    _own_http: bool

    def __init__(self, *, http_client: httpx.AsyncClient | None = None, **settings: Any) -> None:
        super().__init__(http_client=http_client, **settings)
        self._own_http = http_client is None
        self._http = http_client or httpx.AsyncClient(timeout=settings.get("timeout", 60.0))

    def _serve_through(self, transport: httpx.AsyncBaseTransport) -> None:
        """Send through `transport` from now on (a stand-in's: testing.MockApi.install), in
        an http client like the current one (one this client made is not closed here: that
        needs an event loop, and a client not yet used holds no connection)."""
        self._http = httpx.AsyncClient(transport=transport, **_http_settings(self._http))
        self._own_http = True

    async def request(self, call: Call) -> Any:
        return (await self._send(call))[1]

    async def request_raw(self, call: Call) -> RawResponse[Any]:
        response, parsed = await self._send(call)
        return RawResponse(response.status_code, response.headers, parsed, response)

    async def _send(self, call: Call) -> tuple[httpx.Response, Any]:
        refreshed = False
        attempt = 0
        auth = self._auth.for_call(call)
        while True:
            await auth.aensure(self._http)
            request = self._build(self._http, call, auth)
            started = time.monotonic()
            try:
                response = await self._http.send(request)
            except httpx.TransportError as exc:
                self._log_attempt(request, attempt, started, type(exc).__name__)
                delay = self._retry_delay(call, attempt, None, exc)
                if delay is None:
                    raise self._transport_error(request, exc) from exc
            else:
                self._log_attempt(request, attempt, started, str(response.status_code))
                if response.status_code == 401 and not refreshed and auth.invalidate(request):
                    refreshed = True
                    await response.aclose()
                    continue
                delay = self._retry_delay(call, attempt, response, None) \
                    if response.status_code >= 400 else None
                if delay is None:
                    await response.aread()
                    return response, self._finish(call, response)
                await response.aclose()
            attempt += 1
            await _async_sleep(delay)

    async def paginate(self, call: Call, paging: Paging) -> AsyncIterator[Any]:
        """Items of every page in turn; the next page is fetched only when needed."""
        seen: set[str] = set()
        while True:
            response, parsed = await self._send(call)
            items, token = paging.page(response, parsed)
            for item in items:
                yield item
            if token is None or token in seen:
                return
            seen.add(token)
            call = call.with_query(paging.param, token)

    async def aclose(self) -> None:
        if self._own_http:
            await self._http.aclose()

    async def __aenter__(self: T) -> T:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()
