"""A spec-validating HTTP server on 127.0.0.1, built on openapi-core and werkzeug.

Every request is validated by openapi-core against the spec (path, method, parameters,
request body, security). An invalid request gets a 400 whose JSON names each validation
error; a valid one gets a response built from the operation's success response schema,
which is itself validated by openapi-core before it is sent (a response the server could
not make valid gets a 500 that says so). Every exchange is recorded for the tests.

The OAuth 2.0 client-credentials token endpoint (`POST /oauth2/v1/token`) is served by the
same server: it checks the grant and the client's Basic credentials and issues tokens,
and requests to an operation secured by `oauth2` must carry one of those tokens.
"""

from __future__ import annotations

import base64
import dataclasses
import json
import threading
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import parse_qs

from openapi_core import Config, OpenAPI
from openapi_core.contrib.werkzeug import WerkzeugOpenAPIRequest, WerkzeugOpenAPIResponse
from openapi_core.security.exceptions import SecurityProviderError
from openapi_core.security.factories import SecurityProviderFactory
from openapi_core.security.providers import BaseProvider
from openapi_core.templating.paths.finders import APICallPathFinder
from schema_data import (
    Operation,
    SchemaData,
    Unbuildable,
    json_media,
    operations,
    resolve,
    success_response,
)
from werkzeug.serving import BaseWSGIServer, WSGIRequestHandler, make_server
from werkzeug.wrappers import Request, Response

TOKEN_PATH = "/oauth2/v1/token"
CLIENT_ID = "conformance-client"
CLIENT_SECRET = "conformance-secret"  # a test value, not a credential


@dataclasses.dataclass
class Exchange:
    """One request the server received and what it answered."""

    operation_id: str | None
    method: str
    target: str
    request_headers: dict[str, str]
    request_body: bytes
    request_errors: list[str]
    parameters: dict[str, dict[str, Any]]  # as openapi-core deserialised them, by location
    status: int
    response_body: Any
    response_errors: list[str]

    def describe(self) -> str:
        body = self.request_body.decode("utf-8", "replace")
        return f"{self.method} {self.target}" + (f" body={body[:400]}" if body else "")


def describe_error(error: BaseException) -> list[str]:
    """An openapi-core error with the schema errors underneath it, one line each."""
    lines = [f"{type(error).__name__}: {error}"]
    seen: set[int] = set()
    cause: BaseException | None = error
    while cause is not None and id(cause) not in seen:
        seen.add(id(cause))
        for schema_error in getattr(cause, "schema_errors", None) or ():
            where = "/".join(map(str, getattr(schema_error, "absolute_path", ()))) or "$"
            lines.append(f"  at {where}: {getattr(schema_error, 'message', schema_error)}")
        if cause is not error:
            lines.append(f"  caused by {type(cause).__name__}: {cause}")
        cause = cause.__cause__ or cause.__context__
    return list(dict.fromkeys(lines))


class _IssuedTokenProvider(BaseProvider):
    """oauth2: a bearer token that this server's token endpoint issued.

    openapi-core has no provider of its own for oauth2 (it only warns), so without this
    the Oracle spec's security requirement would not be checked at all.
    """

    def __init__(self, scheme: Any, issued: set[str]) -> None:
        super().__init__(scheme)
        self.issued = issued

    def __call__(self, parameters: Any) -> Any:
        header = parameters.header.get("Authorization")
        if not header:
            raise SecurityProviderError("Missing authorization header.")
        kind, _, token = header.partition(" ")
        if kind.lower() != "bearer":
            raise SecurityProviderError(f"Unknown authorization method {kind}")
        if token not in self.issued:
            raise SecurityProviderError("bearer token was not issued by the token endpoint")
        return token


class _Providers(SecurityProviderFactory):
    def __init__(self, issued: set[str]) -> None:
        self.issued = issued

    def create(self, scheme: Any) -> Any:
        if (scheme / "type").read_str() == "oauth2":
            return _IssuedTokenProvider(scheme, self.issued)
        return super().create(scheme)


class _QuietHandler(WSGIRequestHandler):
    def log(self, type: str, message: str, *args: Any) -> None:  # noqa: A002
        pass  # exchanges are recorded on the server instead


