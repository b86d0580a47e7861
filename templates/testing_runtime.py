"""MockApi: the spec as an in-process stand-in, for testing code that uses the client.

This file is copied unchanged into each generated package as `_testing.py`; the package's
`testing.py` holds the table of operations (generated) and subclasses MockApi with it.
Nothing here is imported by `import <pkg>`: only a test that imports `<pkg>.testing` pays.

Requests are checked with the package's own codecs in strict mode (no other validator);
answers come, in order, from what the test registered, the spec's example, or a minimal
valid body the generator built from the schema.
"""

from __future__ import annotations

import email.policy
import email.utils
import inspect
import json
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from email.message import MIMEPart
from email.parser import BytesParser
from typing import Any, Generic, TypeVar
from urllib.parse import parse_qs, parse_qsl, unquote

import httpx

from . import _runtime as _rt

__all__ = ["MockApi", "RecordedCall", "SpecViolation"]

C = TypeVar("C", bound=_rt.SyncClient)
A = TypeVar("A", bound=_rt.AsyncClient)
K = TypeVar("K", bound="_rt.SyncClient | _rt.AsyncClient")

# where the kit serves a spec whose server URL is relative or otherwise unusable, and where
# its own OAuth token endpoint is: fixed, so tests and recorded URLs are the same every run
MOCK_ORIGIN = "https://api.example.test"
MOCK_TOKEN_URL = "https://auth.mock.test/oauth2/v1/token"
# what api.client() gives a client the test gave no credentials: of each kind (a token,
# an API key) the first of its ways the client takes (OAuth first, so the token flow runs
# against the stand-in); a spec whose operations need different kinds gets one of each
_TEST_CREDENTIALS = (({"client_id": "mock-client-id", "client_secret": "mock-client-secret"},
                      {"token": "mock-token"}),
                     ({"api_key": "mock-api-key"},))


class SpecViolation(AssertionError):
    """A request (or a registered answer) that the spec does not allow.

    `operation` is the operation id (None when no operation matches), `pointer` a JSON
    pointer into the request (`/query/page_size`, `/body/items/0/id`) or into the
    registration (`/responses/418`), and `problem` what is wrong.
    """

    def __init__(self, operation: str | None, pointer: str, problem: str) -> None:
        super().__init__(f"{operation or 'no operation'}: {pointer}: {problem}")
        self.operation = operation
        self.pointer = pointer
        self.problem = problem


# -- the table the generated testing.py fills -----------------------------------------------


class Param:
    __slots__ = ("name", "location", "required", "codec", "explode", "style")

    def __init__(self, name: str, location: str, required: bool, codec: _rt.Codec, *,
                 explode: bool = True, style: str = "form") -> None:
        self.name = name
        self.location = location
        self.required = required
        self.codec = codec
        self.explode = explode
        self.style = style


class Body:
    __slots__ = ("content_type", "kind", "required", "codec")

    def __init__(self, content_type: str, kind: str, required: bool,
                 codec: _rt.Codec | None) -> None:
        self.content_type = content_type
        self.kind = kind
        self.required = required
        self.codec = codec


class Reply:
    """A declared response: its status key (`200`, `4XX`, `default`), kind and codec, and
    the JSON text of the spec's example and of a minimal valid body."""

    __slots__ = ("status", "kind", "codec", "example", "minimal")

    def __init__(self, status: str, kind: str, codec: _rt.Codec | None, *,
                 example: str | None = None, minimal: str | None = None) -> None:
        self.status = status
        self.kind = kind
        self.codec = codec
        self.example = example
        self.minimal = minimal


class Pages:
    """How the operation pages: the query parameter, the items and token members, or the
    response header that carries the next token."""

    __slots__ = ("param", "items", "token", "header")

    def __init__(self, param: str, items: str | None, token: str | None,
                 header: str | None) -> None:
        self.param = param
        self.items = items
        self.token = token
        self.header = header


class Operation:
    __slots__ = ("operation_id", "method_name", "method", "path", "params", "body", "replies",
                 "paging", "credentials", "pattern", "fixed", "query")

    def __init__(self, operation_id: str, method_name: str, method: str, path: str, *,
                 params: tuple[Param, ...] = (), body: Body | None = None,
                 replies: tuple[Reply, ...] = (), paging: Pages | None = None,
                 credentials: tuple[tuple[str, str], ...] = ()) -> None:
        self.operation_id = operation_id
        self.method_name = method_name
        self.method = method
        self.path = path
        self.params = params
        self.body = body
        self.replies = replies
        self.paging = paging
        self.credentials = credentials  # (location, name): where a credential may travel
        # a fixed query the spec's path key carries (`/search?type=x`) is sent with every call
        path, _, query = path.partition("?")
        self.query = parse_qsl(query, keep_blank_values=True)
        parts = re.split(r"(\{[^/{}]+\})", path)
        self.pattern = re.compile("".join(
            f"(?P<p{i}>[^/]+)" if p.startswith("{") else re.escape(p) for i, p in enumerate(parts)))
        self.fixed = sum(len(p) for p in parts if not p.startswith("{")) + len(self.query)

    def reply(self, status: int) -> Reply | None:
        for key in (str(status), f"{str(status)[0]}XX", "default"):
            for reply in self.replies:
                if reply.status == key:
                    return reply
        return None

    def success(self) -> tuple[int, Reply | None]:
        for reply in self.replies:
            if reply.status.startswith("2"):
                return (int(reply.status) if reply.status.isdigit() else 200), reply
        default = self.reply(200)
        return 200, default


