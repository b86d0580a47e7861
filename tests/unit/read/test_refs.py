"""generator.read.refs: local pointers and same-folder files resolve; anything else is a clear
error."""

from __future__ import annotations

import builtins
import os
import pickle
import socket
import textwrap
from pathlib import Path
from typing import Any

import pytest

from generator.cli.main import main
from generator.diagnostics import Sink, SpecError
from generator.diff import compare as diff
from generator.generate import generate
from generator.model import ir
from generator.model.resolve import load_api
from generator.names.assign import Names
from generator.pointer import pointer
from generator.read.loader import read_document
from generator.read.refs import Located, Resolver, unescape

from ..conftest import generate_in, one_clean_error, yaml_text

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
    """Unless a schema declares it as an anchor (issue 23: see the plain-name tests below)."""
    path = write("spec.yaml", spec_with_ref("#Known"))
    assert "its fragment is no JSON pointer" in _only_error(path, "dangling-ref").message


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


ALLOF_LOOP = """
    openapi: 3.0.3
    info: {title: Loop, version: "1"}
    paths: {}
    components:
      schemas:
"""


@pytest.mark.parametrize("schemas, back_edge, line, merged", [
    # includes itself directly, beside a schema of its own
    ("""
        Self:
          allOf:
            - $ref: "#/components/schemas/Self"
            - {type: object, properties: {a: {type: string}}}
    """, S + "Self/allOf/0", 9, {"Self": ["a"]}),
    # through another schema, each with properties and `required` of its own (as
    # datamodel-code-generator's allof_required_inherited_rw_cycle.yaml)
    ("""
        A:
          required: [a, b]
          allOf: [{$ref: "#/components/schemas/B"}]
          properties:
            a: {type: string}
            seen: {type: string, readOnly: true}
        B:
          allOf: [{$ref: "#/components/schemas/A"}]
          properties:
            b: {type: integer}
    """, S + "B/allOf/0", 14, {"A": ["b", "a", "seen"], "B": ["a", "seen", "b"]}),
    # through an alias: the loop is found where the allOf meets the schema again
    ("""
        A:
          allOf: [{$ref: "#/components/schemas/ToB"}]
          properties: {a: {type: string}}
        ToB: {$ref: "#/components/schemas/B"}
        B:
          allOf: [{$ref: "#/components/schemas/A"}, {properties: {b: {type: string}}}]
    """, S + "B/allOf/0", 12, {"A": ["b", "a"], "B": ["a", "b"]}),
])
def test_an_allof_that_leads_back_to_itself_is_read_with_one_warning_at_the_back_edge(
        write, load, schemas: str, back_edge: str, line: int,
        merged: dict[str, list[str]]) -> None:
    """A member that leads back to a schema being merged adds nothing (A and A is A): each
    schema of the loop has the properties of them all (issue 23: it was refused)."""
    path = write("spec.yaml", textwrap.dedent(ALLOF_LOOP) + textwrap.indent(
        textwrap.dedent(schemas), "    "))
    api, sink = load(path)
    [warning] = sink.warnings
    assert (warning.code, warning.pointer, warning.line) == ("allof-loop", back_edge, line)
    assert "adds nothing" in warning.message
    for name, wires in merged.items():
        definition = api.definitions[S + name]
        assert isinstance(definition, ir.ObjectDef)
        assert [p.wire_name for p in definition.properties] == wires
    if "required: [a, b]" in schemas:  # the union of `required` too
        assert {p.wire_name for p in api.definitions[S + "B"].properties if p.required} \
            == {"a", "b"}


@pytest.mark.parametrize("schemas, pointer", [
    ("""
        Self:
          allOf: [{$ref: "#/components/schemas/Self"}]
    """, S + "Self"),
    ("""
        A:
          description: nothing but allOf and words
          allOf: [{$ref: "#/components/schemas/B"}]
        B:
          allOf: [{$ref: "#/components/schemas/A"}, {$ref: "#/components/schemas/A"}]
    """, S + "A"),
])
def test_an_allof_loop_with_nothing_to_read_is_still_an_allof_loop_error(
        write, schemas: str, pointer: str) -> None:
    path = write("spec.yaml", textwrap.dedent(ALLOF_LOOP) + textwrap.indent(
        textwrap.dedent(schemas), "    "))
    errors = _spec_error(path)
    assert {d.code for d in errors} == {"allof-loop"}
    assert pointer in {d.pointer for d in errors}
    assert all("allOf includes the schema itself" in d.message for d in errors)


