"""Hostile input through the whole command line (`python -m generator generate`): each run
ends within its timeout with exit 0 or with exit 2 and one clear line per problem, and a
$ref never makes clientgen read outside the spec's folder or open a connection.

test_loader.py and test_refs.py cover the same rules one stage at a time, in process; these
tests run the real command in a fresh process, so a crash, a hang or a traceback shows.
"""

from __future__ import annotations

import builtins
import os
import re
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from generator.diagnostics import Sink, SpecError
from generator.model.resolve import load_api

REPO = Path(__file__).resolve().parents[2]
MB = 1024 * 1024

OPERATION = """\
servers: [{url: "http://localhost"}]
paths:
  /things:
    get:
      operationId: getThings
      tags: [things]
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Thing"}
components:
  schemas:
    Thing:
      type: object
      properties:
        id: {type: string}
"""


def spec_with_ref(ref: str) -> str:
    return ('openapi: 3.0.3\ninfo: {title: Refs, version: "1"}\n'
            + OPERATION.replace("#/components/schemas/Thing", ref))


def clientgen(*args: str | Path, cwd: Path, timeout: float = 60) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1",
           "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")])}
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy",
                 "all_proxy"):
        env.pop(name, None)
    return subprocess.run([sys.executable, "-m", "generator", *map(str, args)], cwd=cwd,
                          capture_output=True, timeout=timeout, env=env)


def generate_in(folder: Path, spec: str, timeout: float = 60) -> subprocess.CompletedProcess:
    return clientgen("generate", spec, "--out", "out", "--package", "hostile_client",
                     cwd=folder, timeout=timeout)


def one_clean_error(done: subprocess.CompletedProcess, folder: Path) -> str:
    """The single `error: ...` line of a run that refused its input and wrote nothing."""
    stderr = done.stderr.decode("utf-8")
    assert done.returncode == 2, (done.returncode, stderr[-2000:])
    assert "Traceback" not in stderr and not done.stdout
    lines = stderr.splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith("error: ")
    assert len(lines[0]) < 500
    assert not (folder / "out").exists()
    return lines[0]


# -- size ------------------------------------------------------------------------------------