class Matching(_rt.Codec):
    """A string the spec gives a `pattern`: its codec's check, then the pattern's (Python
    text the generator translated from the spec's ECMA-262, searched: not anchored)."""

    def __init__(self, codec: _rt.Codec, pattern: str) -> None:
        self.codec = codec
        self.pattern = re.compile(pattern)
        self.expected = f"{codec.expected} matching the spec's pattern"

    def decode(self, value: Any, strict: bool, path: str) -> Any:
        decoded = self.codec.decode(value, strict, path)
        if isinstance(value, str) and self.pattern.search(value) is None:
            raise _rt.ResponseValidationError(path, f"expected {self.expected}")
        return decoded


# the kit's codecs of model fields that check a pattern, by model and wire name: the
# package's testing.py gives them (a model's own codecs, in `<pkg>.models`, check none)
_CHECKED_FIELDS: dict[str, Mapping[str, _rt.Codec]] = {}


# -- what the client sent -------------------------------------------------------------------


class RecordedCall:
    """One request as the API received it: `.path` (below the base URL), `.query` (every
    value of each name, in order), `.headers`, `.body` (parsed JSON), `.request` (as sent).

    A form or multipart body is recorded as the JSON body it stands for: a dict by wire name,
    each value read as its schema says (`{"age": 36, "tags": ["a", "b"], "address": {...}}`
    from `age=36&tags=a&tags=b&address=...`), a file as its bytes (its filename and content
    type are in `.request`); a field the schema does not name stays text.
    """

    __slots__ = ("operation", "method", "path", "path_params", "query", "headers", "body",
                 "request")

    def __init__(self, operation: str, request: httpx.Request, path: str,
                 path_params: dict[str, Any], body: Any) -> None:
        self.operation = operation
        self.method = request.method
        self.path = path
        self.path_params = path_params
        self.query: dict[str, list[str]] = {}
        for name, value in request.url.params.multi_items():
            self.query.setdefault(name, []).append(value)
        self.headers = request.headers
        self.body = body
        self.request = request

    def __repr__(self) -> str:
        return f"RecordedCall({self.operation}: {self.method} {self.path})"


Answer = tuple[int, Mapping[str, str], Any]  # status, headers, body or a callable making it


# -- checking values with the codecs --------------------------------------------------------


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def _kind(value: Any) -> str:
    return {type(None): "null", bool: "boolean", int: "integer", float: "number", str: "string",
            list: "array", dict: "object", bytes: "file"}.get(type(value), type(value).__name__)


def problems(codec: _rt.Codec, value: Any, pointer: str,
             sending: bool) -> Iterator[tuple[str, str]]:
    """(pointer, problem) for each place `value` breaks `codec` read strictly. `sending`:
    the value is a request's (readOnly properties are not required in it)."""
    if isinstance(codec, _rt.Nullable):
        if value is not None:
            yield from problems(codec.inner, value, pointer, sending)
    elif isinstance(codec, _rt.ModelOf):
        if not isinstance(value, dict):
            yield pointer, f"expected a {codec.expected} object, got {_kind(value)}"
            return
        checked = _CHECKED_FIELDS.get(codec.model.__name__, {})
        for field in codec.model._fields:
            here = f"{pointer}/{_escape(field.wire)}"
            if field.wire in value:
                yield from problems(checked.get(field.wire, field.codec), value[field.wire],
                                    here, sending)
            elif field.required and not (sending and field.read_only):
                yield here, "required property missing"
    elif isinstance(codec, _rt.ListOf):
        if not isinstance(value, list):
            yield pointer, f"expected an array, got {_kind(value)}"
            return
        for i, item in enumerate(value):
            yield from problems(codec.item, item, f"{pointer}/{i}", sending)
    elif isinstance(codec, _rt.MapOf):
        if not isinstance(value, dict):
            yield pointer, f"expected an object, got {_kind(value)}"
            return
        for key, item in value.items():
            yield from problems(codec.item, item, f"{pointer}/{_escape(str(key))}", sending)
    elif isinstance(codec, _rt.UnionOf):
        yield from _union_problems(codec, value, pointer, sending)
    else:
        try:
            codec.decode(value, True, pointer)
        except _rt.ResponseValidationError:
            yield pointer, f"expected {codec.expected}, got {_shown(value)}"


