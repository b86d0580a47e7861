"""Every operation of both vendored specs, called through the generated clients.

Each operation is read from the spec itself (not from the generated code), found on the
client as `client.<snake_case(first tag)>.<snake_case(operationId)>`, and called with
arguments built from the spec's examples (when they fit their schemas) or generated from
the schemas. The validating server checks every request with openapi-core and answers
with a response that is itself valid; the call's return value must then be what the
contract promises (a model for an object schema, a list for an array, None for no body)
and must hold every value it was sent, decoded to the types its annotations name.

Failures are collected over all operations and reported together, each with its
operation id, what was sent and the validator's message.
"""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
import enum
import importlib
import inspect
import json
import types
import typing
import uuid
import warnings
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from schema_data import (
    NULLS,
    Operation,
    SchemaData,
    Unbuildable,
    json_media,
    normalise,
    operations,
    resolve,
    success_response,
)
from validating_server import CLIENT_ID, CLIENT_SECRET, TOKEN_PATH, ValidatingServer

from generator.names.identifiers import Namespace, snake_case


@dataclasses.dataclass(frozen=True)
class Api:
    name: str
    package: str
    operation_count: int


APIS = {
    "opal": Api("opal", "opal_client", 144),
    "oracle": Api("oracle", "oracle_ag_client", 90),
}


# -- naming, as the contract states it ----------------------------------------------------------


def method_names(ops: list[Operation]) -> dict[str, tuple[str, str]]:
    """operationId -> (group attribute, method name); a clash gets a trailing `_`."""
    groups: dict[str, Namespace] = {}
    names: dict[str, tuple[str, str]] = {}
    for op in ops:
        group = snake_case(op.tag or "default")
        space = groups.setdefault(group, Namespace({"with_raw_response"}))
        names[op.operation_id] = (group, space.claim(snake_case(op.operation_id)))
    return names


def keyword_names(op: Operation) -> list[str]:
    space = Namespace({"self", "body"})
    return [space.claim(snake_case(p["name"])) for p in op.parameters]


# -- arguments ----------------------------------------------------------------------------------


def _options(hint: Any) -> tuple[Any, ...]:
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        return tuple(a for a in typing.get_args(hint) if a is not type(None))
    return (hint,)


def _is_model(kind: Any, runtime: Any) -> bool:
    return isinstance(kind, type) and issubclass(kind, runtime.Model)


def to_python(value: Any, hint: Any, typed: bool, runtime: Any) -> Any:
    """A wire value as the argument a caller would pass for this annotation.

    Plain style (typed=False) passes wire values wherever the annotation accepts them
    (dicts for bodies, strings for enums) and converts only what it must (a UUID where
    the annotation takes no str). Typed style passes model instances, enum members,
    UUIDs and datetimes wherever the annotation offers them.
    """
    options = _options(hint)
    if hint is None or any(o is Any for o in options):
        return value
    if typed:
        for kind in options:
            if _is_model(kind, runtime) and isinstance(value, dict):
                return kind.from_dict(value)
            if isinstance(kind, type) and issubclass(kind, enum.Enum):
                try:
                    return kind(value)
                except ValueError:
                    pass
    if isinstance(value, str) and (typed or str not in options):
        for kind in options:
            try:
                if kind is uuid.UUID:
                    return uuid.UUID(value)
                if kind is dt.datetime:
                    return dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
                if kind is dt.date:
                    return dt.date.fromisoformat(value)
            except ValueError:
                pass
    if isinstance(value, list):
        for kind in options:
            if typing.get_origin(kind) is list:
                (item,) = typing.get_args(kind) or (Any,)
                return [to_python(v, item, typed, runtime) for v in value]
    return value


@dataclasses.dataclass
class Arguments:
    """What one call passes, and the wire values the server should receive for it."""

    kwargs: dict[str, Any] = dataclasses.field(default_factory=dict)
    wire_params: dict[tuple[str, str], Any] = dataclasses.field(default_factory=dict)
    wire_body: Any = None
    has_body: bool = False
    problems: list[str] = dataclasses.field(default_factory=list)


