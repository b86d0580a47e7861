"""generator.read.refs: local pointers and same-folder files resolve; anything else is a clear
error."""

from __future__ import annotations

import builtins
import os
import socket
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from generator.diagnostics import Sink, SpecError
from generator.generate import generate
from generator.model import ir
from generator.model.resolve import load_api
from generator.names.assign import Names
from generator.pointer import pointer
from generator.read.loader import read_document
from generator.read.refs import Located, Resolver, unescape

from ..conftest import REPO

SCHEMA_AT = "#/paths/~1things/get/responses/200/content/application~1json/schema"


def spec_with_ref(ref: str, *, components: str = "") -> str:
    """A valid 3.0 spec whose one operation returns the schema at `ref` (dedented: ready for
    `write` or for Path.write_text)."""
    return textwrap.dedent(f"""
        openapi: 3.0.3
        info: {{title: Refs, version: "1"}}
        paths:
          /things:
            get:
              operationId: getThings
              responses:
                "200":
                  description: ok
                  content:
                    application/json:
                      schema: {{$ref: "{ref}"}}
        components:
          schemas:
            Known:
              type: object
              properties:
                id: {{type: string}}
{components}""")


def _resolver(path: Path) -> Resolver:
    sink = Sink()
    return Resolver(read_document(path, sink), sink)