def _shown(value: Any) -> str:
    """A wrong value as a message shows it: short scalars as they are, else their kind."""
    if isinstance(value, (str, int, float, bool)) and len(repr(value)) <= 40:
        return json.dumps(value)
    return _kind(value)


def _union_problems(codec: _rt.UnionOf, value: Any, pointer: str,
                    sending: bool) -> Iterator[tuple[str, str]]:
    if codec.discriminator and isinstance(value, dict):
        chosen = codec.mapping.get(str(value.get(codec.discriminator)))
        if chosen is not None:
            yield from problems(chosen, value, pointer, sending)
            return
    found = [list(problems(v, value, pointer, sending)) for v in codec.variants]
    if not any(not f for f in found):
        closest = min(found, key=len)
        yield closest[0] if len(closest) == 1 else (pointer, "matches none of the variants")


def _from_text(codec: _rt.Codec, text: str) -> Any:
    """A parameter's text as the JSON value its codec reads (`"5"` -> 5 for an integer)."""
    inner = codec.inner if isinstance(codec, _rt.Nullable) else codec
    if inner is _rt.INT or inner is _rt.FLOAT:
        try:
            return int(text) if inner is _rt.INT else float(text)
        except ValueError:
            return text
    if inner is _rt.BOOL:
        return {"true": True, "false": False}.get(text, text)
    if isinstance(inner, _rt.EnumOf):
        values = [m.value for m in inner.enum_class]
        if text not in values and text.lstrip("-").isdigit() and int(text) in values:
            return int(text)
    if isinstance(inner, _rt.UnionOf):
        for variant in inner.variants:
            value = _from_text(variant, text)
            if not list(problems(variant, value, "", True)):
                return value
    return text


# -- form and multipart bodies --------------------------------------------------------------

# the content type a request must have for a body of this kind (multipart/*: any subtype)
_FIELD_MEDIA = {"form": "application/x-www-form-urlencoded", "multipart": "multipart/"}

Piece = tuple[str, Any]  # one value as sent: ("text", str), ("json", str) or ("file", bytes)


def _form_pieces(op: Operation, content: bytes) -> list[tuple[str, Piece]]:
    """An application/x-www-form-urlencoded body's `name=value` pairs in order, every one
    kept (an array repeats its name) and empty values too."""
    try:
        pairs = parse_qsl(content.decode("utf-8"), keep_blank_values=True, strict_parsing=True)
    except ValueError:  # UnicodeDecodeError too
        raise SpecViolation(op.operation_id, "/body", "the body is not "
                            "application/x-www-form-urlencoded name=value pairs") from None
    return [(name, ("text", value)) for name, value in pairs]


def _multipart_pieces(op: Operation, request: httpx.Request) -> list[tuple[str, Piece]]:
    """A multipart/form-data body's parts in order (RFC 7578), read by the standard library's
    MIME parser: a part with a filename is a file, an `application/json` (or `+json`) part
    JSON text, any other part text (a file when it is not text in its charset)."""
    head = f"Content-Type: {request.headers['content-type']}\r\n\r\n"
    message = BytesParser(policy=email.policy.HTTP).parsebytes(
        head.encode("latin-1", "replace") + request.content)
    if not message.is_multipart() or message.defects:
        why = type(message.defects[0]).__name__ if message.defects else "no parts"
        raise SpecViolation(op.operation_id, "/body", f"the body is not multipart ({why})")
    pieces: list[tuple[str, Piece]] = []
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        content = part.get_payload(decode=True)
        if part.get_content_disposition() != "form-data" or not name or \
                not isinstance(content, bytes):
            raise SpecViolation(op.operation_id, "/body", "a part is not form-data with a name")
        pieces.append((email.utils.collapse_rfc2231_value(name), _part_piece(part, content)))
    return pieces


def _part_piece(part: MIMEPart, content: bytes) -> Piece:
    if part.get_filename() is not None:
        return "file", content
    media = part.get_content_type()
    if media == "application/json" or media.endswith("+json"):
        return "json", content.decode("utf-8", "replace")
    try:
        return "text", content.decode(part.get_content_charset() or "utf-8")
    except (LookupError, UnicodeDecodeError):
        return "file", content