def test_the_validator_sees_an_empty_schema_for_the_member_an_allof_loop_drops(write) -> None:
    """openapi-spec-validator recurses forever on the loop (it said `validation could not
    finish`, hiding every other finding); shown `{}` there, it checks the rest."""
    path = write("spec.yaml", textwrap.dedent(ALLOF_LOOP) + textwrap.indent(textwrap.dedent("""
        A:
          allOf: [{$ref: "#/components/schemas/B"}, {properties: {a: {type: strin}}}]
        B:
          allOf: [{$ref: "#/components/schemas/A"}]
          properties: {b: {type: string}}
    """), "    "))
    resolver = _resolver(path)
    resolver.check_all()
    [view] = resolver.pointer_views().values()
    assert view["components"]["schemas"]["B"]["allOf"] == [{}]
    assert view["components"]["schemas"]["A"] == resolver.root.data["components"]["schemas"]["A"]
    errors = _spec_error(path)
    assert [(d.code, d.pointer) for d in errors] == [
        ("invalid-spec", S + "A/allOf/1/properties/a/type")]


def test_a_knotted_allof_loop_is_one_warning_and_the_validator_sees_no_loop_in_it(
        write, load) -> None:
    """Every schema of a chain of 40 merges the next and the first: 41 members lead back, one
    loop; each is `{}` to the validator, which finishes (no `validation-unfinished`)."""
    ref = "#/components/schemas/A{}"
    schemas = {f"A{i}": {"allOf": [{"$ref": ref.format(i + 1)}, {"$ref": ref.format(0)}],
                         "properties": {f"p{i}": {"type": "string"}}} for i in range(40)}
    schemas["A40"] = {"allOf": [{"$ref": ref.format(0)}], "properties": {"end": {}}}
    path = write("spec.yaml", yaml_text({"openapi": "3.0.3", "info": {"title": "K",
                                         "version": "1"}, "paths": {},
                                         "components": {"schemas": schemas}}))
    api, sink = load(path)
    [warning] = sink.warnings
    assert warning.pointer == S + "A40/allOf/0"
    assert "(as are 40 other members of the loop that lead back)" in warning.message
    assert "A5 and 35 more)" in warning.message
    assert len(api.definitions[S + "A7"].properties) == 41  # type: ignore[union-attr]
    resolver = _resolver(path)
    resolver.check_all()
    [view] = resolver.pointer_views().values()
    seen = view["components"]["schemas"]
    assert [seen[f"A{i}"]["allOf"][1] for i in range(40)] == [{}] * 40
    assert seen["A40"]["allOf"] == [{}]
    assert seen["A3"]["allOf"][0] == {"$ref": ref.format(4)}


UNUSED_LOOP = """
    openapi: 3.1.0
    info: {title: Loop, version: "1"}
    paths:
      /a:
        get:
          responses:
            "200":
              description: ok
              content:
                application/json:
                  schema: {$ref: "#/components/schemas/Holder"}
    components:
      schemas:
        A: {$ref: "#/components/schemas/B"}
        B: {$ref: "#/components/schemas/A"}
        Into: {$ref: "#/components/schemas/A"}
        Self: {$ref: "#/components/schemas/Self"}
        Name: {type: string}
        Holder:
          type: object
          properties:
            name: {$ref: "#/components/schemas/Name"}
"""


