"""`clientgen update`: vendor a new spec version all or nothing, and the end-to-end Opal update.

Every test works on a copy of the project (specs/ and generated/) in tmp_path, driven through
the command line's --root; the repository itself is only read. URLs are served by a
standard-library HTTP server on 127.0.0.1 inside the test.
"""

from __future__ import annotations

import dataclasses
import datetime
import hashlib
import json
import re
import shutil
import subprocess
import sys
import textwrap
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.cli import update as update_module
from generator.cli.main import main
from generator.diagnostics import SpecError
from generator.diff.semver import package_version
from generator.emit.origin import for_vendored
from generator.generate import generate
from generator.project.lock import VendoredSpec
from generator.project.write import drift, write_trees

from ..conftest import REPO

OLD_OPAL = REPO / "specs" / "opal" / "history" / "opal-2025-10-27.yaml"
NEW_OPAL = REPO / "specs" / "opal" / "opal-openapi.yaml"
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_SKIP = shutil.ignore_patterns(".mypy_cache", "__pycache__", "*.pyc", "*.egg-info", "build")

PETS_V1 = """\
openapi: 3.0.3
info: {title: Pets, version: "1"}
servers: [{url: "https://pets.example/v1"}]
paths:
  /pets:
    get:
      operationId: listPets
      tags: [pets]
      responses:
        "200":
          description: the pets
          content:
            application/json:
              schema: {type: array, items: {$ref: "#/components/schemas/Pet"}}
components:
  schemas:
    Pet:
      type: object
      required: [id]
      properties:
        id: {type: string}
        tag: {type: string}
"""
PETS_V2 = PETS_V1.replace("""components:""", """  /pets/{pet_id}:
    get:
      operationId: getPet
      tags: [pets]
      parameters:
        - {name: pet_id, in: path, required: true, schema: {type: string}}
      responses:
        "200":
          description: the pet
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Pet"}
components:""")
PETS_V3 = PETS_V2.replace("        tag: {type: string}\n", "")
INVALID = "openapi: 3.0.3\ninfo: {title: Broken}\npaths: []\n"  # paths is no map


# -- the temporary project ------------------------------------------------------------------------


@pytest.fixture(autouse=True)
def no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    """Loopback requests go straight to the test server, whatever the environment says."""
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy",
                 "all_proxy"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of the repository's specs/ and generated/, plus a small `pets` spec."""
    root = tmp_path / "project"
    shutil.copytree(REPO / "specs", root / "specs", ignore=_SKIP)
    shutil.copytree(REPO / "generated", root / "generated", ignore=_SKIP)
    spec = root / "specs" / "pets" / "pets.yaml"
    spec.parent.mkdir()
    spec.write_text(PETS_V1, encoding="utf-8")
    spec.chmod(0o444)
    lock = json.loads((root / "specs" / "lock.json").read_text(encoding="utf-8"))
    lock["specs"].append({"name": "pets", "file": "pets/pets.yaml", "package": "pets_client",
                          "source": "hand-written", "sha256": _sha(spec.read_bytes())})
    (root / "specs" / "lock.json").write_text(json.dumps(lock, indent=2) + "\n",
                                              encoding="utf-8")
    write_trees({root / "generated" / "pets_client": generate(
        spec, "pets_client", origin=for_vendored("pets", "pets_client", None)).files})
    return root


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def fingerprint(root: Path) -> dict[str, str]:
    """sha256 of every file under specs/ and generated/ (the lock included)."""
    return {p.relative_to(root).as_posix(): _sha(p.read_bytes())
            for folder in ("specs", "generated") for p in sorted((root / folder).rglob("*"))
            if p.is_file()}


def lock_entry(root: Path, name: str) -> dict[str, Any]:
    lock = json.loads((root / "specs" / "lock.json").read_text(encoding="utf-8"))
    return next(e for e in lock["specs"] if e["name"] == name)  # type: ignore[no-any-return]


# -- the test server ------------------------------------------------------------------------------


@dataclasses.dataclass
class Server:
    url: str
    routes: dict[str, tuple[str, Any]]