def _fields_body(op: Operation, pieces: list[tuple[str, Piece]]) -> dict[str, Any]:
    """A form or multipart body as the JSON body it stands for, checked against the body's
    schema as a JSON body is: each field under its wire name, read as its schema says (`"5"`
    -> 5 for an integer, JSON text -> an object), an array from its repeated name, a file as
    its bytes. A field the schema does not name stays text (a list of them when repeated)."""
    grouped: dict[str, list[Piece]] = {}
    for name, piece in pieces:
        grouped.setdefault(name, []).append(piece)
    codec = op.body.codec if op.body is not None else None
    inner = codec.inner if isinstance(codec, _rt.Nullable) else codec
    shapes = [v for v in inner.variants if isinstance(v, (_rt.ModelOf, _rt.MapOf))] \
        if isinstance(inner, _rt.UnionOf) else [inner] if inner is not None else []
    found: list[list[tuple[str, str]]] = []
    for shape in shapes:  # a oneOf of objects: the first variant the fields fit
        body = {name: _field_value(_member(shape, name), values)
                for name, values in grouped.items()}
        found.append(list(problems(shape, body, "/body", True)))
        if not found[-1]:
            return body
    if found:
        raise SpecViolation(op.operation_id, *min(found, key=len)[0])
    return {name: _field_value(None, values) for name, values in grouped.items()}


def _member(shape: _rt.Codec, name: str) -> _rt.Codec | None:
    """The codec of the body's field `name`, None when the schema does not name it."""
    if isinstance(shape, _rt.MapOf):
        return shape.item
    if isinstance(shape, _rt.ModelOf):
        for field in shape.model._fields:
            if field.wire == name:
                return field.codec
    return None


def _field_value(codec: _rt.Codec | None, values: list[Piece]) -> Any:
    inner = codec.inner if isinstance(codec, _rt.Nullable) else codec
    if isinstance(inner, _rt.ListOf):
        return [_piece_value(inner.item, v) for v in values]
    read = [_piece_value(codec, v) for v in values]
    return read[0] if len(read) == 1 else read  # repeated: a list, which the schema refuses


def _piece_value(codec: _rt.Codec | None, piece: Piece) -> Any:
    kind, data = piece
    if kind == "json":
        try:
            return json.loads(data)
        except ValueError:
            return data  # the schema's check says what it expected instead
    if kind == "file" or codec is None:
        return data
    return _from_field_text(codec, data)


def _from_field_text(codec: _rt.Codec, text: str) -> Any:
    """A field's text as the JSON value its codec reads: an object or a nested array from its
    JSON text (OpenAPI's default `application/json` encoding for them), else as a parameter."""
    inner = codec.inner if isinstance(codec, _rt.Nullable) else codec
    if isinstance(inner, (_rt.ModelOf, _rt.MapOf, _rt.ListOf)):
        try:
            return json.loads(text)
        except ValueError:
            return text
    if isinstance(inner, _rt.UnionOf):
        for variant in inner.variants:
            value = _from_field_text(variant, text)
            if not list(problems(variant, value, "", True)):
                return value
        return text
    return _from_text(codec, text)


# -- the stand-in ---------------------------------------------------------------------------