def test_components_that_are_only_an_unused_ref_loop_are_left_out_with_a_warning_each(
        write, load) -> None:
    """As datamodel-code-generator's ref_alias_cycle_unused.yaml: nothing reads them, so
    nothing is lost (issue 23: the spec was refused)."""
    path = write("spec.yaml", UNUSED_LOOP)
    api, sink = load(path)
    assert [s.name for s in api.schemas] == ["Name", "Holder"]
    assert [(d.code, d.pointer, d.line) for d in sink.warnings] == [
        ("unused-ref-loop", S + "A", 14), ("unused-ref-loop", S + "B", 15),
        ("unused-ref-loop", S + "Into", 16), ("unused-ref-loop", S + "Self", 17)]
    assert sink.warnings[2].message == (
        "left out of the package: $ref loop with no schema in between: #/components/schemas/"
        "Into -> #/components/schemas/A -> #/components/schemas/B -> #/components/schemas/A, "
        "which nothing else refers to")
    assert not any(key.startswith(tuple(S + n for n in ("A", "B", "Into", "Self")))
                   for key in api.definitions)


def test_the_validator_is_not_shown_the_components_left_out(write) -> None:
    """openapi-spec-validator recursed on them (`validation could not finish`, every other
    finding hidden); without them it checks the rest, each place where it is written."""
    path = write("spec.yaml", UNUSED_LOOP.replace("Name: {type: string}",
                                                  "Name: {type: strin}"))
    resolver = _resolver(path)
    resolver.check_all()
    [view] = resolver.pointer_views().values()
    assert list(view["components"]["schemas"]) == ["Name", "Holder"]
    assert list(resolver.root.data["components"]["schemas"]) == [
        "A", "B", "Into", "Self", "Name", "Holder"]
    errors = _spec_error(path)
    assert [(d.code, d.pointer) for d in errors] == [("invalid-spec", S + "Name/type")]


def test_a_copy_of_the_resolver_shows_the_validator_the_same_views(write) -> None:
    """A large spec is validated in a child process, which may get a pickled copy (spawn):
    what it leaves out must be found in the copy's own nodes."""
    path = write("spec.yaml", UNUSED_LOOP.replace("Name: {type: string}", """Name:
          allOf: [{$ref: "#/components/schemas/Name"}, {type: string}]"""))
    resolver = _resolver(path)
    resolver.check_all()
    [view] = resolver.pointer_views().values()
    assert list(view["components"]["schemas"]) == ["Name", "Holder"]
    assert view["components"]["schemas"]["Name"]["allOf"] == [{}, {"type": "string"}]
    assert pickle.loads(pickle.dumps(resolver)).pointer_views() == {path.resolve(): view}


@pytest.mark.parametrize("reached_by", [
    # a property (datamodel-code-generator's ref_sibling_cycle_description.yaml)
    "Holder:\n  properties:\n    a: {$ref: '#/components/schemas/Into'}",
    # an allOf member (allof_self_reference_base.yaml)
    "Holder:\n  allOf: [{$ref: '#/components/schemas/Self'}, {properties: {x: {}}}]",
    # the items of an array
    "Holder: {type: array, items: {$ref: '#/components/schemas/B'}}",
    # a discriminator's mapping, which the model follows
    "Holder:\n  oneOf: [{$ref: '#/components/schemas/Name'}, {type: integer}]\n"
    "  discriminator:\n    propertyName: kind\n    mapping: {a: A}",
])
def test_a_ref_loop_anything_else_reaches_is_refused_as_before(write, reached_by: str) -> None:
    text = textwrap.dedent(UNUSED_LOOP)
    holder = text.index("    Holder:")
    path = write("spec.yaml", text[:holder] + textwrap.indent(reached_by, "    ") + "\n")
    errors = _spec_error(path)
    assert {d.code for d in errors} == {"ref-loop"}


def test_a_refused_ref_loop_names_every_ref_that_meets_it_as_before(write) -> None:
    """collapse_root_models_ref_cycle_alias.yaml: the loop, the alias and the user."""
    text = textwrap.dedent(UNUSED_LOOP)
    path = write("spec.yaml", text.replace("name: {$ref: \"#/components/schemas/Name\"}",
                                           "name: {$ref: \"#/components/schemas/A\"}"))
    errors = _spec_error(path)
    assert sorted((d.code, d.pointer) for d in errors) == [
        ("ref-loop", S + "A"), ("ref-loop", S + "B"),
        ("ref-loop", S + "Holder/properties/name"), ("ref-loop", S + "Into")]