def build_arguments(op: Operation, data: SchemaData, fn: Callable[..., Any], *, full: bool | str,
                    typed: bool, runtime: Any) -> Arguments:
    """Keyword arguments for an operation: required parameters (all with full=True) and
    the body when it has one; plus the problems met on the way."""
    hints = typing.get_type_hints(fn)
    accepted = inspect.signature(fn).parameters
    args = Arguments()
    kwargs, problems = args.kwargs, args.problems
    for param, name in zip(op.parameters, keyword_names(op), strict=True):
        if not (param.get("required") or full):
            continue
        if name not in accepted:
            problems.append(f"no keyword argument {name!r} for {param['in']} parameter "
                            f"{param['name']!r}")
            continue
        schema = param.get("schema") or {}
        found, value = data.example_for(schema, "request", param)
        if not found or full:
            value = data.instance(schema, "request", full)
        if isinstance(value, list) and len(value) == 1 and param["in"] in ("query", "header"):
            second = data.second_item(schema, value[0], "request")
            if second is not None:
                value = [value[0], second]
        args.wire_params[(param["in"], param["name"])] = value
        kwargs[name] = to_python(value, hints.get(name), typed, runtime)
    if op.request_body is not None:
        media = json_media(op.request_body)
        if media is None or "schema" not in media[1]:
            problems.append("request body has no JSON schema: not covered by this test")
        elif "body" not in accepted:
            problems.append("the operation has a request body but no `body=` argument")
        else:
            schema = media[1]["schema"]
            found, value = data.example_for(schema, "request", media[1])
            if not found or full:
                value = data.instance(schema, "request", full)
            args.wire_body, args.has_body = value, True
            kwargs["body"] = to_python(value, hints.get("body"), typed, runtime)
    return args


# -- decoding -----------------------------------------------------------------------------------


def check_decoded(value: Any, hint: Any, path: str, runtime: Any) -> tuple[bool, list[str]]:
    """Whether `value` is of the annotated type, and the problems found inside it.

    A model is checked field by field against its own annotations; a known enum value
    kept as a raw string and a declared field left in `additional_properties` are
    problems too.
    """
    if hint is Any or hint is object:
        return True, []
    if hint is None or hint is type(None):
        return value is None, []
    if hint is runtime.Unset:
        return value is runtime.UNSET, []
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        options = typing.get_args(hint)
        for kind in options:
            if isinstance(kind, type) and issubclass(kind, enum.Enum) and \
                    isinstance(value, str) and not isinstance(value, kind) and \
                    value in kind._value2member_map_:
                return True, [f"{path}: known {kind.__name__} value {value!r} kept as raw text"]
        for kind in options:
            ok, problems = check_decoded(value, kind, path, runtime)
            if ok:
                return True, problems
        return False, []
    if origin in (list, dict):
        if not isinstance(value, origin):
            return False, []
        args = typing.get_args(hint)
        item = args[-1] if args else Any
        entries = enumerate(value) if origin is list else value.items()
        problems = []
        for key, entry in entries:
            where = f"{path}[{key}]" if origin is list else f"{path}.{key}"
            ok, inner = check_decoded(entry, item, where, runtime)
            if not ok:
                problems.append(f"{where}: decoded as {type(entry).__name__} {entry!r:.80}, "
                                f"annotation says {item}")
            problems.extend(inner)
        return True, problems
    if typing.get_origin(hint) is typing.Literal:
        return value in typing.get_args(hint), []
    if not isinstance(hint, type):
        return True, []
    if hint is float:
        return isinstance(value, (int, float)) and not isinstance(value, bool), []
    if hint is int:
        return isinstance(value, int) and not isinstance(value, bool), []
    if not isinstance(value, hint):
        return False, []
    if not _is_model(hint, runtime):
        return True, []
    problems = []
    field_hints = typing.get_type_hints(hint)
    for field in hint._fields:
        entry = getattr(value, field.attr, runtime.UNSET)
        where = f"{path}.{field.wire}"
        ok, inner = check_decoded(entry, field_hints.get(field.attr, Any), where, runtime)
        if not ok:
            problems.append(f"{where}: decoded as {type(entry).__name__} {entry!r:.80}, "
                            f"annotation says {field_hints.get(field.attr)}")
        problems.extend(inner)
    declared = {f.wire for f in hint._fields}
    for key in value.additional_properties:
        if key in declared:
            problems.append(f"{path}.{key}: a declared field left in additional_properties")
    return True, problems


