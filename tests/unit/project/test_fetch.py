"""generator.project.fetch: a spec's bytes from a file or an http(s) URL, never more than the
limit, every failure one SpecError naming the source."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.diagnostics import SpecError
from generator.project.fetch import fetch


class _Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 (the standard library's name)
        if self.path == "/spec.yaml":
            body = b"openapi: 3.0.3\n"
            self.send_response(200)
        elif self.path == "/big":
            body = b"x" * 4096
            self.send_response(200)
        else:
            body = b"no"
            self.send_response(404)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def _code(exc: pytest.ExceptionInfo[SpecError]) -> tuple[str, str]:
    [diagnostic] = exc.value.diagnostics
    return diagnostic.code, diagnostic.file


def test_a_file_is_read_whole_within_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "spec.yaml"
    path.write_bytes(b"openapi: 3.0.3\n")
    assert fetch(str(path), 5.0, 100) == b"openapi: 3.0.3\n"
    with pytest.raises(SpecError) as exc:
        fetch(str(path), 5.0, 10)
    assert _code(exc) == ("too-large", str(path))


def test_a_missing_file_or_another_scheme_is_one_error(tmp_path: Path) -> None:
    with pytest.raises(SpecError) as exc:
        fetch(str(tmp_path / "absent.yaml"), 5.0, 100)
    assert _code(exc)[0] == "fetch-failed"
    with pytest.raises(SpecError) as exc:
        fetch("ftp://example.invalid/spec.yaml", 5.0, 100)
    assert _code(exc) == ("fetch-failed", "ftp://example.invalid/spec.yaml")


def test_a_url_is_fetched_and_its_failures_named(server: str) -> None:
    assert fetch(f"{server}/spec.yaml", 5.0, 100) == b"openapi: 3.0.3\n"
    with pytest.raises(SpecError) as exc:
        fetch(f"{server}/missing", 5.0, 100)
    assert _code(exc) == ("fetch-failed", f"{server}/missing")
    with pytest.raises(SpecError) as exc:
        fetch(f"{server}/big", 5.0, 100)  # refused by its announced length
    assert _code(exc) == ("too-large", f"{server}/big")