def test_a_ref_loop_left_out_generates_a_package_that_names_none_of_it(write, tmp_path) -> None:
    path = write("spec.yaml", UNUSED_LOOP)
    assert main(["generate", str(path), "--out", str(tmp_path / "out"), "--package",
                 "loop_client"]) == 0
    models = tmp_path / "out" / "loop_client" / "models"
    assert sorted(p.name for p in models.iterdir()) == ["__init__.py", "holder.py"]
    assert "Holder" in (models / "__init__.py").read_text()
    assert not any(f"'{name}'" in (models / "__init__.py").read_text()
                   for name in ("A", "B", "Into", "Self"))


CONTENT_TYPE = """
    openapi: 3.1.0
    info: {title: Ignored, version: "1"}
    paths:
      /upload:
        post:
          requestBody:
            content:
              multipart/form-data:
                schema: {type: object, properties: {file: {type: string}}}
                encoding:
                  file:
                    headers:
                      Content-Type: {$ref: "#/paths/~1upload/post/requestBody/content/SELF"}
                      X-Part: {schema: {type: integer}}
          responses:
            "200":
              description: ok
              headers:
                CONTENT-type: {$ref: "missing.yaml#/components/headers/ContentType"}
                X-Rate: {schema: {type: integer}}
              content: {application/json: {schema: {type: object}}}
    components:
      responses:
        Shared:
          description: shared
          headers:
            content-type: {schema: {$ref: "#/nowhere"}}
""".replace("SELF", "multipart~1form-data/encoding/file/headers/Content-Type")


def test_refs_inside_a_content_type_header_openapi_ignores_are_not_followed(write,
                                                                           load) -> None:
    """OpenAPI: a response's header named Content-Type SHALL be ignored, and an encoding's
    Content-Type header is described separately and SHALL be ignored (datamodel-code-
    generator's ignored_content_type_header_refs.yaml: a loop and a missing file)."""
    path = write("spec.yaml", CONTENT_TYPE)
    api, sink = load(path)
    assert sink.errors == sink.warnings == []
    assert [(d.severity, d.code, d.pointer) for d in sink.items] == [
        ("note", "ignored-header", "#/paths/~1upload/post/requestBody/content/"
                                   "multipart~1form-data/encoding/file/headers/Content-Type"),
        ("note", "ignored-header", "#/paths/~1upload/post/responses/200/headers/CONTENT-type"),
        ("note", "ignored-header", "#/components/responses/Shared/headers/content-type")]
    [operation] = api.operations
    assert operation.responses[0].headers == ("x-rate",)  # the model does not read it either


@pytest.mark.parametrize("where", [
    # a header of another name, beside it
    ("X-Rate: {schema: {type: integer}}", "X-Rate: {$ref: 'missing.yaml#/X'}"),
    # a parameter named Content-Type is no header OpenAPI ignores
    ("paths:\n", "paths:\n  /p:\n    get:\n      parameters: [{$ref: 'missing.yaml#/P'}]\n"
                  "      responses: {'204': {description: none}}\n"),
    # a schema's property path that spells responses/.../headers/Content-Type
    ("schema: {type: object, properties: {file: {type: string}}}",
     "schema: {properties: {responses: {properties: {headers: {Content-Type: "
     "{$ref: 'missing.yaml#/S'}}}}}}"),
])
def test_other_refs_beside_an_ignored_content_type_header_are_still_checked(
        write, where: tuple[str, str]) -> None:
    old, new = where
    text = textwrap.dedent(CONTENT_TYPE)
    assert old in text
    path = write("spec.yaml", text.replace(old, new, 1))
    assert [d.code for d in _spec_error(path)] == ["dangling-ref"]


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


