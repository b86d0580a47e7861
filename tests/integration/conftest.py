"""Integration fixtures: a scripted HTTP server on 127.0.0.1 and the generated packages on sys.path.

The server is a standard-library ThreadingHTTPServer bound to port 0 and run in a background
thread. Each test scripts it with canned replies (status, headers, body bytes), served in
order, and reads back every request it received (method, path, query, headers, body).
Replies can also be tied to one path (the OAuth token endpoint shares the server with the
API), and those are served before the general queue for that path.

Nothing here reaches beyond 127.0.0.1: proxy variables are cleared for every test so httpx
cannot route a loopback request elsewhere.
"""

from __future__ import annotations

import collections
import dataclasses
import importlib
import json as _json
import socket
import sys
import threading
from collections.abc import Iterator, Mapping
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from generator.generate import generate
from generator.project.write import write_trees

# -- make the generated packages importable ---------------------------------------------------

_HERE = Path(__file__).resolve().parent
_TESTS = _HERE.parent
_REPO = _TESTS.parent
GENERATED = _REPO / "generated"
GOLDEN = _TESTS / "golden"
GOLDEN_CASES = sorted(p.name for p in GOLDEN.iterdir() if (p / "spec.yaml").is_file())

for _root in (GENERATED / "oracle_ag_client", GENERATED / "opal_client"):
    if str(_root) not in sys.path:
        sys.path.insert(0, str(_root))


def _import_generated(root: Path, spec: dict[str, Any], package: str,
                      module: str | None = None, paging: dict[str, Any] | None = None) -> Any:
    (root / "spec.json").write_text(_json.dumps(spec), encoding="utf-8")
    config = root / "paging.json" if paging is not None else None
    if config is not None:
        config.write_text(_json.dumps(paging), encoding="utf-8")
    write_trees({root / "out": generate(root / "spec.json", package, config).files})
    sys.path.insert(0, str(root / "out"))
    try:
        return importlib.import_module(module or package)
    finally:
        sys.path.remove(str(root / "out"))


@pytest.fixture(scope="session")
def import_generated() -> Any:
    """import_generated(root, spec, package, module=None, paging=None): generate the spec
    dict (with `paging` as its pagination config) as `package` under `root` and import
    `module` (the package by default) from there, leaving sys.path as it was."""
    return _import_generated