def test_a_50_mb_spec_is_generated_within_the_timeout(tmp_path: Path) -> None:
    line = "  " * 2 + "Lorem ipsum dolor sit amet, consectetur adipiscing elit. " * 2 + "\n"
    with (tmp_path / "big.yaml").open("w", encoding="utf-8") as handle:
        handle.write('openapi: 3.0.3\ninfo:\n  title: Big\n  version: "1"\n  description: |\n')
        handle.write(line * (50 * MB // len(line) + 1))
        handle.write(OPERATION)
    assert (tmp_path / "big.yaml").stat().st_size > 50 * MB
    done = generate_in(tmp_path, "big.yaml", timeout=180)
    stderr = done.stderr.decode("utf-8")
    assert done.returncode == 0, stderr[-2000:]
    assert re.fullmatch(r"big\.yaml: wrote out \((\d+) files: \1 new\); 1 operation, 1 model",
                        stderr.splitlines()[-1])
    assert (tmp_path / "out" / "hostile_client" / "models" / "__init__.py").is_file()


def test_a_spec_over_the_size_limit_is_refused_before_it_is_read(tmp_path: Path) -> None:
    with (tmp_path / "huge.yaml").open("w", encoding="utf-8") as handle:
        handle.write('openapi: 3.0.3\ninfo: {title: Huge, version: "1"}\npaths: {}\nx-pad: ')
        for _ in range(65):
            handle.write("x" * MB)
    line = one_clean_error(generate_in(tmp_path, "huge.yaml", timeout=30), tmp_path)
    assert line.startswith("error: huge.yaml#: ")
    assert "the limit is" in line


# -- encoding --------------------------------------------------------------------------------


def test_non_utf8_bytes_give_one_clear_line(tmp_path: Path) -> None:
    before = b'openapi: 3.0.3\ninfo: {title: "Caf'
    (tmp_path / "latin1.yaml").write_bytes(before + b'\xe9", version: "1"}\npaths: {}\n')
    line = one_clean_error(generate_in(tmp_path, "latin1.yaml"), tmp_path)
    assert line.startswith("error: latin1.yaml#: ")
    assert "not UTF-8" in line and f"offset {len(before)}" in line


def test_non_utf8_bytes_in_a_referenced_file_name_that_file(tmp_path: Path) -> None:
    (tmp_path / "spec.yaml").write_text(spec_with_ref("common.yaml#/Thing"), encoding="utf-8")
    (tmp_path / "common.yaml").write_bytes(b"Thing: {type: string, description: \xff\xfe}\n")
    line = one_clean_error(generate_in(tmp_path, "spec.yaml"), tmp_path)
    assert "common.yaml" in line and "not UTF-8" in line


# -- refs that would leave the spec's folder -------------------------------------------------

PASSWD_REFS = ["/etc/passwd", "/etc/passwd#/root", "../../../../../../../../etc/passwd#/x"]


@pytest.mark.parametrize("ref", PASSWD_REFS)
def test_a_ref_to_etc_passwd_is_refused(tmp_path: Path, ref: str) -> None:
    (tmp_path / "spec.yaml").write_text(spec_with_ref(ref), encoding="utf-8")
    line = one_clean_error(generate_in(tmp_path, "spec.yaml"), tmp_path)
    assert line.startswith("error: spec.yaml#/paths/~1things/get/responses/200/content/")
    assert "leaves the spec's folder" in line
    assert "root:" not in line


@pytest.mark.parametrize("ref", PASSWD_REFS)
def test_a_ref_to_etc_passwd_is_never_opened(tmp_path: Path, ref: str,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    touched: list[str] = []
    passwd = os.path.realpath("/etc/passwd")

    def is_passwd(file: object) -> bool:
        return isinstance(file, (str, Path)) and os.path.realpath(file) == passwd

    def spy(original):
        def wrapper(self, *args, **kwargs):
            if is_passwd(self):
                touched.append(f"{original.__name__} {self}")
            return original(self, *args, **kwargs)
        return wrapper

    # not `stat`: Path.resolve() stats the path it resolves (metadata, never the contents)
    for method in ("read_bytes", "read_text", "open", "is_file", "exists"):
        monkeypatch.setattr(Path, method, spy(getattr(Path, method)))
    real_open = builtins.open

    def spy_open(file, *args, **kwargs):
        if is_passwd(file):
            touched.append(f"open {file}")
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", spy_open)
    (tmp_path / "spec.yaml").write_text(spec_with_ref(ref), encoding="utf-8")
    with pytest.raises(SpecError) as info:
        load_api(tmp_path / "spec.yaml", Sink())
    assert [d.code for d in info.value.diagnostics] == ["outside-ref"]
    assert touched == []


# -- refs to URLs ----------------------------------------------------------------------------


def test_a_ref_to_a_closed_loopback_port_is_refused_without_connecting(tmp_path: Path) -> None:
    (tmp_path / "spec.yaml").write_text(spec_with_ref("http://127.0.0.1:1/x"), encoding="utf-8")
    line = one_clean_error(generate_in(tmp_path, "spec.yaml", timeout=30), tmp_path)
    assert "$ref to a URL is not followed" in line
    assert "http://127.0.0.1:1/x" in line


@pytest.mark.parametrize("scheme", ["http", "https"])
def test_a_ref_to_a_listening_loopback_server_is_never_fetched(tmp_path: Path,
                                                               scheme: str) -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(8)
        port = listener.getsockname()[1]
        ref = f"{scheme}://127.0.0.1:{port}/common.yaml#/Thing"
        (tmp_path / "spec.yaml").write_text(spec_with_ref(ref), encoding="utf-8")
        line = one_clean_error(generate_in(tmp_path, "spec.yaml", timeout=30), tmp_path)
        listener.setblocking(False)
        with pytest.raises(BlockingIOError):
            listener.accept()  # nobody knocked
    assert "$ref to a URL is not followed" in line and ref in line