# -- --ref-root: a sibling folder can be allowed ---------------------------------------------------
# `--ref-root DIR`: a multi-file spec whose `$ref`s reach a sibling folder can be allowed.
#
# The layout is the one openapi-spec-validator's own multi-file test data has (written here,
# not read from there): `api/openapi.yaml` refers to `schemas/Pet.yaml` beside it and to
# `../common/schemas/Error.yaml` in a sibling folder. Without `--ref-root` the sibling is
# refused, as before; with it, files below DIR are read and nothing beyond DIR, whichever
# way a ref tries to leave (`..`, a symlink, an absolute path, percent-escapes).

SPEC = """
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
              schema: {type: array, items: {$ref: "schemas/Pet.yaml"}}
        default:
          description: an error
          content:
            application/json:
              schema: {$ref: "ERROR_REF"}
"""
PET = """
type: object
required: [name]
properties:
  name: {type: string}
"""
ERROR = """
type: object
required: [code]
properties:
  code: {$ref: "Code.yaml"}
  message: {type: string}
"""
CODE = "type: integer\n"
SECRET = "type: object\nproperties:\n  stolen: {type: string}\n"
WHERE = "#/paths/~1pets/get/responses/default/content/application~1json/schema"


def put(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return path


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """tmp/project/{api,common}, and tmp/secret.yaml beyond the project."""
    root = tmp_path / "project"
    put(root / "api" / "schemas" / "Pet.yaml", PET)
    put(root / "common" / "schemas" / "Error.yaml", ERROR)
    put(root / "common" / "schemas" / "Code.yaml", CODE)
    put(tmp_path / "secret.yaml", SECRET)
    return root


def spec(project: Path, error_ref: str = "../common/schemas/Error.yaml") -> Path:
    return put(project / "api" / "openapi.yaml", SPEC.replace("ERROR_REF", error_ref))


def refused(path: Path, ref_root: Path | None, code: str = "outside-ref") -> str:
    """The one error of loading `path`: its code, where, and message."""
    with pytest.raises(SpecError) as info:
        load_api(path, Sink(), ref_root=ref_root)
    (error,) = info.value.diagnostics
    assert error.code == code, error
    return error.render()


# -- what is allowed ------------------------------------------------------------------------


def test_a_sibling_folder_is_refused_by_default_and_the_error_says_how_to_allow_it(
        project: Path) -> None:
    line = refused(spec(project), None)
    assert f"api/openapi.yaml{WHERE}" in line
    assert "$ref leaves the spec's folder: '../common/schemas/Error.yaml'" in line
    assert "--ref-root DIR" in line


def test_a_sibling_folder_below_the_ref_root_is_read(project: Path) -> None:
    # main had no way to allow it: `outside-ref`, whatever the user said
    api = load_api(spec(project), Sink(), ref_root=project)
    error = api.definitions["../common/schemas/Error.yaml#"]
    assert isinstance(error, ir.ObjectDef)
    assert [(p.wire_name, p.type, p.required) for p in error.properties] == [
        ("code", ir.Primitive("integer"), True), ("message", ir.Primitive("string"), False)]
    assert "schemas/Pet.yaml#" in api.definitions


def test_a_ref_root_given_relative_to_the_working_folder(
        project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    spec(project)
    monkeypatch.chdir(project / "api")
    api = load_api(Path("openapi.yaml"), Sink(), ref_root=Path(".."))
    assert "../common/schemas/Error.yaml#" in api.definitions


def test_generate_and_diff_take_ref_root(project: Path, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str],
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    path = spec(project)
    monkeypatch.chdir(tmp_path)
    argv = ["generate", "project/api/openapi.yaml", "--out", "out", "--package", "pets_client"]
    assert main(argv) == 2
    assert "leaves the spec's folder" in capsys.readouterr().err
    assert main([*argv, "--ref-root", "project"]) == 0
    models = tmp_path / "out" / "pets_client" / "models"
    assert any("    code: int\n" in f.read_text(encoding="utf-8") for f in models.glob("*.py"))
    readme = (tmp_path / "out" / "README.md").read_text(encoding="utf-8")
    assert "--ref-root project" in readme  # the command that rebuilds it says so too

    new = project / "api" / "v2" / "openapi.yaml"
    put(new, SPEC.replace("ERROR_REF", "../../common/schemas/Error.yaml")
        .replace("schemas/Pet.yaml", "../schemas/Pet.yaml"))
    capsys.readouterr()
    assert main(["diff", str(path), str(new), "--ref-root", str(project)]) == 0
    assert capsys.readouterr().out == "no API changes\n"
    put(project / "common" / "schemas" / "v2" / "Error.yaml", ERROR.replace(
        '{$ref: "Code.yaml"}', "{type: string}"))
    put(new, new.read_text(encoding="utf-8").replace("schemas/Error", "schemas/v2/Error"))
    assert main(["diff", str(path), str(new), "--ref-root", str(project)]) == 1
    assert "type changed from `integer` to `string`" in capsys.readouterr().out


def test_diff_without_ref_root_refuses_the_sibling_folder(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = spec(project)
    assert main(["diff", str(path), str(path)]) == 2
    (line,) = capsys.readouterr().err.splitlines()
    assert "leaves the spec's folder" in line
    assert diff.diff_specs(path, path, ref_root=project) == []


# -- what stays refused -----------------------------------------------------------------------


@pytest.mark.parametrize("ref", [
    "../../secret.yaml",  # above the root
    "../common/../../secret.yaml",  # through a folder inside it, back out
    "..%2F..%2Fsecret.yaml",  # percent-escaped slashes
    "%2e%2e/%2e%2e/secret.yaml",  # percent-escaped dots
    "../common/%2e%2e/%2e%2e/secret.yaml",
])
def test_a_path_beyond_the_ref_root_is_refused(project: Path, ref: str) -> None:
    line = refused(spec(project, ref), project)
    assert f"api/openapi.yaml{WHERE}" in line
    assert f"$ref leaves the spec's folder and --ref-root {project}: {ref!r}" in line
    assert "stolen" not in line


def test_an_absolute_path_beyond_the_ref_root_is_refused(project: Path, tmp_path: Path) -> None:
    refused(spec(project, str(tmp_path / "secret.yaml")), project)
    refused(spec(project, (tmp_path / "secret.yaml").as_uri()), project, "remote-ref")


def test_a_symlink_below_the_ref_root_to_a_file_beyond_it_is_refused(
        project: Path, tmp_path: Path) -> None:
    (project / "common" / "link.yaml").symlink_to(tmp_path / "secret.yaml")
    refused(spec(project, "../common/link.yaml"), project)


def test_a_symlinked_folder_below_the_ref_root_leading_beyond_it_is_refused(
        project: Path, tmp_path: Path) -> None:
    put(tmp_path / "elsewhere" / "schemas" / "Error.yaml", SECRET)
    (project / "common" / "shared").symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    refused(spec(project, "../common/shared/schemas/Error.yaml"), project)


def test_a_file_below_the_ref_root_cannot_reach_beyond_it(project: Path) -> None:
    put(project / "common" / "schemas" / "Error.yaml",
        ERROR.replace("Code.yaml", "../../../secret.yaml"))
    line = refused(spec(project), project)
    assert "Error.yaml#/properties/code" in line


def test_a_ref_root_that_is_a_symlink_counts_as_the_folder_it_names(
        project: Path, tmp_path: Path) -> None:
    (tmp_path / "alias").symlink_to(project, target_is_directory=True)
    path = spec(project)
    assert "../common/schemas/Error.yaml#" in load_api(path, Sink(),
                                                       ref_root=tmp_path / "alias").definitions
    refused(spec(project, "../../secret.yaml"), tmp_path / "alias")


@pytest.mark.parametrize("ref", ["/etc/passwd", "/etc/passwd#/root",
                                 "../../../../../../../../etc/passwd#/x"])
def test_etc_passwd_is_never_opened_with_a_ref_root(project: Path, ref: str,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    touched: list[str] = []
    passwd = os.path.realpath("/etc/passwd")

    def spy(original: Any) -> Any:
        def wrapper(self: Any, *args: Any, **kwargs: Any) -> Any:
            if isinstance(self, (str, Path)) and os.path.realpath(self) == passwd:
                touched.append(f"{original.__name__} {self}")
            return original(self, *args, **kwargs)
        return wrapper

    path = spec(project, ref)
    for method in ("read_bytes", "read_text", "open", "is_file", "exists"):
        monkeypatch.setattr(Path, method, spy(getattr(Path, method)))
    real_open = builtins.open

    def spy_open(file: Any, *args: Any, **kwargs: Any) -> Any:
        if isinstance(file, (str, Path)) and os.path.realpath(file) == passwd:
            touched.append(f"open {file}")
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", spy_open)
    refused(path, project)
    assert touched == []


# -- a ref root that cannot be one --------------------------------------------------------------


def test_a_ref_root_that_does_not_hold_the_spec_is_refused(
        project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = spec(project)
    line = refused(path, project / "common", "bad-ref-root")
    assert f"--ref-root {project / 'common'} does not contain the spec" in line
    out = tmp_path / "out"
    assert main(["generate", str(path), "--out", str(out), "--package", "pets_client",
                 "--ref-root", str(project / "common")]) == 2
    (line,) = capsys.readouterr().err.splitlines()
    assert "does not contain the spec" in line
    assert not out.exists()


def test_a_ref_root_that_is_not_a_folder_is_refused(project: Path, tmp_path: Path) -> None:
    line = refused(spec(project), tmp_path / "missing", "bad-ref-root")
    assert "is not a folder" in line
    refused(spec(project), tmp_path / "secret.yaml", "bad-ref-root")


def test_a_symlink_loop_is_one_error_not_a_traceback(tmp_path: Path) -> None:
    """A `$ref` through a folder that links to itself, or such a folder as --ref-root, ended
    in `RuntimeError: Symlink loop` (Python 3.11's Path.resolve), a traceback and exit 1."""
    (tmp_path / "loop").symlink_to(tmp_path / "loop")
    spec = put(tmp_path / "s.yaml", """
        openapi: 3.0.3
        info: {title: T, version: "1"}
        paths: {}
        components:
          schemas:
            Thing: {$ref: 'loop/x.yaml'}
        """)
    for ref_root, code in ((None, "bad-ref"), (tmp_path / "loop", "bad-ref-root")):
        with pytest.raises(SpecError) as caught:
            load_api(spec, Sink(), ref_root=ref_root)
        assert [d.code for d in caught.value.diagnostics] == [code]


# -- plain-name fragments (`#foo`): the schema that declares the anchor (issue 23) -------------


def _anchored(key: str) -> str:
    return spec_with_ref("#known", components=textwrap.indent(textwrap.dedent(f"""
        Other:
          {key}: known
          type: object
          properties:
            id: {{type: integer}}
        """), " " * 12))


@pytest.mark.parametrize("key", ["$anchor", "$dynamicAnchor"])
def test_a_plain_name_fragment_reaches_the_schema_with_that_anchor(write, key: str) -> None:
    path = write("spec.yaml", _anchored(key).replace("openapi: 3.0.3", "openapi: 3.1.0"))
    resolver = _resolver(path)
    target = resolver.follow(Located({"$ref": "#known"}, resolver.root, "#/x"))
    assert target.pointer == "#/components/schemas/Other"
    api = load_api(path, Sink())
    [response] = api.operations[0].responses
    assert response.type == ir.Ref("#/components/schemas/Other")


def test_an_id_of_a_plain_name_is_an_anchor_too(write) -> None:
    """Drafts 6 and 7 (and OpenAPI 3.0 specs written after them) declare it as `$id: '#foo'`."""
    path = write("spec.yaml", _anchored("$id").replace("$id: known", "$id: '#known'"))
    resolver = _resolver(path)
    assert resolver.follow(Located({"$ref": "#known"}, resolver.root, "#/x")).pointer \
        == "#/components/schemas/Other"


def test_a_plain_name_fragment_into_another_file(write) -> None:
    write("common.yaml", """
        components:
          schemas:
            Pet: {$anchor: pet, type: object, properties: {name: {type: string}}}
    """)
    path = write("spec.yaml", spec_with_ref("common.yaml#pet").replace("3.0.3", "3.1.0"))
    api = load_api(path, Sink())
    [response] = api.operations[0].responses
    assert response.type == ir.Ref("common.yaml#/components/schemas/Pet")


def test_a_missing_anchor_is_an_error_at_the_ref_with_its_line(write) -> None:
    path = write("spec.yaml", spec_with_ref("#nowhere"))
    error = _only_error(path, "dangling-ref")
    assert "'#nowhere' names anchor 'nowhere'" in error.message
    assert error.line == 12
    assert f"spec.yaml{SCHEMA_AT} (line 12)" in error.render()


def test_an_anchor_declared_twice_is_refused_naming_both(write) -> None:
    path = write("spec.yaml", _anchored("$anchor").replace(
        "Known:\n", "Known:\n      $anchor: known\n", 1))
    error = _only_error(path, "bad-ref")
    assert "#/components/schemas/Known, #/components/schemas/Other" in error.message


def test_an_anchor_inside_an_example_is_no_anchor(write) -> None:
    path = write("spec.yaml", spec_with_ref("#known", components="""
            Other:
              type: object
              example: {$anchor: known}
"""))
    _only_error(path, "dangling-ref")


EMBEDDED = """
            Outer:
              $id: https://example.com/outer.json
              type: object
              properties:
                inner: {$anchor: known, type: string}
                again: {$ref: "#known"}
"""


def test_an_anchor_inside_a_schema_with_its_own_id_is_refused_from_outside(write) -> None:
    """JSON Schema scopes it to that schema (an embedded resource), not to the file."""
    path = write("spec.yaml", spec_with_ref("#known", components=EMBEDDED).replace(
        "3.0.3", "3.1.0"))
    error = _only_error(path, "bad-ref")
    assert "inside the schema at #/components/schemas/Outer, which has an `$id`" \
        in error.message
    assert error.line == 12


def test_an_anchor_inside_a_schema_with_its_own_id_is_reached_from_inside_it(write) -> None:
    path = write("spec.yaml", spec_with_ref("#/components/schemas/Outer",
                                            components=EMBEDDED).replace("3.0.3", "3.1.0"))
    resolver = _resolver(path)
    resolver.check_all()
    again = resolver.at_root("#/components/schemas/Outer/properties/again")
    assert resolver.follow(again).pointer == "#/components/schemas/Outer/properties/inner"


def test_many_refused_ref_loops_read_the_file_once_for_their_lines(tmp_path: Path,
                                                                    monkeypatch) -> None:
    """Review: each refused ref was placed by composing the whole file again; 800 loops a
    property each used, in a 750 KB spec, took 4 minutes to refuse."""
    import yaml

    loops = 200
    schemas: dict[str, Any] = {"H": {"type": "object", "properties": {
        f"p{i}": {"$ref": f"#/components/schemas/A{i}"} for i in range(loops)}}}
    for i in range(loops):
        schemas[f"A{i}"] = {"$ref": f"#/components/schemas/B{i}"}
        schemas[f"B{i}"] = {"$ref": f"#/components/schemas/A{i}"}
    spec = tmp_path / "loops.yaml"
    spec.write_text(yaml_text({"openapi": "3.1.0", "info": {"title": "L", "version": "1"},
                               "paths": {}, "components": {"schemas": schemas}}))
    composed: list[int] = []
    real = yaml.compose
    monkeypatch.setattr(yaml, "compose",
                        lambda text, **kw: composed.append(1) or real(text, **kw))
    sink = Sink()
    resolver = Resolver(read_document(spec, sink), sink)
    with pytest.raises(SpecError) as info:
        resolver.check_all()
    errors = [d for d in info.value.diagnostics if d.code == "ref-loop"]
    assert len(errors) >= loops and all(d.line is not None for d in errors)
    assert len(composed) == 1