@pytest.fixture(scope="session")
def golden_packages(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Every golden case generated now into <root>/<case>/<case>_client, on sys.path (for
    the modules that import them: `pytestmark = pytest.mark.usefixtures("golden_packages")`).

    (The snapshots in tests/golden/*/expected leave out the runtime copies, so they are not
    importable as they stand; tests/golden/test_golden.py holds them equal to this output.)
    """
    root = tmp_path_factory.mktemp("golden_packages")
    folders = [str(root / case) for case in GOLDEN_CASES]
    for case in GOLDEN_CASES:
        result = generate(GOLDEN / case / "spec.yaml", f"{case}_client")
        write_trees({root / case: result.files})
    sys.path[:0] = folders
    yield root
    sys.path[:] = [p for p in sys.path if p not in folders]


# -- the scripted server ----------------------------------------------------------------------


@dataclasses.dataclass
class Reply:
    status: int
    headers: list[tuple[str, str]]
    body: bytes
    delay: float = 0.0


@dataclasses.dataclass
class Recorded:
    """One request as the server saw it."""

    method: str
    target: str
    path: str
    query_string: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    header_items: list[tuple[str, str]]
    body: bytes

    def json(self) -> Any:
        return _json.loads(self.body)

    def form(self) -> dict[str, list[str]]:
        return parse_qs(self.body.decode("ascii"), keep_blank_values=True)

    def header(self, name: str) -> str | None:
        return self.headers.get(name.lower())


UNSCRIPTED_STATUS = 418


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        # a client that timed out and hung up is expected in some tests
        exc = sys.exc_info()[1]
        if not isinstance(exc, (BrokenPipeError, ConnectionResetError)):
            super().handle_error(request, client_address)


class ScriptedServer:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._queue: collections.deque[Reply] = collections.deque()
        self._by_path: dict[str, collections.deque[Reply]] = {}
        self.requests: list[Recorded] = []
        self.unscripted: list[Recorded] = []
        self._stopping = threading.Event()
        server = _QuietServer(("127.0.0.1", 0), _make_handler(self))
        self._server = server
        self.port = server.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True
        )

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stopping.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()

    def reply(
        self,
        status: int = 200,
        *,
        json: Any = dataclasses.MISSING,
        body: bytes | str = b"",
        headers: Mapping[str, str] | list[tuple[str, str]] | None = None,
        path: str | None = None,
        times: int = 1,
        delay: float = 0.0,
    ) -> None:
        """Queue a reply; with `path`, only a request for that path receives it.

        `delay` holds the reply back that many seconds (to provoke client read timeouts).
        """
        items = list(headers.items()) if isinstance(headers, Mapping) else list(headers or [])
        if json is not dataclasses.MISSING:
            body = _json.dumps(json).encode("utf-8")
            if not any(k.lower() == "content-type" for k, _ in items):
                items.append(("Content-Type", "application/json"))
        if isinstance(body, str):
            body = body.encode("utf-8")
        with self._lock:
            queue = self._queue if path is None else self._by_path.setdefault(
                path, collections.deque())
            for _ in range(times):
                queue.append(Reply(status, items, body, delay))

    def requests_to(self, path: str) -> list[Recorded]:
        return [r for r in self.requests if r.path == path]

    @property
    def pending(self) -> int:
        with self._lock:
            return len(self._queue) + sum(len(q) for q in self._by_path.values())

    def _next(self, recorded: Recorded) -> Reply:
        with self._lock:
            self.requests.append(recorded)
            by_path = self._by_path.get(recorded.path)
            if by_path:
                return by_path.popleft()
            if self._queue:
                return self._queue.popleft()
            self.unscripted.append(recorded)
        return Reply(UNSCRIPTED_STATUS, [("Content-Type", "text/plain")],
                     f"no scripted reply for {recorded.method} {recorded.target}".encode())


def _make_handler(owner: ScriptedServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        wbufsize = 1 << 16  # one write per reply (flushed below): no Nagle/delayed-ACK stall
        disable_nagle_algorithm = True

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
            pass

        def _read_body(self) -> bytes:
            if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
                chunks = []
                while True:
                    size = int(self.rfile.readline().split(b";")[0].strip(), 16)
                    if size == 0:
                        self.rfile.readline()
                        return b"".join(chunks)
                    chunks.append(self.rfile.read(size))
                    self.rfile.readline()
            length = int(self.headers.get("Content-Length") or 0)
            return self.rfile.read(length) if length else b""

        def _handle(self) -> None:
            body = self._read_body()
            parts = urlsplit(self.path)
            recorded = Recorded(
                method=self.command,
                target=self.path,
                path=parts.path,
                query_string=parts.query,
                query=parse_qs(parts.query, keep_blank_values=True),
                headers={k.lower(): v for k, v in self.headers.items()},
                header_items=list(self.headers.items()),
                body=body,
            )
            reply = owner._next(recorded)
            if reply.delay:
                # not time.sleep: tests patch it to record the client's back-off delays
                owner._stopping.wait(reply.delay)
            self.send_response(reply.status)
            for name, value in reply.headers:
                self.send_header(name, value)
            if reply.status not in (204, 304) and reply.status >= 200:
                self.send_header("Content-Length", str(len(reply.body)))
            self.end_headers()
            if self.command != "HEAD" and reply.status not in (204, 304):
                self.wfile.write(reply.body)
            self.wfile.flush()

        do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = _handle

    return Handler


_PROXY_VARS = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy",
               "all_proxy")


@pytest.fixture(autouse=True)
def _loopback_only(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in _PROXY_VARS:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    srv = ScriptedServer()
    srv.start()
    try:
        yield srv
    finally:
        srv.stop()
    assert not srv.unscripted, (
        "requests arrived with no scripted reply: "
        + ", ".join(f"{r.method} {r.target}" for r in srv.unscripted))


@pytest.fixture
def closed_port_url() -> str:
    """A loopback URL nothing listens on (connections are refused)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Every delay the runtimes ask time.sleep / asyncio.sleep for; nothing really sleeps.

    The generated runtimes look both up on the shared `time` and `asyncio` modules when
    they wait, so patching those modules covers every package, sync and async.
    """
    import asyncio
    import time

    delays: list[float] = []

    def fake_sleep(seconds: float) -> None:
        delays.append(seconds)

    async def fake_async_sleep(seconds: float, result: Any = None) -> Any:
        delays.append(seconds)
        return result

    monkeypatch.setattr(time, "sleep", fake_sleep)
    monkeypatch.setattr(asyncio, "sleep", fake_async_sleep)
    return delays