@pytest.fixture
def server() -> Iterator[Server]:
    """Routes: ("body", bytes) sends them with a length; ("chunked", bytes) without one;
    ("status", code) an error; ("hang", None) never answers until the test ends."""
    release = threading.Event()
    routes: dict[str, tuple[str, Any]] = {}

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:  # noqa: N802 - the stdlib's name
            try:
                self._reply(*routes.get(self.path, ("status", 404)))
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (oversized body): that is the point

        def _reply(self, kind: str, value: Any) -> None:
            if kind == "hang":
                release.wait(30)
                return
            if kind == "status":
                self.send_response(value)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Type", "application/yaml")
            if kind == "chunked":
                self.send_header("Transfer-Encoding", "chunked")
                self.end_headers()
                for start in range(0, len(value), 1024):
                    piece = value[start:start + 1024]
                    self.wfile.write(b"%x\r\n%s\r\n" % (len(piece), piece))
                self.wfile.write(b"0\r\n\r\n")
            else:
                self.send_header("Content-Length", str(len(value)))
                self.end_headers()
                self.wfile.write(value)

        def log_message(self, *args: Any) -> None:
            pass

    class Quiet(ThreadingHTTPServer):
        def handle_error(self, request: Any, client_address: Any) -> None:
            pass  # a client that hangs up early is expected here, not worth a traceback

    httpd = Quiet(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield Server(f"http://127.0.0.1:{httpd.server_address[1]}", routes)
    finally:
        release.set()
        httpd.shutdown()
        httpd.server_close()
        thread.join(10)


def run(root: Path, *args: str) -> int:
    return main(["--root", str(root), *args])


# -- failures leave everything as it was ----------------------------------------------------------


def _fails(root: Path, capsys: pytest.CaptureFixture[str], *args: str) -> str:
    """Run `update` expecting exit 2 and no change on disk; return the one error line."""
    before = fingerprint(root)
    assert run(root, "update", *args) == 2
    assert fingerprint(root) == before
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1, err
    assert err[0].startswith("error: ")
    return err[0]


def test_garbage_from_a_url(project: Path, server: Server,
                            capsys: pytest.CaptureFixture[str]) -> None:
    server.routes["/garbage"] = ("body", b"\x00\xff\xfe{{{ not a spec ]]]")
    line = _fails(project, capsys, "opal", "--from", server.url + "/garbage")
    assert line.startswith(f"error: {server.url}/garbage#: ")


def test_yaml_that_is_not_an_openapi_document(project: Path, server: Server,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    server.routes["/html"] = ("body", b"<html><body>Sign in</body></html>\n")
    line = _fails(project, capsys, "opal", "--from", server.url + "/html")
    assert f"{server.url}/html" in line


def test_url_that_never_answers(project: Path, server: Server,
                                capsys: pytest.CaptureFixture[str]) -> None:
    server.routes["/slow"] = ("hang", None)
    line = _fails(project, capsys, "opal", "--from", server.url + "/slow", "--timeout", "0.5")
    assert "timed out after 0.5 s" in line


@pytest.mark.parametrize("kind", ["body", "chunked"])
def test_oversized_body(kind: str, project: Path, server: Server,
                        capsys: pytest.CaptureFixture[str]) -> None:
    server.routes["/big"] = (kind, PETS_V2.encode() + b"#" * 20_000 + b"\n")
    line = _fails(project, capsys, "pets", "--from", server.url + "/big", "--max-bytes", "4096")
    assert "limit" in line and "4096" in line


def test_http_error(project: Path, server: Server, capsys: pytest.CaptureFixture[str]) -> None:
    line = _fails(project, capsys, "opal", "--from", server.url + "/missing")
    assert "HTTP 404" in line


def test_invalid_spec_from_a_file(project: Path, tmp_path: Path,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "broken.yaml"
    source.write_text(INVALID, encoding="utf-8")
    line = _fails(project, capsys, "pets", "--from", str(source))
    assert line.startswith(f"error: {source}#/")  # named by its source, not the temp copy


def test_missing_file_and_unknown_spec(project: Path, tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    line = _fails(project, capsys, "pets", "--from", str(tmp_path / "nowhere.yaml"))
    assert "cannot read file" in line
    line = _fails(project, capsys, "nope", "--from", str(NEW_OPAL))
    assert "no vendored spec named 'nope'" in line


def test_oversized_file(project: Path, tmp_path: Path,
                        capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "big.yaml"
    source.write_text(PETS_V2 + "#" * 10_000 + "\n", encoding="utf-8")
    line = _fails(project, capsys, "pets", "--from", str(source), "--max-bytes", "1000")
    assert "the limit is 1000" in line


def test_strict_refuses_a_version_with_warnings(project: Path, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "v2.yaml"
    source.write_text(PETS_V2.replace("tag: {type: string}", "tag: {type: string, default: 7}"),
                      encoding="utf-8")
    line = _fails(project, capsys, "pets", "--from", str(source), "--strict")
    assert line == (f"error: {source}#/components/schemas/Pet/properties/tag/default (line 34): "
                    "`default` does not fit its schema: 7 is not of type 'string' (--strict)")


def test_generation_failure(project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                            capsys: pytest.CaptureFixture[str]) -> None:
    def broken(spec: Path, package: str, pagination: Path | None = None,
               origin: object = None, **options: object) -> None:
        raise RuntimeError("template exploded")

    monkeypatch.setattr(update_module, "generate", broken)
    source = tmp_path / "v2.yaml"
    source.write_text(PETS_V2, encoding="utf-8")
    line = _fails(project, capsys, "pets", "--from", str(source))
    assert "generation failed: RuntimeError: template exploded" in line


def test_failure_while_writing_puts_everything_back(project: Path, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    """The spec, lock and changelog are written first; if the package then cannot be
    written, they are restored (and the changelog, new here, is removed)."""
    def full_disk(trees: dict[Path, dict[str, str]], **options: object) -> None:
        assert (project / "specs" / "pets" / "CHANGELOG.md").exists()  # written by now
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(update_module, "write_trees", full_disk)
    source = tmp_path / "v2.yaml"
    source.write_text(PETS_V2, encoding="utf-8")
    line = _fails(project, capsys, "pets", "--from", str(source))
    assert "No space left on device" in line
    assert not (project / "specs" / "pets" / "CHANGELOG.md").exists()


# -- successful updates ---------------------------------------------------------------------------


def test_update_from_a_file(project: Path, tmp_path: Path,
                            capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "pets-v2.yaml"
    source.write_text(PETS_V2, encoding="utf-8")
    before = fingerprint(project)
    others = {n: lock_entry(project, n) for n in ("opal", "oracle")}

    assert run(project, "update", "pets", "--from", str(source)) == 0
    out = capsys.readouterr()
    assert out.out.splitlines() == [
        "safe  #/paths/~1pets~1{pet_id}/get  operation added: `GET /pets/{pet_id}` "
        "(`client.pets.get_pet`)",
    ]
    assert "pets: specs/pets/pets.yaml updated from" in out.err

    spec = project / "specs" / "pets" / "pets.yaml"
    assert spec.read_bytes() == PETS_V2.encode()
    assert spec.stat().st_mode & 0o777 == 0o444  # still read-only, like any vendored spec
    entry = lock_entry(project, "pets")
    assert entry["source"] == "hand-written"  # a local file is not where the spec comes from
    assert entry["sha256"] == _sha(PETS_V2.encode())
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", entry["updated"])
    assert {n: lock_entry(project, n) for n in ("opal", "oracle")} == others
    lock_text = (project / "specs" / "lock.json").read_text(encoding="utf-8")
    assert lock_text == json.dumps(json.loads(lock_text), indent=2) + "\n"

    output = project / "generated" / "pets_client"
    # an operation was added: the package's version 1 becomes 1.1.0, kept in the lock
    assert entry["version"] == "1.1.0" == package_version(output)
    version_module = (output / "pets_client" / "_version.py").read_text(encoding="utf-8")
    assert "__version__ = '1.1.0'" in version_module or '__version__ = "1.1.0"' in version_module
    assert "generated/pets_client regenerated as version 1.1.0 (was 1;" in out.err
    origin = VendoredSpec(**entry).origin()
    assert drift(output, generate(spec, "pets_client", origin=origin).files) == []
    sources = [p.read_text(encoding="utf-8") for p in output.rglob("*.py")]
    assert any("def get_pet(" in text for text in sources)
    after = fingerprint(project)
    untouched = [p for p in before if not p.startswith(("specs/pets/", "specs/lock.json",
                                                        "generated/pets_client/"))]
    assert untouched and all(after[p] == before[p] for p in untouched)
    changelog = (project / "specs" / "pets" / "CHANGELOG.md").read_text(encoding="utf-8")
    assert changelog.startswith("# Changelog: pets (generated/pets_client)\n")
    assert "operation added: `GET /pets/{pet_id}`" in changelog


def test_update_from_a_url_then_another(project: Path, server: Server, tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str],
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    # the test server is on 127.0.0.1, a host of this machine, which is never recorded: the
    # recording of a published URL is tested as if it were one
    monkeypatch.setattr(update_module, "_machine_local", lambda host: False)
    server.routes["/v2.yaml"] = ("body", PETS_V2.encode())
    server.routes["/v3.yaml"] = ("chunked", PETS_V3.encode())
    assert run(project, "update", "pets", "--from", server.url + "/v2.yaml") == 0
    capsys.readouterr()
    assert run(project, "update", "pets", "--from", server.url + "/v3.yaml") == 0
    assert capsys.readouterr().out.splitlines() == [
        "BREAKING  #/components/schemas/Pet/properties/tag  response property `tag` removed",
    ]
    entry = lock_entry(project, "pets")
    assert (entry["source"], entry["sha256"]) == (server.url + "/v3.yaml",
                                                  _sha(PETS_V3.encode()))
    # 1 -> 1.1.0 (an operation added) -> 2.0.0 (a property removed: breaking)
    assert entry["version"] == "2.0.0"
    assert package_version(project / "generated" / "pets_client") == "2.0.0"
    assert (project / "specs" / "pets" / "pets.yaml").read_bytes() == PETS_V3.encode()
    changelog = (project / "specs" / "pets" / "CHANGELOG.md").read_text(encoding="utf-8")
    newest, older = changelog.index("/v3.yaml"), changelog.index("/v2.yaml")
    assert newest < older  # newest entry first
    assert changelog.count("\n## ") == 2


def test_changelog_entry_is_exact(project: Path, tmp_path: Path) -> None:
    source = tmp_path / "v3.yaml"
    source.write_text(PETS_V3, encoding="utf-8")
    result = update_module.update(project, "pets", str(source),
                                  today=datetime.date(2026, 7, 2))
    assert result.spec.updated == "2026-07-02"
    assert lock_entry(project, "pets")["updated"] == "2026-07-02"
    assert result.changelog.read_text(encoding="utf-8") == "\n".join([
        "# Changelog: pets (generated/pets_client)",
        "",
        "Written by `clientgen update`, newest first.",
        "",
        "## 2026-07-02: hand-written",
        "",
        "Package version 2.0.0 (was 1). Read from a local file, v3.yaml. "
        f"sha256 `{_sha(PETS_V3.encode())}` (was `{_sha(PETS_V1.encode())}`).",
        "",
        "1 breaking, 1 other.",
        "",
        "### Breaking changes",
        "",
        "- response property `tag` removed (`#/components/schemas/Pet/properties/tag`)",
        "",
        "### Other changes",
        "",
        "- operation added: `GET /pets/{pet_id}` (`client.pets.get_pet`) "
        "(`#/paths/~1pets~1{pet_id}/get`)",
        "",
    ])


def test_update_from_a_file_leaves_no_path_of_this_machine(project: Path, tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str],
                                                           ) -> None:
    """The lock's source became the file's path, the changelog's heading too, and the
    warnings named the temporary copy (deleted by the time they were read)."""
    source = tmp_path / "downloads" / "pets v2.yaml"
    source.parent.mkdir()
    source.write_text(PETS_V2.replace("tag: {type: string}", "tag: {type: string, default: 7}"),
                      encoding="utf-8")
    assert run(project, "update", "pets", "--from", str(source)) == 0
    err = capsys.readouterr().err
    assert lock_entry(project, "pets")["source"] == "hand-written"
    committed = {path: (project / path).read_text(encoding="utf-8") for path in fingerprint(
        project) if path.startswith(("specs/lock.json", "specs/pets/", "generated/pets_client"))}
    assert [path for path, text in committed.items() if str(tmp_path) in text] == []
    assert "\n## " + datetime.date.today().isoformat() + ": hand-written\n" in \
        committed["specs/pets/CHANGELOG.md"]
    assert "Read from a local file, pets v2.yaml." in committed["specs/pets/CHANGELOG.md"]
    [warning] = [line for line in err.splitlines() if line.startswith("warning: ")]
    assert warning.startswith("warning: specs/pets/pets.yaml#/components/schemas/Pet/"
                              "properties/tag/default (line 34): "), warning
    assert "clientgen-update-" not in err


def test_update_source_names_where_the_spec_is_published(project: Path, tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str],
                                                         ) -> None:
    source = tmp_path / "v2.yaml"
    source.write_text(PETS_V2, encoding="utf-8")
    upstream = "https://pets.example/openapi.yaml (release 2)"
    assert run(project, "update", "pets", "--from", str(source), "--source", upstream) == 0
    assert lock_entry(project, "pets")["source"] == upstream
    changelog = (project / "specs" / "pets" / "CHANGELOG.md").read_text(encoding="utf-8")
    assert f": {upstream}\n" in changelog
    capsys.readouterr()
    for local in (str(tmp_path / "v2.yaml"), "~/v2.yaml", "file:///tmp/v2.yaml", "a\nb", " ",
                  "http://localhost:8000/v2.yaml", "https://127.0.0.1/v2.yaml",
                  "http://10.1.2.3/v2.yaml", "http://[::1]/v2.yaml", "http://build.local/v2"):
        line = _fails(project, capsys, "pets", "--from", str(source), "--source", local)
        assert "--source" in line


def test_source_refuses_a_relative_path_and_names_it_as_given(
        project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A relative path passed as a source and went into the lock; `~nosuchuser/x` ended in a
    RuntimeError traceback; a refused path was shown as `':///...'`."""
    source = tmp_path / "v2.yaml"
    source.write_text(PETS_V2, encoding="utf-8")
    for local in ("../Downloads/v2.yaml", "specs\\v2.yaml", "~nosuchuser/v2.yaml"):
        line = _fails(project, capsys, "pets", "--from", str(source), "--source", local)
        assert f"--source {local!r} is a path" in line, line
    assert lock_entry(project, "pets")["source"] != "../Downloads/v2.yaml"


def _committed(root: Path) -> str:
    """Every file `update` writes for pets, as one text."""
    return "\n".join((root / path).read_text(encoding="utf-8") for path in fingerprint(root)
                     if path.startswith(("specs/lock.json", "specs/pets/",
                                         "generated/pets_client")))


def test_update_from_a_url_of_this_machine_records_neither_it_nor_its_secrets(
        project: Path, server: Server, capsys: pytest.CaptureFixture[str]) -> None:
    """The URL, password and token included, went verbatim into the lock and changelog."""
    server.routes["/newpets.yaml?access_token=tok3n"] = ("body", PETS_V2.encode())
    url = server.url.replace("http://", "http://us3r:s3cret@") + \
        "/newpets.yaml?access_token=tok3n"
    assert run(project, "update", "pets", "--from", url) == 0
    err = capsys.readouterr().err
    assert lock_entry(project, "pets")["source"] == "hand-written"  # kept, as for a file
    committed = _committed(project)
    # the machine's address with its port: every package names 127.0.0.1 (the MCP server's host)
    host = server.url.removeprefix("http://")
    assert [word for word in ("s3cret", "tok3n", "us3r", host, "newpets")
            if word in committed] == []
    assert "Read from a URL of this machine or its network." in committed
    assert "s3cret" not in err and "tok3n" not in err


def test_a_published_url_is_recorded_without_user_password_query_or_fragment(
        project: Path, server: Server, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(update_module, "_machine_local", lambda host: False,  # see above
                        raising=False)
    server.routes["/v2.yaml?access_token=tok3n"] = ("body", PETS_V2.encode())
    url = server.url.replace("http://", "http://us3r:s3cret@") + \
        "/v2.yaml?access_token=tok3n#top"
    assert run(project, "update", "pets", "--from", url) == 0
    assert lock_entry(project, "pets")["source"] == server.url + "/v2.yaml"
    committed = _committed(project)
    assert f"## {datetime.date.today().isoformat()}: {server.url}/v2.yaml\n" in committed
    assert [word for word in ("s3cret", "tok3n", "us3r", "#top")
            if word in committed] == []
    assert "s3cret" not in capsys.readouterr().err


def test_update_from_the_vendored_file_itself_records_a_hand_edit(
        project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """check's fix for a hand-edited spec: the lock kept its upstream source for the edited
    file's sha256, and the changelog said "No API changes." (the file compared to itself)."""
    spec = project / "specs" / "pets" / "pets.yaml"
    spec.chmod(0o644)
    spec.write_text(PETS_V2, encoding="utf-8")
    assert run(project, "update", "pets", "--from", str(spec)) == 0
    entry = lock_entry(project, "pets")
    assert (entry["source"], entry["sha256"]) == ("hand-written (edited by hand)",
                                                  _sha(PETS_V2.encode()))
    changelog = (project / "specs" / "pets" / "CHANGELOG.md").read_text(encoding="utf-8")
    assert f"## {datetime.date.today().isoformat()}: hand-written (edited by hand)\n" in \
        changelog
    assert "Edited by hand in place, from hand-written." in changelog
    assert "The previous version was edited in place, so there is no change report." in \
        changelog
    assert "No API changes" not in changelog
    assert run(project, "update", "pets", "--from", str(spec)) == 0  # again: said once
    assert lock_entry(project, "pets")["source"] == "hand-written (edited by hand)"
    source = tmp_path / "v3.yaml"  # a file of the upstream version: the upstream source
    source.write_text(PETS_V3, encoding="utf-8")
    assert run(project, "update", "pets", "--from", str(source)) == 0
    assert lock_entry(project, "pets")["source"] == "hand-written"


def test_library_errors_are_spec_errors(project: Path) -> None:
    with pytest.raises(SpecError) as info:
        update_module.update(project, "pets", str(NEW_OPAL), timeout=0)
    assert info.value.diagnostics[0].code == "bad-option"


# -- end to end: the real Opal update -------------------------------------------------------------


def _raw(path: Path) -> dict[str, Any]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def _python(code: str, *path: Path) -> subprocess.CompletedProcess[str]:
    prelude = f"import sys; sys.path[:0] = {[str(p) for p in path]!r}\n"
    return subprocess.run([sys.executable, "-c", prelude + textwrap.dedent(code)],
                          capture_output=True, text=True, timeout=120, cwd=path[0])


def test_opal_update_end_to_end(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "project"
    (root / "specs" / "opal").mkdir(parents=True)
    shutil.copyfile(OLD_OPAL, root / "specs" / "opal" / "opal-openapi.yaml")
    lock = {"specs": [{"name": "opal", "file": "opal/opal-openapi.yaml",
                       "package": "opal_client", "source": "specs/opal/history",
                       "sha256": _sha(OLD_OPAL.read_bytes())}]}
    (root / "specs" / "lock.json").write_text(json.dumps(lock, indent=2) + "\n",
                                              encoding="utf-8")
    assert run(root, "--quiet", "regenerate") == 0
    old_client = tmp_path / "old_client"
    shutil.copytree(root / "generated" / "opal_client", old_client)

    assert run(root, "--quiet", "update", "opal", "--from", str(NEW_OPAL)) == 0
    report = capsys.readouterr().out.splitlines()
    assert run(root, "check") == 0
    assert (root / "specs" / "opal" / "opal-openapi.yaml").read_bytes() == NEW_OPAL.read_bytes()
    assert lock_entry(root, "opal")["sha256"] == _sha(NEW_OPAL.read_bytes())

    old, new = _raw(OLD_OPAL), _raw(NEW_OPAL)
    old_ops = {(m, p) for p, item in old["paths"].items() for m in item if m in METHODS}
    new_ops = {(m, p) for p, item in new["paths"].items() for m in item if m in METHODS}
    added = new_ops - old_ops
    assert len(added) == 10
    lines = [line for line in report if "operation added" in line]
    assert {re.search(r"`([A-Z]+) (\S+)`", line).groups() for line in lines} == \
        {(m.upper(), p) for m, p in added}  # type: ignore[union-attr]
    calls = sorted(re.search(r"`client\.(\w+)\.(\w+)`", line).groups()  # type: ignore[union-attr]
                   for line in lines)
    assert len(calls) == 10

    # new query parameters on operations that existed before
    for path, method, name in [("/groups", "get", "tag_ids"), ("/requests", "get", "group_id"),
                               ("/users", "get", "tag_ids")]:
        params = new["paths"][path][method]["parameters"]
        index = next(i for i, p in enumerate(params) if p["name"] == name)
        pointer = f"#/paths/{path.replace('/', '~1')}/{method}/parameters/{index}"
        assert f"safe  {pointer}  optional query parameter `{name}` added" in report
    # new enum values (app types the old client has never seen)
    new_apps = [v for v in new["components"]["schemas"]["AppTypeEnum"]["enum"]
                if v not in old["components"]["schemas"]["AppTypeEnum"]["enum"]]
    assert "ANTHROPIC" in new_apps
    (apps,) = [line for line in report if line.startswith(
        "safe  #/components/schemas/AppTypeEnum/enum  ")]
    assert apps.endswith(", ".join(f"`{v}`" for v in new_apps))

    changelog = (root / "specs" / "opal" / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "### Breaking changes" in changelog and "`GET /tokens`" in changelog

    # the ten new operations are callable in the regenerated package, absent from the old one
    probe = f"""
        import opal_client
        client = opal_client.Client(token="t", base_url="http://127.0.0.1:9")
        missing = [f"{{g}}.{{m}}" for g, m in {calls!r}
                   if not callable(getattr(getattr(client, g, None), m, None))]
        print(len(missing), *missing)
    """
    fresh = _python(probe, root / "generated" / "opal_client")
    assert fresh.returncode == 0, fresh.stderr
    assert fresh.stdout.split() == ["0"]
    stale = _python(probe, old_client)
    assert stale.returncode == 0, stale.stderr
    assert stale.stdout.split()[0] == "10"

    # a client from the older spec decodes responses of the newer API
    decode = """
        from opal_client import models
        app = models.App.from_dict({
            "app_id": "f454d283-ca87-4a8a-bdbb-df212eca5353", "name": "Claude",
            "description": "new app type", "admin_owner_id": "7c86c85d-0651-43e2-a748-d69d658418e8",
            "app_type": "ANTHROPIC", "brand_new_field": {"x": 1},
        })
        assert app.app_type == "ANTHROPIC", app.app_type
        assert not isinstance(app.app_type, models.AppTypeEnum)
        assert app.to_dict()["app_type"] == "ANTHROPIC"
        assert app.to_dict()["brand_new_field"] == {"x": 1}
        known = models.App.from_dict({"app_type": "OKTA_DIRECTORY"})
        assert known.app_type is models.AppTypeEnum.OKTA_DIRECTORY
        print("decoded", app.app_type)
    """
    result = _python(decode, old_client)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "decoded ANTHROPIC"


def test_update_keeps_an_edited_file_the_new_version_no_longer_generates(
        project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """pets_client/models/pet.py, edited by hand, was removed when Pet left the spec."""
    assert run(project, "-q", "regenerate", "pets") == 0  # with its record, as committed
    pet = project / "generated" / "pets_client" / "pets_client" / "models" / "pet.py"
    pet.write_text(pet.read_text(encoding="utf-8") + "# mine\n", encoding="utf-8")
    source = tmp_path / "no-pet.yaml"
    source.write_text(PETS_V1.split("components:")[0].replace(
        '{$ref: "#/components/schemas/Pet"}', "{type: object}"), encoding="utf-8")
    assert run(project, "update", "pets", "--from", str(source)) == 0
    assert pet.read_text(encoding="utf-8").endswith("# mine\n")
    assert f"kept {pet.as_posix()}: no longer generated, but edited since clientgen wrote " \
        f"it, so it was not removed; if not needed: rm -- {pet.as_posix()}" in \
        capsys.readouterr().err.splitlines()


# -- names the generator now spells otherwise ---------------------------------------------------

OLD_WORD = r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+[0-9]*|[A-Z]+[0-9]*|[0-9]+[a-z]*"
PETS_IDS = PETS_V1.replace("      tags: [pets]\n", "      tags: [pets]\n      parameters:\n"
                           "        - {name: petIDs, in: query, schema: {type: string}}\n", 1)


def test_update_reports_names_the_generator_renamed_as_breaking_and_bumps_the_major(
        project: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """The package was generated when `petIDs` became `pet_i_ds`; updating to the very same
    spec finds that today's generator says `pet_ids`: breaking, so 1 becomes 2.0.0."""
    import re as regex

    from generator.names import identifiers

    spec = project / "specs" / "pets" / "pets.yaml"
    spec.chmod(0o644)
    spec.write_text(PETS_IDS, encoding="utf-8")
    lock = json.loads((project / "specs" / "lock.json").read_text(encoding="utf-8"))
    lock["specs"][-1]["sha256"] = _sha(PETS_IDS.encode())
    (project / "specs" / "lock.json").write_text(json.dumps(lock, indent=2) + "\n",
                                                 encoding="utf-8")
    output = project / "generated" / "pets_client"
    shutil.rmtree(output)
    with monkeypatch.context() as patch:  # the generator as it was
        patch.setattr(identifiers, "_WORD", regex.compile(OLD_WORD))
        write_trees({output: generate(spec, "pets_client", origin=for_vendored(
            "pets", "pets_client", None)).files})
    assert "pet_i_ds" in (output / "pets_client" / "resources" / "pets.py").read_text()

    assert run(project, "update", "pets", "--from", str(spec)) == 0
    out = capsys.readouterr()
    assert out.out.splitlines() == [
        "BREAKING  pets_client/resources/pets.py  `pets_client.resources.pets.Pets.list_pets"
        "(pet_i_ds)` is now `pets_client.resources.pets.Pets.list_pets(pet_ids)` (the "
        "generator's naming rules changed)",
    ]  # the async and raw-response forms are made from it: their arguments go with it
    entry = lock_entry(project, "pets")
    # the spec is the one the lock vouched for: no hand-edit, its source kept
    assert (entry["source"], entry["version"]) == ("hand-written", "2.0.0")
    assert package_version(output) == "2.0.0"
    assert "pet_ids: str" in (output / "pets_client" / "resources" / "pets.py").read_text()
    changelog = (project / "specs" / "pets" / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "Edited by hand" not in changelog and "1 breaking, 0 other." in changelog
    assert "`pets_client.resources.pets.Pets.list_pets(pet_i_ds)` is now" in changelog

    assert run(project, "update", "pets", "--from", str(spec)) == 0  # nothing renamed now
    assert capsys.readouterr().out == "no API changes\n"
    assert lock_entry(project, "pets")["version"] == "2.0.1"


def test_a_file_the_update_creates_has_the_mode_the_umask_gives(project: Path,
                                                                 tmp_path: Path) -> None:
    """The changelog is new: written through a private temporary file (mode 600), it is
    then given what the umask allows, as any file the user creates."""
    import os

    source = tmp_path / "pets-v2.yaml"
    source.write_text(PETS_V2, encoding="utf-8")
    was = os.umask(0o027)
    try:
        assert run(project, "update", "pets", "--from", str(source)) == 0
    finally:
        os.umask(was)
    changelog = project / "specs" / "pets" / "CHANGELOG.md"
    assert changelog.stat().st_mode & 0o777 == 0o640


def test_the_update_diff_reads_the_specs_pagination_config(project: Path, tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]
                                                           ) -> None:
    """A spec that pages by its config loses the `_iter` method when its cursor goes: the
    change report says so, since the diff reads the config the lock names."""
    paged = PETS_V1.replace("      tags: [pets]\n", "      tags: [pets]\n      parameters:\n"
                            "        - {name: after, in: query, schema: {type: string}}\n")
    paged = paged.replace("schema: {type: array, items: {$ref: \"#/components/schemas/Pet\"}}",
                          "schema: {type: object, properties: {next: {type: string}, "
                          "pets: {type: array, items: {$ref: \"#/components/schemas/Pet\"}}}}")
    spec = project / "specs" / "paged" / "paged.yaml"
    spec.parent.mkdir()
    spec.write_text(paged, encoding="utf-8")
    config = spec.parent / "pagination.json"
    config.write_text(json.dumps({"detect": [
        {"scheme": "cursor", "param": "after", "token": "next"}]}), encoding="utf-8")
    lock = json.loads((project / "specs" / "lock.json").read_text(encoding="utf-8"))
    lock["specs"].append({"name": "paged", "file": "paged/paged.yaml", "package": "paged_client",
                          "source": "hand-written", "sha256": _sha(spec.read_bytes()),
                          "pagination": "paged/pagination.json"})
    (project / "specs" / "lock.json").write_text(json.dumps(lock, indent=2) + "\n",
                                                 encoding="utf-8")
    write_trees({project / "generated" / "paged_client": generate(
        spec, "paged_client", config,
        origin=for_vendored("paged", "paged_client", None)).files})
    new = tmp_path / "paged-v2.yaml"
    new.write_text(PETS_V1, encoding="utf-8")  # no cursor, and the list is the body
    assert run(project, "update", "paged", "--from", str(new)) == 0
    assert "`client.pets.list_pets_iter` goes away" in capsys.readouterr().out
