"""The test kit (`<pkg>.testing.MockApi`) against openapi-core: they must agree.

Every operation of both vendored specs is called through a client wired to the kit, with
arguments the conformance suite builds from the spec (required only, then every optional
one); each request the kit accepts is replayed byte for byte to the validating server,
which must accept it too. Then each request is broken in the ways the kit checks (an
unknown path, a method the path lacks, credentials or a required query parameter dropped, a path
parameter or a body property of the wrong type, a required body property dropped): the
kit must raise SpecViolation and the server must answer 400.

The kit's own answers (the spec's example when it fits, else the minimal body) are checked
against each operation's response schema with the same validators the server uses.
"""

from __future__ import annotations

import dataclasses
import importlib
import json
import sys
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from schema_data import Operation, json_media, operations, resolve, success_response
from test_every_operation import APIS, build_arguments, method_names
from validating_server import CLIENT_ID, CLIENT_SECRET, TOKEN_PATH, ValidatingServer


@dataclasses.dataclass
class Sent:
    operation: Operation
    request: httpx.Request
    body: Any  # the parsed JSON body, or None


class Agreement:
    def __init__(self, name: str, server: ValidatingServer) -> None:
        self.server = server
        package = APIS[name].package
        self.testing = importlib.import_module(f"{package}.testing")
        self.runtime = importlib.import_module(f"{package}._runtime")
        self.kit_runtime = importlib.import_module(f"{package}._testing")
        self.types = importlib.import_module(f"{package}.types")
        self.api = self.testing.MockApi()
        self.client = self.api.client(base_url=server.base_url)
        self.raw = httpx.Client(transport=httpx.MockTransport(self.api.handle))
        self.http = httpx.Client(trust_env=False, timeout=30)
        self.token = self._server_token() if name == "oracle" else None
        self.ops = list(operations(server.spec))
        self.names = method_names(self.ops)

    def _server_token(self) -> str:
        answer = self.http.post(self.server.url + TOKEN_PATH, auth=(CLIENT_ID, CLIENT_SECRET),
                                data={"grant_type": "client_credentials"})
        return str(answer.json()["access_token"])

    def valid_requests(self, full: bool) -> Iterator[Sent | str]:
        """The request the client sends for each operation, or why the kit refused it."""
        for op in self.ops:
            group, method = self.names[op.operation_id]
            fn = getattr(getattr(self.client, group), method)
            # the resource modules import `types` for type checkers only; get_type_hints
            # (in build_arguments) needs it at run time
            vars(sys.modules[fn.__module__]).setdefault("_types", self.types)
            args = build_arguments(op, self.server.data, fn, full=full, typed=False,
                                   runtime=self.runtime)
            if args.problems:
                continue
            before = len(self.api.calls(op.operation_id))
            try:
                fn(**args.kwargs)
            except self.testing.SpecViolation as violation:
                yield f"{op.operation_id}: the kit refused {args.kwargs}: {violation}"
                continue
            except self.runtime.ClientError:
                pass  # an error answer: the request was still accepted and recorded
            calls = self.api.calls(op.operation_id)
            assert len(calls) == before + 1, op.operation_id
            yield Sent(op, calls[-1].request, calls[-1].body)

    def kit_accepts(self, request: httpx.Request) -> bool:
        try:
            self.raw.send(request)
        except self.testing.SpecViolation:
            return False
        return True

    def server_errors(self, request: httpx.Request) -> list[str]:
        """What openapi-core found wrong with the request ([] when it accepted it)."""
        headers = {k: v for k, v in request.headers.items()
                   if k.lower() not in ("host", "content-length")}
        if self.token and "authorization" in request.headers:
            headers["authorization"] = f"Bearer {self.token}"
        start = len(self.server.exchanges)
        self.http.request(request.method, request.url, headers=headers,
                          content=request.content)
        (exchange,) = self.server.exchanges_since(start)
        return exchange.request_errors


def rebuilt(request: httpx.Request, *, method: str | None = None, path: str | None = None,
            drop_query: str | None = None, body: Any = dataclasses.MISSING) -> httpx.Request:
    url = request.url
    if path is not None:
        url = url.copy_with(path=path)
    if drop_query is not None:
        url = url.copy_with(params=[(k, v) for k, v in url.params.multi_items()
                                    if k != drop_query])
    content = request.content if body is dataclasses.MISSING else json.dumps(body).encode()
    headers = {k: v for k, v in request.headers.items() if k.lower() != "content-length"}
    return httpx.Request(method or request.method, url, headers=headers, content=content)