def expected_kind(spec: dict[str, Any], op: Operation, sent: Any) -> str | None:
    """What the contract says the call returns for the body that was sent."""
    if sent is None:
        return "None"
    _, response = success_response(spec, op)
    media = json_media(response)
    schema = resolve(spec, media[1].get("schema", {})) if media else {}
    kinds = schema.get("type")
    kinds = [kinds] if isinstance(kinds, str) else list(kinds or [])
    if "array" in kinds:
        return "list"
    composed = any(k in schema for k in ("allOf", "oneOf", "anyOf"))
    if ("object" in kinds or composed) and (schema.get("properties") or composed):
        return "model"
    return None


def describe_call(kwargs: dict[str, Any]) -> str:
    return ", ".join(f"{k}={v!r:.200}" for k, v in kwargs.items())


def first_difference(got: Any, want: Any, path: str = "$") -> str:
    """Where two JSON values first differ, for a readable failure message."""
    if isinstance(got, dict) and isinstance(want, dict):
        for key in [*want, *(k for k in got if k not in want)]:
            if key not in got:
                return f"{path}.{key} missing (expected {want[key]!r:.80})"
            if key not in want:
                return f"{path}.{key} unexpected ({got[key]!r:.80})"
            if got[key] != want[key]:
                return first_difference(got[key], want[key], f"{path}.{key}")
    if isinstance(got, list) and isinstance(want, list) and len(got) == len(want):
        for index, (a, b) in enumerate(zip(got, want, strict=True)):
            if a != b:
                return first_difference(a, b, f"{path}[{index}]")
    return f"{path}: {got!r:.120} instead of {want!r:.120}"


def same_value(wire: Any, decoded: Any) -> bool:
    """Whether openapi-core's deserialised parameter is the wire value the test meant.

    openapi-core turns `format: uuid` / `date-time` / `date` strings into UUID, datetime
    and date objects; everything else compares as JSON data.
    """
    if isinstance(decoded, list) and isinstance(wire, list):
        return len(wire) == len(decoded) and all(map(same_value, wire, decoded))
    if isinstance(decoded, uuid.UUID) and isinstance(wire, str):
        try:
            return uuid.UUID(wire) == decoded
        except ValueError:
            return False
    if isinstance(decoded, dt.datetime) and isinstance(wire, str):
        return normalise(wire) == decoded
    if isinstance(decoded, dt.date) and isinstance(wire, str):
        return wire == decoded.isoformat()
    return bool(wire == decoded) and type(wire) is type(decoded)


# -- one operation ------------------------------------------------------------------------------


