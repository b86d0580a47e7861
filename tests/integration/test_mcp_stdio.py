"""`python -m opal_client.mcp` as an MCP client starts it: a subprocess spoken to over stdio
(and streamable HTTP) by the SDK's own client, with `MockApi` served on 127.0.0.1 as the API
its environment variables point at; and what happens without the `[mcp]` extra."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest
from mcp import Client as McpClient
from mcp import StdioServerParameters

from opal_client.testing import MockApi

REPO = Path(__file__).resolve().parents[2]
OPAL = REPO / "generated" / "opal_client"
REQUEST_ID = "00000000-0000-0000-0000-0000000000aa"


class _Handler(BaseHTTPRequestHandler):
    """Hands every request to the MockApi on the server, at the spec's own origin (the base
    URL's path is the spec's: /v1), and its answer back."""

    def _serve(self) -> None:
        api: MockApi = self.server.api  # type: ignore[attr-defined]
        length = int(self.headers.get("content-length") or 0)
        url = httpx.URL(api.base_url).copy_with(raw_path=self.path.encode("ascii"))
        request = httpx.Request(self.command, url, headers=list(self.headers.items()),
                                content=self.rfile.read(length))
        try:
            response = api.handle(request)
        except AssertionError as exc:  # a SpecViolation: the test reads api.violations
            response = httpx.Response(599, text=str(exc))
        response.read()
        self.send_response(response.status_code)
        for name, value in response.headers.items():
            if name.lower() not in ("content-length", "transfer-encoding", "connection"):
                self.send_header(name, value)
        self.send_header("content-length", str(len(response.content)))
        self.end_headers()
        self.wfile.write(response.content)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _serve

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def mock_api() -> Iterator[tuple[MockApi, str]]:
    """A MockApi answering HTTP on 127.0.0.1, and the base URL to give a client."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    server.api = MockApi()  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.01},
                              daemon=True)
    thread.start()
    try:
        yield server.api, f"http://127.0.0.1:{server.server_address[1]}/v1"  # type: ignore[attr-defined]
    finally:
        server.shutdown()
        server.server_close()


def environment(base_url: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.lower().endswith("_proxy") and not k.startswith("OPAL_")}
    env.update(PYTHONPATH=os.pathsep.join([str(OPAL), env.get("PYTHONPATH", "")]),
               OPAL_BASE_URL=base_url, OPAL_API_TOKEN="t0ken", PYTHONDONTWRITEBYTECODE="1")
    return env


def test_over_stdio_tools_list_and_calls_reach_the_api(mock_api: tuple[MockApi, str]) -> None:
    api, base_url = mock_api
    api.fail("get_request", status=404, headers={"X-Request-Id": "req-7"}, times=3)
    params = StdioServerParameters(command=sys.executable, args=["-m", "opal_client.mcp"],
                                   env=environment(base_url))

    async def main() -> dict[str, Any]:
        async with McpClient(params) as client:
            tools = (await client.list_tools()).tools
            ok = await client.call_tool("requests_get_requests", {"page_size": 1})
            missing = await client.call_tool("requests_get_request", {"id": REQUEST_ID})
            invalid = await client.call_tool("requests_get_request", {"id": 5})
            still = await client.call_tool("users_get_users", {})
            return {"tools": tools, "ok": ok, "missing": missing, "invalid": invalid,
                    "still": still}

    out = anyio.run(main)
    assert out["tools"] and all(t.annotations.read_only_hint for t in out["tools"])
    assert not out["ok"].is_error, out["ok"].content
    assert out["missing"].is_error and "request id: req-7" in out["missing"].content[0].text
    assert out["invalid"].is_error and not out["still"].is_error
    (listed,) = api.calls("get_requests")
    assert listed.query == {"page_size": ["1"]}
    assert listed.headers["authorization"] == "Bearer t0ken"
    assert api.violations == []


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_over_streamable_http_on_127_0_0_1(mock_api: tuple[MockApi, str]) -> None:
    api, base_url = mock_api
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "opal_client.mcp", "--transport", "http", "--port", str(port),
         "--include", "requests"],
        env=environment(base_url), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)

    async def main() -> Any:
        for _ in range(600):  # until the server listens (it may die: then say why)
            if process.poll() is not None:
                raise AssertionError(process.stderr.read().decode() if process.stderr else "")
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1):
                    break
            except OSError:
                await anyio.sleep(0.05)
        async with McpClient(f"http://127.0.0.1:{port}/mcp") as client:
            names = [t.name for t in (await client.list_tools()).tools]
            result = await client.call_tool("requests_get_request", {"id": REQUEST_ID})
            return names, result

    try:
        names, result = anyio.run(main)
    finally:
        process.terminate()
        process.wait(timeout=30)
    assert sorted(names) == ["requests_get_request", "requests_get_request_comments",
                             "requests_get_requests", "requests_get_requests_relay"]
    assert not result.is_error and len(api.calls("get_request")) == 1


def test_importing_the_package_never_loads_the_sdk() -> None:
    code = ("import sys, opal_client, opal_client.testing; c = opal_client.Client(token='t');"
            "assert not {'mcp', 'mcp_types', 'opal_client.mcp'} & set(sys.modules), "
            "sorted(m for m in sys.modules if 'mcp' in m)")
    done = subprocess.run([sys.executable, "-c", code], env=environment("http://x.test"),
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr


def test_without_the_extra_one_line_names_the_install_and_exits_2() -> None:
    """`mcp` made unimportable (as when the extra is not installed)."""
    code = ("import sys, runpy; sys.modules['mcp'] = None;"
            "runpy.run_module('opal_client.mcp', run_name='__main__', alter_sys=True)")
    done = subprocess.run([sys.executable, "-c", code], env=environment("http://x.test"),
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    assert done.stderr == 'opal_client.mcp needs the MCP SDK: pip install "opal_client[mcp]"\n'
    assert done.stdout == ""


def test_help_lists_the_flags() -> None:
    done = subprocess.run([sys.executable, "-m", "opal_client.mcp", "--help"],
                          env=environment("http://x.test"), capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    for flag in ("--transport", "--port", "--host", "--allow-writes", "--include", "--exclude",
                 "--tools"):
        assert flag in done.stdout