class ValidatingServer:
    """Serves one spec on 127.0.0.1 at a free port until `close()`."""

    def __init__(self, spec: Mapping[str, Any], *, base_path: str = "") -> None:
        self._httpd: BaseWSGIServer = make_server("127.0.0.1", 0, self._wsgi, threaded=True,
                                                  request_handler=_QuietHandler)
        self.url = f"http://127.0.0.1:{self._httpd.server_port}"
        self.base_url = self.url + base_path
        # The server's copy of the spec names this server; nothing else changes.
        self.spec = {**spec, "servers": [{"url": self.base_url}]}
        self.data = SchemaData(self.spec)
        self.operations = {op.operation_id: op for op in operations(self.spec)}
        self.issued_tokens: set[str] = set()
        self.token_requests = 0
        self.openapi = OpenAPI.from_dict(
            self.spec, config=Config(security_provider_factory=_Providers(self.issued_tokens)))
        self._finder = APICallPathFinder(self.openapi.spec)
        self.exchanges: list[Exchange] = []
        self._lock = threading.Lock()
        self._replies: dict[tuple[str, bool | str], tuple[int, dict[str, str], Any]] = {}
        # How response bodies are filled: every property (True), or every property with
        # null wherever the schema allows it (schema_data.NULLS).
        self.response_fill: bool | str = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)
        self._thread.start()

    def close(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(5)

    # -- WSGI ---------------------------------------------------------------------------

    def _wsgi(self, environ: dict[str, Any], start_response: Any) -> Iterable[bytes]:
        request = Request(environ)
        if request.path == TOKEN_PATH:
            response = self._token(request)
        else:
            response = self._operation(request)
        return response(environ, start_response)

    def _token(self, request: Request) -> Response:
        """RFC 6749 section 4.4: a client-credentials grant with HTTP Basic client auth."""
        problems = []
        if request.method != "POST":
            problems.append(f"token endpoint needs POST, got {request.method}")
        if request.mimetype != "application/x-www-form-urlencoded":
            problems.append(f"token request body must be a form, got {request.mimetype!r}")
        form = parse_qs(request.get_data(as_text=True), keep_blank_values=True)
        if form.get("grant_type") != ["client_credentials"]:
            problems.append(f"grant_type must be client_credentials, got {form.get('grant_type')}")
        expected = "Basic " + base64.b64encode(f"{CLIENT_ID}:{CLIENT_SECRET}".encode()).decode()
        if request.headers.get("Authorization") != expected:
            problems.append("client authentication must be HTTP Basic with the client's id "
                            "and secret")
        with self._lock:
            self.token_requests += 1
            if problems:
                return _json_response(400, {"error": "invalid_request", "errors": problems})
            token = f"token-{len(self.issued_tokens) + 1}"
            self.issued_tokens.add(token)
        return _json_response(200, {"access_token": token, "token_type": "Bearer",
                                    "expires_in": 3600})

    def _operation(self, request: Request) -> Response:
        openapi_request = WerkzeugOpenAPIRequest(request)
        op = self._find(request)
        request_errors: list[str] = []
        result = self.openapi.unmarshal_request(openapi_request)
        for error in result.errors:
            request_errors.extend(describe_error(error))
        decoded = {"path": dict(result.parameters.path), "query": dict(result.parameters.query),
                   "header": dict(result.parameters.header),
                   "cookie": dict(result.parameters.cookie)}
        if op is None and not request_errors:
            request_errors.append("no operation of the spec matches this request")
        response_errors: list[str] = []
        if request_errors:
            status, headers, body = 400, {}, {
                "conformance": "request rejected by the spec's validation",
                "operation": op.operation_id if op else None,
                "errors": request_errors,
            }
        else:
            assert op is not None
            status, headers, body = self._answer(op)
            response = _json_response(status, body, headers)
            for error in self.openapi.iter_response_errors(
                    openapi_request, WerkzeugOpenAPIResponse(response)):
                response_errors.extend(describe_error(error))
            if response_errors:
                status, headers, body = 500, {}, {
                    "conformance": "the server could not build a valid response",
                    "operation": op.operation_id, "errors": response_errors,
                }
        with self._lock:
            self.exchanges.append(Exchange(
                op.operation_id if op else None, request.method,
                request.full_path.rstrip("?"), dict(request.headers), request.get_data(),
                request_errors, decoded, status, body, response_errors))
        return _json_response(status, body, headers)

    def _find(self, request: Request) -> Operation | None:
        try:
            found = self._finder.find(request.method.lower(), request.base_url)
        except Exception:  # noqa: BLE001 - reported by the request validation itself
            return None
        operation_id = (found.operation / "operationId").read_str(default="")
        return self.operations.get(operation_id)

    def _answer(self, op: Operation) -> tuple[int, dict[str, str], Any]:
        """The success response: a full instance of its schema, and its declared headers."""
        key = (op.operation_id, self.response_fill)
        if key in self._replies:
            return self._replies[key]
        status, response = success_response(self.spec, op)
        headers: dict[str, str] = {}
        for name, header in (response.get("headers") or {}).items():
            header = resolve(self.spec, header)
            schema = header.get("schema") or {"type": "string"}
            try:
                headers[name] = str(self.data.instance(schema, "response", full=True))
            except Unbuildable:
                continue
        media = json_media(response)
        if media is None or "schema" not in media[1]:
            return status, headers, None
        try:
            body = self.data.instance(media[1]["schema"], "response", full=self.response_fill)
        except Unbuildable as exc:
            return 500, {}, {"conformance": "no valid response body could be built",
                             "operation": op.operation_id, "errors": [str(exc)]}
        with self._lock:
            self._replies[key] = (status, headers, body)
        return status, headers, body

    def exchanges_since(self, start: int) -> list[Exchange]:
        with self._lock:
            return list(self.exchanges[start:])


def _json_response(status: int, body: Any, headers: Mapping[str, str] | None = None) -> Response:
    if body is None:
        return Response(b"", status=status, headers=dict(headers or {}))
    return Response(json.dumps(body), status=status, headers=dict(headers or {}),
                    mimetype="application/json")