class MockApi(Generic[C, A]):
    """An in-process stand-in for the API, built from the spec (see the package's testing.py)."""

    def __init__(self, operations: Sequence[Operation], client_class: Callable[..., C],
                 async_client_class: Callable[..., A], *, default_base_url: str,
                 fields: Mapping[str, Mapping[str, _rt.Codec]] | None = None) -> None:
        _CHECKED_FIELDS.update(fields or {})
        self._operations = tuple(operations)
        self._client_class = client_class
        self._async_client_class = async_client_class
        self.base_url = _served_base(default_base_url)
        self._names: dict[str, Operation | None] = {}
        for op in self._operations:  # an id, `group.method`, or a method name no group shares
            for name in (op.operation_id, op.method_name, op.method_name.partition(".")[2]):
                if name in self._names and self._names[name] is not op:
                    self._names[name] = None
                else:
                    self._names.setdefault(name, op)
        self._answers: dict[str, list[Answer]] = {}
        self._last: dict[str, Answer] = {}
        self._failures: dict[str, list[Answer]] = {}
        self._calls: dict[str, list[RecordedCall]] = {}
        self._bases: list[httpx.URL] = [httpx.URL(self.base_url)]
        self._token_urls: set[str] = set()
        self.token_requests: list[httpx.Request] = []
        self.violations: list[SpecViolation] = []  # every one raised, even if code caught it

    # -- wiring clients ------------------------------------------------------------------

    def client(self, *, env: bool = False, **settings: Any) -> C:
        """A Client that talks to this stand-in; `settings` as for Client.

        By default nothing comes from the environment: the base URL is `api.base_url` (the
        spec's server, or under https://api.example.test when that is not an absolute
        URL), credentials are test values (an OAuth token is fetched from the stand-in),
        and every other setting is what `settings` says. `env=True` builds the client as
        production code does, `Client(**settings)` reading its `<PREFIX>_*` variables
        (base URL, credentials, token URL) and failing as it would without them; only the
        transport is the stand-in's, which answers the token request wherever it goes.
        """
        http = httpx.Client(transport=self.transport())
        client = self._client_class(http_client=http, **self._settings(settings, env))
        self._wire(client)
        return client

    def async_client(self, *, env: bool = False, **settings: Any) -> A:
        """An AsyncClient that talks to this stand-in; `env` and `settings` as for client()."""
        http = httpx.AsyncClient(transport=self.transport())
        client = self._async_client_class(http_client=http, **self._settings(settings, env))
        self._wire(client)
        return client

    def transport(self) -> httpx.MockTransport:
        """The stand-in as an httpx transport, for a client your own code builds:
        `Client(base_url=..., http_client=httpx.Client(transport=api.transport()))` (or
        httpx.AsyncClient for AsyncClient). Whatever base URL that client was given, each
        request is read below it, and its OAuth token requests are answered here."""
        return httpx.MockTransport(self.handle)

    def install(self, client: K) -> K:
        """Serve a Client or AsyncClient that your code built (any base URL, credentials and
        settings) from this stand-in, and return it. Its http_client is replaced by one on
        this stand-in's transport that keeps the old one's base_url, headers, params,
        cookies, auth, timeout, redirects and event hooks (an http client the Client made
        itself is closed; one you gave it is left open and no longer used)."""
        client._serve_through(self.transport())
        self._wire(client)
        return client

    def _settings(self, settings: dict[str, Any], env: bool) -> dict[str, Any]:
        """The client's settings: the caller's, and without `env` a test value (or "", so
        the environment is not read) for every setting the environment could give."""
        if env:
            return dict(settings)
        accepted = inspect.signature(self._client_class).parameters
        out = {"base_url": self.base_url, **settings}
        if not any(out.get(name) for kind in _TEST_CREDENTIALS for way in kind for name in way):
            for kind in _TEST_CREDENTIALS:
                out.update(next((way for way in kind if set(way) <= set(accepted)), {}))
        if "token_url" in accepted:
            out.setdefault("token_url", MOCK_TOKEN_URL)
        for name in _rt.ENV_NAMES:  # "" is given, so the environment is not read
            if name in accepted:
                out.setdefault(name, "")
        return out

    def _wire(self, client: _rt.BaseClient) -> None:
        base = httpx.URL(client.base_url)
        if base not in self._bases:
            self._bases.append(base)
        auth = getattr(client, "_auth", None)
        for part in auth.parts() if isinstance(auth, _rt.Auth) else ():
            if isinstance(part, _rt.ClientCredentials):
                self._token_urls.add(str(httpx.URL(part.token_url).copy_with(query=None)))

    # -- scripting answers ---------------------------------------------------------------

    def operation(self, name: str) -> Operation:
        """The operation by id (`getRequests`), method (`get_requests`) or `group.method`."""
        found = self._names.get(name)
        if found is None:
            why = "is ambiguous (use group.method)" if name in self._names else \
                "is not an operation of the spec"
            raise SpecViolation(None, f"/operations/{_escape(name)}", f"{name!r} {why}")
        return found

    def respond(self, name: str, body: Any = None, *, status: int | None = None,
                headers: Mapping[str, str] | None = None) -> None:
        """Answer `name` with this body, status (default: the operation's success status)
        and headers. Answers registered for one operation are used in turn, each once; the
        last one used keeps answering until another is registered.

        `body` is the wire form (a dict of wire names, a list, ...), a model instance (or a
        list of them), None for the spec's example or minimal body at that status, or a
        callable: it gets each RecordedCall and returns a body, or an httpx.Response to
        choose status and headers per call (`httpx.Response(404, json={...})` for one id).
        To change a few fields of the kit's own body: `api.example(name) | {"name": "x"}`.

        Bodies are checked against the spec's response schema for their status, now or
        when a callable answers. A success status must be one the spec declares; an error
        status may be any (servers send undeclared ones), checked where it is declared.
        """
        op = self.operation(name)
        status = status if status is not None else op.success()[0]
        self._check_answer(op, status, body)
        self._answers.setdefault(op.operation_id, []).append((status, dict(headers or {}), body))

    def example(self, name: str, status: int | None = None, *, minimal: bool = False) -> Any:
        """The body the stand-in answers `name` with when the test registers none, as a fresh
        wire value to start a body from: the spec's example for that status (default: the
        success status) when it fits the schema, else (or with `minimal=True`) the smallest
        valid body, required fields only. E.g. `api.respond("get_app",
        api.example("get_app") | {"name": "payroll"})`. None when the response has no
        JSON body."""
        op = self.operation(name)
        status = status if status is not None else op.success()[0]
        reply = op.reply(status)
        if reply is None:
            raise SpecViolation(op.operation_id, f"/responses/{status}",
                                f"the spec declares no {status} response for this operation")
        if minimal:
            return json.loads(reply.minimal) if reply.minimal is not None else None
        return _default_body(reply)

    def respond_pages(self, name: str, pages: Sequence[Sequence[Any]]) -> None:
        """Answer a paging operation with these pages of items in turn, each page (but the
        last) carrying a next-page token, so `<method>_iter` walks them all."""
        op = self.operation(name)
        if op.paging is None:
            raise SpecViolation(op.operation_id, "/paging", "the operation does not page")
        status, reply = op.success()
        for i, items in enumerate(pages):
            body: Any = [] if op.paging.items is None else _template(reply)
            token = f"page-{i + 2}" if i + 1 < len(pages) else None
            headers: dict[str, str] = {}
            if op.paging.items is None:
                body = [_rt.to_wire(item) for item in items]
            else:
                body[op.paging.items] = [_rt.to_wire(item) for item in items]
            if op.paging.header and token:
                headers[op.paging.header] = token
            elif op.paging.token and isinstance(body, dict):
                if token:
                    body[op.paging.token] = token
                elif op.paging.token in body:
                    body[op.paging.token] = None if reply and _nullable(reply, op.paging.token) \
                        else ""
            self.respond(name, body, status=status, headers=headers)

    def fail(self, name: str, *, status: int = 500, times: int = 1,
             headers: Mapping[str, str] | None = None, body: Any = None) -> None:
        """Answer the next `times` calls of `name` with this error status (before any other
        answer): the declared error body's example or minimal form unless `body` is given."""
        op = self.operation(name)
        if status < 400:
            raise SpecViolation(op.operation_id, f"/responses/{status}",
                                "fail() takes an error status (400 or more)")
        self._check_answer(op, status, body)
        failures = self._failures.setdefault(op.operation_id, [])
        failures.extend([(status, dict(headers or {}), body)] * times)

    def calls(self, name: str) -> list[RecordedCall]:
        """What the client sent to `name`, oldest first."""
        return list(self._calls.get(self.operation(name).operation_id, []))

    def _check_answer(self, op: Operation, status: int, body: Any) -> None:
        reply = op.reply(status)
        if reply is None:
            if status >= 400:
                return  # a server may answer any error; only a declared one has a schema
            raise SpecViolation(op.operation_id, f"/responses/{status}",
                                f"the spec declares no {status} response for this operation")
        if callable(body) or body is None or reply.codec is None:
            return
        for pointer, problem in problems(reply.codec, _rt.to_wire(body),
                                         f"/responses/{status}/body", False):
            raise SpecViolation(op.operation_id, pointer, problem)

    # -- serving -------------------------------------------------------------------------

    def handle(self, request: httpx.Request) -> httpx.Response:
        """The transport's handler: check the request, record it, answer it."""
        try:
            return self._handle(request)
        except SpecViolation as violation:
            self.violations.append(violation)
            raise

    def _handle(self, request: httpx.Request) -> httpx.Response:
        if request.extensions.get(_rt.TOKEN_REQUEST_EXTENSION) or request.method == "POST" \
                and str(request.url.copy_with(query=None)) in self._token_urls:
            return self._token(request)
        path = self._relative(request)
        op, path_params = self._route(request.method, path, request.url.params)
        recorded = RecordedCall(op.operation_id, request, path, path_params,
                                self._read_body(op, request))
        self._check_parameters(op, recorded)
        self._calls.setdefault(op.operation_id, []).append(recorded)
        return self._answer(op, recorded)

    def _token(self, request: httpx.Request) -> httpx.Response:
        form = parse_qs(request.content.decode("utf-8"))
        basic = request.headers.get("Authorization", "")
        if form.get("grant_type") != ["client_credentials"] or not basic.startswith("Basic "):
            raise SpecViolation("token", "/body/grant_type",
                                "a token request needs grant_type=client_credentials and "
                                "HTTP Basic client credentials")
        self.token_requests.append(request)
        return httpx.Response(200, json={"access_token": f"mock-access-token-"
                                         f"{len(self.token_requests)}",
                                         "token_type": "Bearer", "expires_in": 3600})

    def _relative(self, request: httpx.Request) -> str:
        """The request's path below the base URL its client was given (the client says which
        in the request), else below the spec's server or a base URL a wired client has."""
        url = request.url
        path = unquote(url.raw_path.split(b"?", 1)[0].decode("ascii"))
        given = request.extensions.get(_rt.BASE_URL_EXTENSION)
        bases = [httpx.URL(given)] if isinstance(given, str) else []
        for base in [*bases, *self._bases]:
            prefix = base.path.rstrip("/")
            same_origin = not base.host or (base.host, base.port) == (url.host, url.port)
            if same_origin and (path == prefix or path.startswith(prefix + "/")):
                return path[len(prefix):] or "/"
        shown = ", ".join(dict.fromkeys(str(b.copy_with(userinfo=b""))  # no credentials shown
                                        for b in [*bases, *self._bases]))
        raise SpecViolation(None, "/url", f"{url.copy_with(query=None, userinfo=b'')} is not "
                            f"below the API's base URL ({shown})")

    def _route(self, method: str, path: str,
               query: httpx.QueryParams) -> tuple[Operation, dict[str, Any]]:
        matches = sorted(((op, m) for op in self._operations
                          if (m := op.pattern.fullmatch(path)) is not None
                          and all(v in query.get_list(k) for k, v in op.query)),
                         key=lambda pair: -pair[0].fixed)
        if not matches:
            raise SpecViolation(None, "/path", f"no operation of the spec has the path {path}")
        for op, found in matches:
            if op.method == method:
                return op, self._path_params(op, found)
        allowed = sorted({op.method for op, _ in matches})
        raise SpecViolation(None, "/method", f"the spec has no {method} {path} (it has "
                            f"{', '.join(allowed)})")

    def _path_params(self, op: Operation, found: re.Match[str]) -> dict[str, Any]:
        names = re.findall(r"\{([^/{}]+)\}", op.path.partition("?")[0])
        texts = dict(zip(names, found.groups(), strict=True))
        out: dict[str, Any] = {}
        for param in op.params:
            if param.location == "path" and param.name in texts:
                out[param.name] = self._value(op, param, [texts[param.name]])
        return out

    def _check_parameters(self, op: Operation, recorded: RecordedCall) -> None:
        headers = recorded.headers
        cookies = dict(part.strip().split("=", 1) for part in
                       headers.get("cookie", "").split(";") if "=" in part)
        present: dict[str, Mapping[str, Any]] = {"header": headers, "query": recorded.query,
                                                 "cookie": cookies}
        if op.credentials and not any(name in present.get(where, {})
                                      for where, name in op.credentials):
            where, name = op.credentials[0]
            raise SpecViolation(op.operation_id, f"/{where}/{_escape(name)}",
                                "the operation needs credentials and the request has none")
        for param in op.params:
            if param.location == "query":
                texts = self._query_texts(param, recorded.query)
            elif param.location == "header":
                texts = [headers[param.name]] if param.name in headers else []
            elif param.location == "cookie":
                texts = [unquote(cookies[param.name])] if param.name in cookies else []
            else:
                continue
            if not texts:
                if param.required:
                    raise SpecViolation(op.operation_id, f"/{param.location}/"
                                        f"{_escape(param.name)}", "required parameter missing")
                continue
            self._value(op, param, texts)

    def _query_texts(self, param: Param, query: dict[str, list[str]]) -> list[str]:
        if param.style == "deepObject":
            return [k for k in query if k.startswith(param.name + "[")]
        return query.get(param.name, [])

    def _value(self, op: Operation, param: Param, texts: list[str]) -> Any:
        """The parameter's value read from its text, or a SpecViolation naming it."""
        codec = param.codec
        inner = codec.inner if isinstance(codec, _rt.Nullable) else codec
        if isinstance(inner, (_rt.ModelOf, _rt.MapOf)) or param.style == "deepObject":
            return texts  # objects in parameters: present is all that is checked
        if isinstance(inner, _rt.ListOf):
            delimiter = {"spaceDelimited": " ", "pipeDelimited": "|"}.get(param.style, ",")
            parts = texts if param.explode and param.location == "query" and \
                param.style == "form" else [p for t in texts for p in t.split(delimiter)]
            value: Any = [_from_text(inner.item, p) for p in parts]
        else:
            value = _from_text(codec, texts[-1])
        pointer = f"/{param.location}/{_escape(param.name)}"
        for where, problem in problems(codec, value, pointer, True):
            raise SpecViolation(op.operation_id, where, problem)
        return value

    def _read_body(self, op: Operation, request: httpx.Request) -> Any:
        content = request.content
        declared = op.body
        if not content:
            if declared is not None and declared.required:
                raise SpecViolation(op.operation_id, "/body", "required request body missing")
            return None
        media = request.headers.get("content-type", "").split(";")[0].strip().lower()
        json_media = media == "application/json" or media.endswith("+json")
        expects_json = declared is not None and declared.kind == "json"
        if expects_json and not json_media:
            raise SpecViolation(op.operation_id, "/header/content-type",
                                f"expected a JSON body, got content type {media!r}")
        if declared is not None and declared.kind in _FIELD_MEDIA and \
                not media.startswith(_FIELD_MEDIA[declared.kind]):
            raise SpecViolation(op.operation_id, "/header/content-type",
                                f"expected a {declared.kind} body ({declared.content_type}), "
                                f"got content type {media!r}")
        fields = declared is None or declared.kind in _FIELD_MEDIA  # else: kept as bytes
        if fields and media == "application/x-www-form-urlencoded":
            return _fields_body(op, _form_pieces(op, content))
        if fields and media.startswith("multipart/"):
            return _fields_body(op, _multipart_pieces(op, request))
        if not json_media:
            return content
        try:
            body = json.loads(content)
        except ValueError:
            raise SpecViolation(op.operation_id, "/body", "the body is not JSON") from None
        if expects_json and declared is not None and declared.codec is not None:
            for pointer, problem in problems(declared.codec, body, "/body", True):
                raise SpecViolation(op.operation_id, pointer, problem)
        return body

    def _answer(self, op: Operation, recorded: RecordedCall) -> httpx.Response:
        failures = self._failures.get(op.operation_id)
        answers = self._answers.get(op.operation_id)
        if failures:
            status, headers, body = failures.pop(0)
        elif answers or op.operation_id in self._last:
            if answers:  # each registered answer once, then the last one again
                self._last[op.operation_id] = answers.pop(0)
            status, headers, body = self._last[op.operation_id]
            if callable(body):
                body = body(recorded)
                if isinstance(body, httpx.Response):
                    return self._passed_on(op, body, headers)
                self._check_answer(op, status, body)
        else:
            status, reply = op.success()
            headers, body = {}, _default_body(reply)
        if body is None:
            reply = op.reply(status)
            body = _default_body(reply) if reply is not None else \
                {"message": f"scripted failure {status}"} if status >= 400 else None
        return _response(op.reply(status), status, headers, body)

    def _passed_on(self, op: Operation, response: httpx.Response,
                   headers: Mapping[str, str]) -> httpx.Response:
        """A responder's own httpx.Response, once its status and JSON body are checked (the
        registered headers added under its own)."""
        status, content = response.status_code, response.read()
        media = response.headers.get("content-type", "").split(";")[0].strip().lower()
        body: Any = None
        if content and (media == "application/json" or media.endswith("+json")):
            try:
                body = json.loads(content)
            except ValueError:
                raise SpecViolation(op.operation_id, f"/responses/{status}/body",
                                    "the responder's body is not JSON") from None
        self._check_answer(op, status, body)
        merged = httpx.Headers(headers)
        merged.update({k: v for k, v in response.headers.items()
                       if k not in ("content-encoding", "content-length")})
        return httpx.Response(status, headers=merged, content=content)