@dataclasses.dataclass
class Runner:
    api: Api
    server: ValidatingServer
    full: bool | str
    typed: bool
    raw: bool = False

    def __post_init__(self) -> None:
        self.package = importlib.import_module(self.api.package)
        self.runtime = importlib.import_module(f"{self.api.package}._runtime")
        self.ops = list(operations(self.server.spec))
        self.names = method_names(self.ops)

    def client_kwargs(self) -> dict[str, Any]:
        settings: dict[str, Any] = {"base_url": self.server.base_url, "max_retries": 0,
                                    "timeout": 10.0}
        if self.api.name == "oracle":
            settings.update(client_id=CLIENT_ID, client_secret=CLIENT_SECRET,
                            token_url=self.server.url + TOKEN_PATH)
        else:
            settings.update(token="conformance-token")
        return settings

    def prepare(self, client: Any, op: Operation) -> tuple[Any, Arguments]:
        group, method = self.names[op.operation_id]
        resource = getattr(client, group, None)
        fn = getattr(resource, method, None) if resource is not None else None
        if fn is None:
            return None, Arguments(problems=[f"no method client.{group}.{method}"])
        try:
            args = build_arguments(op, self.server.data, fn, full=self.full, typed=self.typed,
                                   runtime=self.runtime)
        except Unbuildable as exc:
            return None, Arguments(problems=[f"the test could not build arguments: {exc}"])
        if any(p.startswith("no keyword") for p in args.problems):
            return None, args
        return fn, args

    def verify(self, op: Operation, fn: Any, args: Arguments, start: int, outcome: Any,
               error: BaseException | None) -> list[str]:
        problems: list[str] = []
        seen = self.server.exchanges_since(start)
        sent = f"called with {describe_call(args.kwargs)}"
        if not seen:
            detail = f": {type(error).__name__}: {error}" if error else ""
            return [f"no request reached the server{detail}; {sent}"]
        exchange = seen[-1]
        if len(seen) != 1:
            problems.append(f"{len(seen)} requests for one call")
        if exchange.request_errors:
            problems.append("request rejected by validation: " + exchange.describe() + "\n      "
                            + "\n      ".join(exchange.request_errors) + f"\n      {sent}")
            return problems
        if exchange.operation_id != op.operation_id:
            problems.append(f"request reached {exchange.operation_id} instead: "
                            f"{exchange.describe()}")
        problems.extend(self.check_sent(args, exchange))
        if exchange.response_errors or exchange.status >= 400:
            problems.append(f"the server answered {exchange.status}: {exchange.response_body}")
            return problems
        if error is not None:
            return [*problems, f"call raised {type(error).__name__}: {error}; {sent}"]
        return problems + self.check_result(op, fn, outcome, exchange.response_body)

    def check_sent(self, args: Arguments, exchange: Any) -> list[str]:
        """Valid is not enough: the server must have received the values that were passed."""
        problems = []
        for (location, name), wire in args.wire_params.items():
            received = exchange.parameters.get(location, {})
            if name not in received:
                problems.append(f"{location} parameter {name!r} was passed ({wire!r}) but "
                                f"not sent: {exchange.describe()}")
            elif not same_value(wire, received[name]):
                problems.append(f"{location} parameter {name!r}: passed {wire!r}, the server "
                                f"read {received[name]!r}: {exchange.describe()}")
        if args.has_body:
            try:
                body = json.loads(exchange.request_body) if exchange.request_body else None
            except ValueError:
                body = exchange.request_body
            if normalise(body) != normalise(args.wire_body):
                problems.append("the body sent differs from the body passed: " +
                                first_difference(normalise(body), normalise(args.wire_body)))
        return problems

    def check_result(self, op: Operation, fn: Any, outcome: Any, sent: Any) -> list[str]:
        problems = []
        hint = typing.get_type_hints(fn).get("return", Any)
        ok, inner = check_decoded(outcome, hint, "$", self.runtime)
        if not ok:
            problems.append(f"returned {type(outcome).__name__} {outcome!r:.120}, "
                            f"annotation says {hint}")
        problems.extend(inner)
        kind = expected_kind(self.server.spec, op, sent)
        if kind == "None" and outcome is not None:
            problems.append(f"no body was sent but the call returned {outcome!r:.80}")
        elif kind == "list" and not isinstance(outcome, list):
            problems.append(f"an array was sent but the call returned {type(outcome).__name__}")
        elif kind == "model" and not isinstance(outcome, self.runtime.Model):
            problems.append(f"an object was sent but the call returned "
                            f"{type(outcome).__name__}, not a model")
        wire = normalise(self.runtime.to_wire(outcome))
        if kind in ("list", "model") and wire != normalise(sent):
            problems.append("to_dict() of the result differs from the JSON the server sent: "
                            + first_difference(wire, normalise(sent)))
        return problems

    def report(self, op: Operation, problems: list[str]) -> list[str]:
        group, method = self.names[op.operation_id]
        return [f"{op.operation_id} ({op.method.upper()} {op.path}, "
                f"client.{group}.{method}): {p}" for p in problems]

    def run_sync(self) -> list[str]:
        failures: list[str] = []
        with self.package.Client(**self.client_kwargs()) as client:
            for op in self.ops:
                fn, args = self.prepare(client, op)
                problems = list(args.problems)
                if fn is not None:
                    start = len(self.server.exchanges)
                    outcome, error = None, None
                    try:
                        with warnings.catch_warnings():
                            warnings.simplefilter("ignore", DeprecationWarning)
                            outcome = fn(**args.kwargs)
                    except Exception as exc:  # noqa: BLE001 - reported below
                        error = exc
                    problems += self.verify(op, fn, args, start, outcome, error)
                    if self.raw and not problems:
                        problems += self.check_raw(client, op, args, outcome)
                failures += self.report(op, problems)
        return failures

    def check_raw(self, client: Any, op: Operation, args: Arguments, outcome: Any) -> list[str]:
        """`with_raw_response` gives the status, the headers and what the plain call gave."""
        group, method = self.names[op.operation_id]
        raw_fn = getattr(getattr(getattr(client, group), "with_raw_response", None), method, None)
        if raw_fn is None:
            return [f"no method client.{group}.with_raw_response.{method}"]
        start = len(self.server.exchanges)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            raw = raw_fn(**args.kwargs)
        exchange = self.server.exchanges_since(start)[-1]
        problems = []
        if raw.status_code != exchange.status:
            problems.append(f"with_raw_response: status {raw.status_code}, "
                            f"the server sent {exchange.status}")
        if not isinstance(raw.http_response, httpx.Response):
            problems.append("with_raw_response: .http_response is not an httpx.Response")
        _, response = success_response(self.server.spec, op)
        for name in response.get("headers") or {}:
            if name not in raw.headers:
                problems.append(f"with_raw_response: declared header {name!r} missing")
        if normalise(self.runtime.to_wire(raw.parsed)) != normalise(
                self.runtime.to_wire(outcome)):
            problems.append("with_raw_response: .parsed differs from the plain call's result")
        return problems

    async def run_async(self) -> list[str]:
        failures: list[str] = []
        async with self.package.AsyncClient(**self.client_kwargs()) as client:
            for op in self.ops:
                fn, args = self.prepare(client, op)
                problems = list(args.problems)
                if fn is not None and not inspect.iscoroutinefunction(fn):
                    problems.append("the AsyncClient method is not a coroutine function")
                elif fn is not None:
                    start = len(self.server.exchanges)
                    outcome, error = None, None
                    try:
                        with warnings.catch_warnings():
                            warnings.simplefilter("ignore", DeprecationWarning)
                            outcome = await fn(**args.kwargs)
                    except Exception as exc:  # noqa: BLE001 - reported below
                        error = exc
                    problems += self.verify(op, fn, args, start, outcome, error)
                failures += self.report(op, problems)
        return failures