def breakages(agreement: Agreement, sent: Sent) -> Iterator[tuple[str, httpx.Request]]:
    """Ways to break a valid request that the kit checks: (what, the broken request)."""
    op, request = sent.operation, sent.request
    base = httpx.URL(agreement.server.base_url).path.rstrip("/")
    if "authorization" in request.headers:
        bare = rebuilt(request)
        del bare.headers["authorization"]
        yield "credentials dropped", bare
    yield "unknown path", rebuilt(request, path=base + "/no-such-thing" +
                                  request.url.path[len(base):])
    item = resolve(agreement.server.spec, agreement.server.spec["paths"][op.path])
    missing = next((m for m in ("put", "patch", "delete", "post", "get") if m not in item), None)
    if missing:
        yield f"method {missing.upper()}", rebuilt(request, method=missing.upper())
    for param in op.parameters:
        schema = resolve(agreement.server.spec, param.get("schema") or {})
        if param["in"] == "query" and param.get("required") and \
                param["name"] in request.url.params:
            yield f"query {param['name']} dropped", rebuilt(request, drop_query=param["name"])
        if param["in"] == "path" and (schema.get("format") == "uuid" or
                                      schema.get("type") == "integer"):
            template = "/" + op.path.strip("/")
            segments = template.split("/")
            index = segments.index("{" + param["name"] + "}")
            parts = request.url.path.split("/")
            offset = len(parts) - len(segments)
            parts[index + offset] = "not-a-valid-value"
            yield f"path {param['name']}", rebuilt(request, path="/".join(parts))
    if isinstance(sent.body, dict) and op.request_body is not None:
        media = json_media(op.request_body)
        schema = resolve(agreement.server.spec, media[1].get("schema", {})) if media else {}
        for name in schema.get("required", []):
            if name in sent.body and not _read_only(agreement, schema, name):
                broken = {k: v for k, v in sent.body.items() if k != name}
                yield f"body {name} dropped", rebuilt(request, body=broken)
                break
        for name, value in sent.body.items():
            if isinstance(value, str):
                yield f"body {name} a number", rebuilt(request, body={**sent.body, name: 12345})
                break


def _read_only(agreement: Agreement, schema: dict[str, Any], name: str) -> bool:
    prop = resolve(agreement.server.spec, (schema.get("properties") or {}).get(name, {}))
    return bool(prop.get("readOnly"))


@pytest.mark.parametrize("name", sorted(APIS))
def test_what_the_kit_accepts_the_validating_server_accepts(
        name: str, request: pytest.FixtureRequest) -> None:
    server: ValidatingServer = request.getfixturevalue(f"{name}_server")
    agreement = Agreement(name, server)
    disagreements: list[str] = []
    accepted = 0
    for full in (False, True):
        for sent in agreement.valid_requests(full):
            if isinstance(sent, str):
                disagreements.append(sent)
                continue
            accepted += 1
            errors = agreement.server_errors(sent.request)
            if errors:
                disagreements.append(f"{sent.operation.operation_id}: the kit accepted "
                                     f"{sent.request.method} {sent.request.url}, the server "
                                     f"did not: {errors[:3]}")
    assert accepted >= 2 * APIS[name].operation_count * 0.9
    assert not disagreements, "\n".join(disagreements[:20])


@pytest.mark.parametrize("name", sorted(APIS))
def test_what_the_kit_refuses_the_validating_server_refuses(
        name: str, request: pytest.FixtureRequest) -> None:
    server: ValidatingServer = request.getfixturevalue(f"{name}_server")
    agreement = Agreement(name, server)
    disagreements: list[str] = []
    tried: dict[str, int] = {}
    refused = 0
    for sent in agreement.valid_requests(False):
        assert not isinstance(sent, str), sent
        for what, broken in breakages(agreement, sent):
            kind = what.split()[0] + (" dropped" if what.endswith("dropped") else "")
            tried[kind] = tried.get(kind, 0) + 1
            kit_ok = agreement.kit_accepts(broken)
            server_ok = not agreement.server_errors(broken)
            refused += not kit_ok
            if kit_ok != server_ok:  # both accepting is agreement too (PUT on a path that has one)
                disagreements.append(f"{sent.operation.operation_id} with {what}: kit "
                                     f"{'accepted' if kit_ok else 'refused'}, server "
                                     f"{'accepted' if server_ok else 'refused'}")
    assert set(tried) >= {"unknown", "method", "body dropped", "body", "credentials dropped"}, \
        tried
    assert refused >= sum(tried.values()) * 0.9, (refused, tried)
    assert not disagreements, "\n".join(disagreements[:20])


def undeclared_required(spec: dict[str, Any]) -> set[str]:
    """Names a component schema requires but does not declare (Opal's OnCallSchedule requires
    `message_channel_id`, ReviewerStage `stage`): the IR keeps no type for them, so no body
    the generator builds can hold them, and the spec's own examples lack them too."""
    names: set[str] = set()
    for schema in spec.get("components", {}).get("schemas", {}).values():
        if isinstance(schema, dict) and "allOf" not in schema:
            declared = set(schema.get("properties") or {})
            names |= {n for n in schema.get("required", []) if n not in declared}
    return names


@pytest.mark.parametrize("name", sorted(APIS))
def test_the_kits_default_answers_are_valid_for_the_response_schema(
        name: str, request: pytest.FixtureRequest) -> None:
    server: ValidatingServer = request.getfixturevalue(f"{name}_server")
    agreement = Agreement(name, server)
    problems: list[str] = []
    checked = 0
    quirks = undeclared_required(server.spec)
    for op in agreement.ops:
        status, response = success_response(server.spec, op)
        media = json_media(response)
        kit_op = agreement.api.operation(op.operation_id)
        reply = kit_op.reply(status)
        if media is None or "schema" not in media[1] or reply is None or reply.codec is None:
            continue
        body = agreement.kit_runtime._default_body(reply)
        checked += 1
        errors = [e for e in server.data.errors(media[1]["schema"], body, "response")
                  if not any(e.endswith(f": '{n}' is a required property") for n in quirks)]
        if errors:
            problems.append(f"{op.operation_id}: {errors[:3]}")
    assert checked > APIS[name].operation_count // 2
    assert not problems, "\n".join(problems[:20])