def _fail(path: Path) -> list:
    sink = Sink()
    with pytest.raises(SpecError) as info:
        load_api(path, sink)
    assert info.value.diagnostics == sink.errors
    return info.value.diagnostics


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """Any attempt to open a socket during these tests fails loudly and is recorded."""
    attempts: list[object] = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise AssertionError(f"network access attempted: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    yield attempts
    assert attempts == []


@pytest.mark.parametrize(("raw", "expected"), [
    ("plain", "plain"),
    ("a~1b", "a/b"),
    ("a~0b", "a~b"),
    ("~01", "~1"),
    ("~10", "/0"),
    ("~0~1", "~/"),
    ("application~1json", "application/json"),
    ("%7Bid%7D", "{id}"),
])
def test_unescape_follows_rfc_6901(raw: str, expected: str) -> None:
    assert unescape(raw) == expected


def test_pointer_escapes_tilde_before_slash() -> None:
    assert pointer("paths", "/users/{id}", "get") == "#/paths/~1users~1{id}/get"
    assert pointer("x", "a~/b") == "#/x/a~0~1b"
    assert unescape("a~0~1b") == "a~/b"


def test_local_pointer_with_escapes_resolves(write) -> None:
    path = write("spec.yaml", """
        openapi: 3.0.3
        info: {title: T, version: "1"}
        paths: {}
        x-defs:
          a/b~c:
            type: object
            properties:
              n: {type: integer}
          "~1":
            type: string
    """)
    resolver = _resolver(path)
    here = Located({"$ref": "#/x-defs/a~1b~0c"}, resolver.root, "#/somewhere")
    target = resolver.follow(here)
    assert target.pointer == "#/x-defs/a~1b~0c"
    assert target.node == {"type": "object", "properties": {"n": {"type": "integer"}}}
    assert target.doc is resolver.root
    tilde = resolver.follow(Located({"$ref": "#/x-defs/~01"}, resolver.root, "#/x"))
    assert tilde.node == {"type": "string"}


def test_follow_goes_through_a_chain_of_refs(write) -> None:
    path = write("spec.yaml", """
        openapi: 3.0.3
        x-a: {$ref: "#/x-b"}
        x-b: {$ref: "#/x-c"}
        x-c: {type: string, description: end}
    """)
    resolver = _resolver(path)
    target = resolver.follow(resolver.at_root("#/x-a"))
    assert target.node == {"type": "string", "description": "end"}
    assert target.pointer == "#/x-c"


def test_pointer_into_a_path_and_a_media_type_resolves(write, load) -> None:
    path = write("spec.yaml", """
        openapi: 3.0.3
        info: {title: T, version: "1"}
        paths:
          /things:
            get:
              operationId: getThings
              responses:
                "200":
                  description: ok
                  content:
                    application/json:
                      schema:
                        type: object
                        properties:
                          id: {type: string}
          /copies:
            get:
              operationId: getCopies
              responses:
                "200":
                  description: ok
                  content:
                    application/json:
                      schema:
                        $ref: "#/paths/~1things/get/responses/200/content/application~1json/schema"
    """)
    api, sink = load(path)
    things, copies = api.operations
    assert things.responses[0].type == copies.responses[0].type
    assert isinstance(copies.responses[0].type, ir.Ref)
    assert copies.responses[0].type.key == SCHEMA_AT
    assert sink.errors == []


def test_ref_to_another_file_in_the_same_folder_resolves(write, load) -> None:
    path = write("api/spec.yaml", spec_with_ref("common.yaml#/Thing"))
    write("api/common.yaml", """
        Thing:
          type: object
          required: [name]
          properties:
            name: {type: string}
            inner: {$ref: "#/Inner"}
            known: {$ref: "spec.yaml#/components/schemas/Known"}
        Inner:
          type: object
          properties:
            z: {type: integer}
    """)
    api, sink = load(path)
    [op] = api.operations
    assert op.responses[0].type == ir.Ref("common.yaml#/Thing")
    thing = api.definitions["common.yaml#/Thing"]
    assert isinstance(thing, ir.ObjectDef)
    assert thing.place == ir.Place(None, ("Thing",))
    assert Names(api).model(thing.key) == "Thing"
    props = {p.wire_name: p for p in thing.properties}
    assert props["name"].required is True
    assert props["inner"].type == ir.Ref("common.yaml#/Inner")
    assert props["known"].type == ir.Ref("#/components/schemas/Known")
    assert sink.errors == []


def test_ref_to_a_file_in_a_subfolder_resolves(write, load) -> None:
    path = write("api/spec.yaml", spec_with_ref("schemas/thing.yaml"))
    write("api/schemas/thing.yaml", """
        type: object
        properties:
          up: {$ref: "../spec.yaml#/components/schemas/Known"}
    """)
    api, _ = load(path)
    thing = api.definitions["schemas/thing.yaml#"]
    assert [p.type for p in thing.properties] == [ir.Ref("#/components/schemas/Known")]


def _only_error(path: Path, code: str) -> object:
    errors = _fail(path)
    assert [d.code for d in errors] == [code], errors
    [error] = errors
    assert error.severity == "error"
    assert error.pointer == SCHEMA_AT
    assert error.file.endswith("spec.yaml")
    return error


def test_ref_outside_the_spec_folder_is_refused_and_not_read(write, tmp_path) -> None:
    write("secret.yaml", "Thing: {type: object, properties: {stolen: {type: string}}}\n")
    path = write("api/spec.yaml", spec_with_ref("../secret.yaml#/Thing"))
    error = _only_error(path, "outside-ref")
    assert "leaves the spec's folder" in error.message
    assert "../secret.yaml#/Thing" in error.message


def test_ref_through_a_subfolder_back_out_is_refused(write) -> None:
    write("secret.yaml", "Thing: {type: string}\n")
    path = write("api/spec.yaml", spec_with_ref("sub/../../secret.yaml#/Thing"))
    _only_error(path, "outside-ref")


def test_absolute_path_ref_is_refused(write, tmp_path) -> None:
    target = write("elsewhere/abs.yaml", "Thing: {type: string}\n")
    path = write("api/spec.yaml", spec_with_ref(f"{target}#/Thing"))
    _only_error(path, "outside-ref")


@pytest.mark.parametrize("ref", ["x%00.yaml#/Thing", "sub/%00/../x.yaml"])
def test_a_nul_byte_in_a_ref_path_is_one_error_not_a_traceback(write, ref: str) -> None:
    # main: ValueError "embedded null byte" from Path.resolve(), a traceback and exit 1
    path = write("spec.yaml", spec_with_ref(ref))
    error = _only_error(path, "bad-ref")
    assert "NUL byte" in error.message and ref in error.message


@pytest.mark.parametrize("ref", [
    "http://example.com/schemas.yaml#/Thing",
    "https://127.0.0.1:1/x.yaml",
    "file:///etc/passwd",
    "//example.com/x.yaml#/Thing",
])
def test_ref_to_a_url_is_refused_without_network(write, ref: str) -> None:
    path = write("spec.yaml", spec_with_ref(ref))
    error = _only_error(path, "remote-ref")
    assert "URL" in error.message
    assert ref in error.message


def test_dangling_local_ref_names_target_and_pointer(write) -> None:
    path = write("spec.yaml", spec_with_ref("#/components/schemas/Missing"))
    error = _only_error(path, "dangling-ref")
    assert "#/components/schemas/Missing" in error.message
    assert "does not exist" in error.message
    assert f"spec.yaml{SCHEMA_AT}" in error.render()


def test_dangling_ref_to_a_missing_file(write) -> None:
    path = write("spec.yaml", spec_with_ref("nowhere.yaml#/Thing"))
    error = _only_error(path, "dangling-ref")
    assert "nowhere.yaml" in error.message


def test_every_dangling_ref_is_reported_at_once(write) -> None:
    path = write("spec.yaml", """
        openapi: 3.0.3
        info: {title: T, version: "1"}
        paths:
          /a:
            get:
              responses:
                "200":
                  description: ok
                  content: {application/json: {schema: {$ref: "#/components/schemas/Nope"}}}
                "404":
                  description: gone
                  content: {application/json: {schema: {$ref: "http://example.com/x"}}}
    """)
    errors = _fail(path)
    assert sorted((d.code, d.pointer) for d in errors) == [
        ("dangling-ref", "#/paths/~1a/get/responses/200/content/application~1json/schema"),
        ("remote-ref", "#/paths/~1a/get/responses/404/content/application~1json/schema"),
    ]


def test_a_bad_ref_inside_a_referenced_file_is_reported(write) -> None:
    path = write("spec.yaml", spec_with_ref("common.yaml#/Thing"))
    write("common.yaml", "Thing: {$ref: '#/Missing'}\n")
    errors = _fail(path)
    assert [d.code for d in errors] == ["dangling-ref"]
    assert errors[0].file.endswith("common.yaml")
    assert errors[0].pointer == "#/Thing"


def test_fragment_that_is_not_a_pointer_is_refused(write) -> None:
    path = write("spec.yaml", spec_with_ref("#Known"))
    _only_error(path, "bad-ref")


def test_follow_refuses_a_pure_ref_loop(write) -> None:
    path = write("spec.yaml", """
        openapi: 3.0.3
        components:
          schemas:
            A: {$ref: "#/components/schemas/B"}
            B: {$ref: "#/components/schemas/A"}
    """)
    resolver = _resolver(path)
    with pytest.raises(SpecError) as info:
        resolver.follow(resolver.at_root("#/components/schemas/A"))
    [error] = info.value.diagnostics
    assert error.code == "ref-loop"
    assert error.pointer == "#/components/schemas/A"
    assert "loop" in error.message
    assert "#/components/schemas/A" in error.message and "#/components/schemas/B" in error.message


def test_follow_refuses_a_ref_to_itself(write) -> None:
    path = write("spec.yaml", "openapi: 3.0.3\nx-self: {$ref: '#/x-self'}\n")
    resolver = _resolver(path)
    with pytest.raises(SpecError) as info:
        resolver.follow(resolver.at_root("#/x-self"))
    assert [d.code for d in info.value.diagnostics] == ["ref-loop"]


def test_follow_refuses_a_loop_across_files(write) -> None:
    path = write("spec.yaml", "openapi: 3.0.3\nx-a: {$ref: 'other.yaml#/b'}\n")
    write("other.yaml", "b: {$ref: 'spec.yaml#/x-a'}\n")
    resolver = _resolver(path)
    with pytest.raises(SpecError) as info:
        resolver.follow(resolver.at_root("#/x-a"))
    assert [d.code for d in info.value.diagnostics] == ["ref-loop"]


def test_refs_inside_examples_are_not_followed(write, load) -> None:
    path = write("spec.yaml", """
        openapi: 3.0.3
        info: {title: T, version: "1"}
        paths: {}
        components:
          schemas:
            Doc:
              type: object
              properties:
                schema_text: {type: object}
              example:
                schema_text: {$ref: "http://example.com/not-followed"}
    """)
    api, sink = load(path)
    assert "#/components/schemas/Doc" in api.definitions
    assert sink.errors == []


def test_key_names_other_files_relative_to_the_root_folder(write) -> None:
    path = write("api/spec.yaml", "openapi: 3.0.3\nx-a: {$ref: 'sub/other.yaml#/b'}\n")
    write("api/sub/other.yaml", "b: {type: string}\n")
    resolver = _resolver(path)
    target = resolver.follow(resolver.at_root("#/x-a"))
    assert resolver.key(target) == "sub/other.yaml#/b"
    assert resolver.key(resolver.at_root("#/x-a")) == "#/x-a"


# -- regressions: loops and dangling refs that once escaped as crashes or named no file --------


def _same_file(name: str, path: Path) -> bool:
    """Diagnostics name files relative to the working folder; compare them as files."""
    return Path(os.path.abspath(name)) == path.resolve()


def _spec_error(path: Path) -> list[Any]:
    sink = Sink()
    with pytest.raises(SpecError) as info:
        load_api(path, sink)
    return info.value.diagnostics


S = "#/components/schemas/"


def test_a_pure_ref_loop_is_a_ref_loop_error_not_a_recursion_error(write) -> None:
    path = write("spec.yaml", """
        openapi: 3.0.3
        info: {title: Loop, version: "1"}
        paths:
          /a:
            get:
              responses:
                "200":
                  description: ok
                  content:
                    application/json:
                      schema: {$ref: "#/components/schemas/A"}
        components:
          schemas:
            A: {$ref: "#/components/schemas/B"}
            B: {$ref: "#/components/schemas/A"}
    """)
    errors = _spec_error(path)  # a RecursionError would escape pytest.raises(SpecError)
    assert {d.code for d in errors} == {"ref-loop"}
    assert S + "A" in {d.pointer for d in errors}
    assert all(_same_file(d.file, path) for d in errors)
    assert all(S + "A" in d.message and S + "B" in d.message for d in errors)


@pytest.mark.parametrize("schemas, pointer", [
    # includes itself directly
    ("""
            Self:
              allOf:
                - $ref: "#/components/schemas/Self"
                - {type: object, properties: {a: {type: string}}}
    """, S + "Self"),
    # through another schema
    ("""
            A:
              allOf:
                - $ref: "#/components/schemas/B"
                - {type: object, properties: {a: {type: string}}}
            B:
              allOf:
                - $ref: "#/components/schemas/A"
                - {type: object, properties: {b: {type: string}}}
    """, S + "A"),
])
def test_an_allof_that_includes_itself_is_an_allof_loop_error(write, schemas: str,
                                                              pointer: str) -> None:
    path = write("spec.yaml", """
        openapi: 3.0.3
        info: {title: Loop, version: "1"}
        paths: {}
        components:
          schemas:
    """ + schemas)
    errors = _spec_error(path)
    assert {d.code for d in errors} == {"allof-loop"}
    assert pointer in {d.pointer for d in errors}
    assert all("allOf includes the schema itself" in d.message for d in errors)


def test_a_dangling_ref_into_another_file_names_that_file(write) -> None:
    write("common.yaml", "components:\n  schemas:\n    Known: {type: string}\n")
    path = write("spec.yaml", """
        openapi: 3.0.3
        info: {title: Refs, version: "1"}
        paths:
          /a:
            get:
              responses:
                "200":
                  description: ok
                  content:
                    application/json:
                      schema: {$ref: "common.yaml#/components/schemas/Missing"}
    """)
    [error] = _spec_error(path)
    assert error.code == "dangling-ref"
    assert "common.yaml#/components/schemas/Missing" in error.message
    assert _same_file(error.file, path)
    assert error.pointer == "#/paths/~1a/get/responses/200/content/application~1json/schema"


def test_a_missing_file_is_named_by_its_path_not_only_its_name(write) -> None:
    # prance's issue_78 spec: "does not exist: _schemas.json" although that file was there
    write("sub/_schemas.json", '{"Body": {"type": "object"}}')
    spec = write("spec.yaml", """
        openapi: 3.0.3
        info: {title: T, version: "1"}
        paths: {}
        components:
          schemas:
            Body: {$ref: "nested/sub/_schemas.json#/Body"}
    """)
    with pytest.raises(SpecError) as info:
        generate(spec, "refs")
    [error] = info.value.diagnostics
    assert error.message.endswith("does not exist: nested/sub/_schemas.json")


# -- hostile refs through the whole command line, in a fresh process ---------------------------
# (a crash, a hang or a traceback shows; the tests above cover the rules in process)



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


def test_non_utf8_bytes_in_a_referenced_file_name_that_file(tmp_path: Path) -> None:
    (tmp_path / "spec.yaml").write_text(spec_with_ref("common.yaml#/Thing"), encoding="utf-8")
    (tmp_path / "common.yaml").write_bytes(b"Thing: {type: string, description: \xff\xfe}\n")
    line = one_clean_error(generate_in(tmp_path, "spec.yaml"), tmp_path)
    assert "common.yaml" in line and "not UTF-8" in line


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