def _served_base(default_base_url: str) -> str:
    """Where the kit serves the API: the spec's server URL, or when the runtime finds it
    unusable (relative, as a Swagger 2.0 spec without `host` has) its path under
    MOCK_ORIGIN, so a client the kit wires needs no base URL of the test's own."""
    if _rt.usable_base_url(default_base_url):
        return default_base_url.rstrip("/")
    return MOCK_ORIGIN + _rt.base_path(default_base_url)


def _default_body(reply: Reply | None) -> Any:
    """The spec's example when it fits the schema, else the minimal body."""
    if reply is None or reply.codec is None:
        return None
    if reply.example is not None:
        example = json.loads(reply.example)
        if not list(problems(reply.codec, example, "", False)):
            return example
    return json.loads(reply.minimal) if reply.minimal is not None else None


def _template(reply: Reply | None) -> Any:
    return json.loads(reply.minimal) if reply is not None and reply.minimal else {}


def _nullable(reply: Reply, member: str) -> bool:
    codec = reply.codec.inner if isinstance(reply.codec, _rt.Nullable) else reply.codec
    if isinstance(codec, _rt.ModelOf):
        return any(f.wire == member and isinstance(f.codec, _rt.Nullable)
                   for f in codec.model._fields)
    return False


def _response(reply: Reply | None, status: int, headers: Mapping[str, str],
              body: Any) -> httpx.Response:
    if body is None or status in (204, 205, 304):
        return httpx.Response(status, headers=headers)
    kind = reply.kind if reply is not None else "json"
    if kind == "binary" or isinstance(body, (bytes, bytearray)):
        return httpx.Response(status, headers=headers, content=bytes(body))
    if kind == "text" and isinstance(body, str):
        return httpx.Response(status, headers=headers, text=body)
    return httpx.Response(status, headers=headers, json=_rt.to_wire(body))