def _assert_none(failures: list[str], runner: Runner) -> None:
    count = len(runner.ops)
    failed = len({f.split(" ", 1)[0] for f in failures})
    assert not failures, (f"{failed} of {count} operations failed:\n  " + "\n  ".join(failures))


# -- the tests ----------------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(APIS))
def test_spec_operation_count(name: str, request: pytest.FixtureRequest) -> None:
    server: ValidatingServer = request.getfixturevalue(f"{name}_server")
    ops = list(operations(server.spec))
    assert len(ops) == APIS[name].operation_count
    assert len({op.operation_id for op in ops}) == len(ops)


@pytest.mark.parametrize("name", sorted(APIS))
def test_every_operation_sync(name: str, request: pytest.FixtureRequest) -> None:
    """Required parameters and a body (examples where they fit), plain wire values; each
    operation once more through `with_raw_response`."""
    server: ValidatingServer = request.getfixturevalue(f"{name}_server")
    runner = Runner(APIS[name], server, full=False, typed=False, raw=True)
    assert len(runner.ops) == APIS[name].operation_count
    tokens_before = server.token_requests
    failures = runner.run_sync()
    if name == "oracle":  # one token for every operation of one client
        assert server.token_requests - tokens_before == 1
    _assert_none(failures, runner)


@pytest.mark.parametrize("name", sorted(APIS))
def test_every_operation_async(name: str, request: pytest.FixtureRequest) -> None:
    """The same through AsyncClient, passing models, enum members, UUIDs and datetimes."""
    server: ValidatingServer = request.getfixturevalue(f"{name}_server")
    runner = Runner(APIS[name], server, full=False, typed=True)
    assert len(runner.ops) == APIS[name].operation_count
    tokens_before = server.token_requests
    failures = asyncio.run(runner.run_async())
    if name == "oracle":
        assert server.token_requests - tokens_before == 1
    _assert_none(failures, runner)


@pytest.mark.parametrize("name", sorted(APIS))
def test_every_operation_with_every_optional_field(name: str,
                                                   request: pytest.FixtureRequest) -> None:
    """Every optional parameter and every body property (generated from the schemas)."""
    server: ValidatingServer = request.getfixturevalue(f"{name}_server")
    runner = Runner(APIS[name], server, full=True, typed=False)
    _assert_none(runner.run_sync(), runner)


def test_every_operation_with_explicit_nulls(opal_server: ValidatingServer) -> None:
    """Every property, null wherever the schema allows it, both ways: bodies passed as models
    must keep their explicit nulls on the wire, and nulls in responses must decode.
    (Only Opal has nullable fields; Oracle's spec has none.)"""
    runner = Runner(APIS["opal"], opal_server, full=NULLS, typed=True)
    opal_server.response_fill = NULLS
    try:
        failures = runner.run_sync()
    finally:
        opal_server.response_fill = True
    _assert_none(failures, runner)
