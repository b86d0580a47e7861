"""generator.read.validity: a verdict is decided once (record, cache or validator), errors
stop generation, and a reused verdict reports the warnings a fresh one would."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest

from generator.diagnostics import Sink, SpecError
from generator.generate import generate
from generator.read import metaschema, validity
from generator.read import metaschema as validation
from generator.read.finding import Finding
from generator.read.loader import Document, read_document
from generator.read.refs import Resolver
from generator.read.validity import RULES_VERSION, Validation, restore, store, validator_id

from ..conftest import DISCRIMINATED_CYCLE, clientgen_process

WARNS = """
    openapi: 3.0.3
    info: {title: S, version: "1"}
    paths:
      /a:
        get:
          parameters:
            - {name: n, in: query, schema: {type: integer, default: abc}}
          responses: {"200": {description: ok}}
"""


def _read(path: Path) -> tuple[Document, Resolver, Sink]:
    sink = Sink()
    document = read_document(path, sink)
    return document, Resolver(document, sink), sink


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("CLIENTGEN_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


def _no_validator(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(version: str, precise: bool = False) -> object:
        raise AssertionError("the validator ran")

    monkeypatch.setattr(metaschema, "validator_for", refuse)


def test_validity_does_not_import_the_validator() -> None:
    # a verdict from a record or the cache must not pay for openapi-spec-validator's import
    script = ("import sys, generator.read.validity\n"
              "print(sorted(m for m in sys.modules if m.startswith('openapi_spec_validator')"
              " or m == 'generator.read.metaschema'))")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == "[]"


def test_validator_id_names_the_validator_class_and_the_rules() -> None:
    assert "OpenAPIV31SpecValidator" in validator_id("3.1.0")
    assert validator_id("2.0").endswith(f" rules {RULES_VERSION}")


def test_store_names_files_by_their_place_and_restore_reads_them_back(write) -> None:
    write("other.yaml", "Thing: {type: string}\n")
    spec = write("spec.yaml", "openapi: 3.0.3\nx: {$ref: other.yaml#/Thing}\n")
    document, resolver, _ = _read(spec)
    resolver.check_all()
    other = resolver.documents()[1].name
    found = [Finding("warning", "w", "m", other, "#/Thing", 1),
             Finding("warning", "v", "n", document.name, "#", None)]
    stored = store(found, resolver)
    assert stored == [("warning", "w", "m", 1, "#/Thing", 1),
                      ("warning", "v", "n", 0, "#", None)]
    assert restore(stored, resolver) == found


def test_a_finding_outside_the_spec_is_not_stored_and_garbage_is_not_restored(write) -> None:
    _, resolver, _ = _read(write("spec.yaml", "openapi: 3.0.3\n"))
    assert store([Finding("warning", "w", "m", "elsewhere.yaml", "#", None)], resolver) is None
    assert restore([("warning", "w", "m", 5, "#", None)], resolver) is None
    assert restore([("too", "short")], resolver) is None


def test_an_invalid_spec_raises_with_every_error(write, cache_dir) -> None:
    path = write("spec.yaml", WARNS.replace("in: query", "in: nowhere"))
    document, resolver, sink = _read(path)
    with pytest.raises(SpecError) as info:
        Validation(background=False).start(document, "3.0.3", sink, resolver)
    assert [(d.code, d.pointer) for d in info.value.diagnostics] == [
        ("invalid-spec", "#/paths/~1a/get/parameters/0/in")]


def test_a_second_run_replays_the_cached_warnings_without_the_validator(
        write, cache_dir, monkeypatch) -> None:
    path = write("spec.yaml", WARNS)
    document, resolver, sink = _read(path)
    first = Validation(background=False)
    first.start(document, "3.0.3", sink, resolver)
    assert first.source == "validator"
    _no_validator(monkeypatch)
    again = Validation(background=False)
    document, resolver, replayed = _read(path)
    again.start(document, "3.0.3", replayed, resolver)
    assert again.source == "cache"
    assert replayed.items == sink.items and [d.code for d in sink.items] == ["invalid-default"]
    assert again.kept == first.kept


def test_a_record_that_proves_the_spec_valid_is_trusted(write, cache_dir, monkeypatch) -> None:
    path = write("spec.yaml", WARNS)
    document, resolver, sink = _read(path)
    asked: list[tuple[str, str]] = []

    def proven(spec: str, validator: str) -> list[object]:
        asked.append((spec, validator))
        return [["warning", "stored", "from the record", 0, "#/x", 3]]

    _no_validator(monkeypatch)
    validation = Validation(proven=proven)
    validation.start(document, "3.0.3", sink, resolver)
    assert validation.source == "record"
    assert asked == [(validation.spec, validator_id("3.0.3"))]
    assert [(d.code, d.pointer, d.line) for d in sink.items] == [("stored", "#/x", 3)]


@pytest.mark.parametrize(("text", "code"), [
    ('openapi: 3.0.3\ninfo: {title: T, version: "1"}\ncomponents: {}\n', "missing-paths"),
    ("openapi: 3.0.3\npaths: {}\n", "missing-info"),
])
def test_a_missing_info_or_paths_is_a_warning_not_an_error(write, cache_dir, text: str,
                                                           code: str) -> None:
    # a document of models only is common in the wild: it generates
    document, resolver, sink = _read(write("spec.yaml", text))
    Validation(background=False).start(document, "3.0.3", sink, resolver)
    assert [(d.code, d.pointer) for d in sink.warnings] == [(code, "#")]
    assert sink.errors == []




def test_a_validator_that_recurses_is_a_warning_and_the_spec_generates(write,
                                                                       monkeypatch) -> None:
    # main: "validation could not finish: RecursionError" was an error, nothing generated
    class Recursing:
        def __init__(self, *args: object, **kwargs: object) -> None:
            pass

        def iter_errors(self) -> Iterator[object]:
            raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(validation, "validator_for", lambda version, precise=False: Recursing)
    monkeypatch.setenv("CLIENTGEN_CACHE_DIR", "")
    result = generate(write("spec.yaml", DISCRIMINATED_CYCLE), "pets")
    [warning] = [d for d in result.diagnostics if d.code == "validation-unfinished"]
    assert warning.severity == "warning"
    assert result.operations == 1 and "pets/models/__init__.py" in result.files


@pytest.mark.parametrize("head", ["openapi: 3.0.3", 'swagger: "2.0"', "openapi: 3.1.0"])
def test_a_models_only_document_generates_with_a_warning(package, write, head, tmp_path,
                                                        monkeypatch) -> None:
    # main: refused ("'info' is a required property")
    monkeypatch.setenv("CLIENTGEN_CACHE_DIR", str(tmp_path / "cache"))
    key = "definitions" if "swagger" in head else "components:\n  schemas"
    text = f"{head}\n{key}:\n    A: {{type: object, properties: {{x: {{type: string}}}}}}\n"
    pkg = package("models_only", text)
    assert pkg.models.A(x="y").to_dict() == {"x": "y"}
    result = generate(write("again.yaml", text), "models_only")
    assert "missing-info" in {d.code for d in result.warnings}


FORGIVEN = """
    openapi: 3.0.3
    info: {title: S, version: 2}
    source: somewhere
    paths:
      /a:
        get:
          operationId: getA
          responses:
            "200":
              description: ok
              content: {application/json: {schema: {$ref: "#/components/schemas/A"}}}
    components:
      schemas:
        A:
          type: object
          required: null
          properties:
            kind: {const: a}
            maybe: {type: [string, "null"]}
            never: {type: "null"}
            tags: {type: object, patternProperties: {"^t": {type: string}}}
            some: {type: array, contains: {type: string}}
            loop: {$recursiveRef: "#"}
            name: {type: string, init: false, metadata: {a: 1}, kw_only: true}
            pair: {type: array, items: [{type: string}, {type: integer}]}
        Word: {type: string, pattern: "^[\\\\s-_]+$"}
"""
FORGIVEN_CODES = {"invalid-info", "unknown-field", "invalid-required", "const-in-30",
                  "type-list-in-30", "type-null-in-30", "patternproperties-in-30",
                  "contains-in-30", "recursiveref-in-30", "unknown-keyword", "items-list",
                  "ecma-pattern"}


def test_what_has_a_plain_meaning_generates_with_a_warning_per_kind(package, write,
                                                                    cache_dir) -> None:
    # main: refused, the first of these errors being "'source' does not match any of the
    # regexes: '^x-'"; clientgen refuses only what it cannot turn into a working client
    result = generate(write("spec.yaml", FORGIVEN), "forgiven")
    assert {d.code for d in result.warnings} == FORGIVEN_CODES
    assert not [d for d in result.diagnostics if d.severity == "error"]
    assert all(d.line is not None for d in result.warnings)
    pkg = package("forgiven", FORGIVEN)
    a = pkg.models.A.from_dict({"kind": "a", "maybe": None, "pair": ["x", 1]})
    assert (a.kind, a.maybe, a.pair) == ("a", None, ["x", 1])


def test_strict_still_refuses_each_plain_break_and_writes_nothing(write, tmp_path) -> None:
    write("spec.yaml", FORGIVEN)
    done = clientgen_process("--strict", "generate", "spec.yaml", "--out", "out",
                             "--package", "forgiven", cwd=tmp_path)
    assert done.returncode == 2 and b"Traceback" not in done.stderr
    lines = done.stderr.decode().splitlines()
    assert lines and all(line.startswith("error: ") and line.endswith("(--strict)")
                         for line in lines)
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("failure", [KeyError("paths"), AssertionError()])
def test_a_validator_that_fails_inside_itself_is_a_warning_and_the_spec_generates(
        write, monkeypatch, failure: Exception) -> None:
    # main: "validation could not finish: KeyError: 'paths'" was an error, nothing generated
    class Failing:
        def __init__(self, *args: object, **kwargs: object) -> None:
            pass

        def iter_errors(self) -> Iterator[object]:
            raise failure

    monkeypatch.setattr(validation, "validator_for", lambda version, precise=False: Failing)
    monkeypatch.setenv("CLIENTGEN_CACHE_DIR", "")
    result = generate(write("spec.yaml", WARNS), "failing")
    [warning] = [d for d in result.diagnostics if d.code == "validation-unfinished"]
    assert warning.severity == "warning" and type(failure).__name__ in warning.message
    assert result.operations == 1


def test_a_validator_process_that_dies_is_a_warning_and_nothing_is_cached(
        write, cache_dir, monkeypatch) -> None:
    # main: "validation could not finish: exit code 3" was an error
    monkeypatch.setattr(validity, "BACKGROUND_MIN_CHARS", 0)
    monkeypatch.setattr(validity, "_child", lambda *args: os._exit(3))
    document, resolver, sink = _read(write("spec.yaml", WARNS))
    running = Validation()
    running.start(document, "3.0.3", sink, resolver)
    running.finish(sink)
    assert [(d.severity, d.code) for d in sink.items] == [("warning", "validation-unfinished")]
    assert "exit code 3" in sink.items[0].message
    assert not cache_dir.exists() or not any(cache_dir.rglob("*valid*"))


def test_errors_the_fast_check_found_stand_when_the_precise_one_fails(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Only a check that found nothing wrong may end as a validation-unfinished warning: an
    error found before the failure still refuses the spec."""
    error = validity.Finding("error", "invalid-spec", "wrong", "spec.yaml", "#/paths", None)

    def findings(document: object, version: str, resolver: object,
                 precise: bool) -> list[validity.Finding]:
        if precise:
            raise KeyError("paths")
        return [error]

    monkeypatch.setattr(validity, "_findings", findings)
    document = SimpleNamespace(name="spec.yaml")
    found = validity.run_validator(document, "3.0.3", None)  # type: ignore[arg-type]
    assert [(f.severity, f.code) for f in found] == [("error", "invalid-spec")]
    monkeypatch.setattr(validity, "_findings", lambda *args, **kwargs: (_ for _ in ()).throw(
        KeyError("paths")))
    found = validity.run_validator(document, "3.0.3", None)  # type: ignore[arg-type]
    assert [f.code for f in found] == ["validation-unfinished"]


# -- `#anchor` refs: the validator sees the pointers they resolve to (issue 23) ----------------

ANCHORED = """
    openapi: 3.1.0
    info: {title: A, version: "1"}
    paths:
      /a:
        get:
          responses:
            "200":
              description: ok
              content: {application/json: {schema: {$ref: "PET"}}}
      /b:
        get:
          parameters:
            - {name: q, in: query, schema: {$ref: "#/components/schemas/Bad"}}
          responses: {"200": {description: ok}}
    components:
      schemas:
        Pet: {$anchor: pet, type: object, properties: {name: {type: string}}}
        Bad: {type: string}
"""
BROKEN = '{type: 5, minimum: "x", required: 3}'


def _verdict(path: Path) -> list[tuple[str, str, str, int | None]]:
    """Every finding of a fresh validation of `path`, errors raised as the pipeline would."""
    document, resolver, sink = _read(path)
    resolver.check_all()
    try:
        Validation(background=False, use_cache=False).start(document, "3.1.0", sink, resolver)
    except SpecError as refused:
        return [(d.severity, d.code, d.pointer, d.line) for d in refused.diagnostics]
    return [(d.severity, d.code, d.pointer, d.line) for d in sink.items]


def test_an_anchor_ref_leaves_a_broken_schema_refused_as_its_pointer_twin(write) -> None:
    # main: NoSuchAnchor turned the whole check into validation-unfinished, and Bad generated
    broken = ANCHORED.replace("Bad: {type: string}", f"Bad: {BROKEN}")
    anchored = _verdict(write("anchored.yaml", broken.replace("PET", "#pet")))
    pointer = _verdict(write("pointer.yaml", broken.replace("PET", "#/components/schemas/Pet")))
    assert anchored == pointer
    assert anchored[0][:3] == ("error", "invalid-spec", "#/components/schemas/Bad/type")
    assert anchored[0][3] == 18  # the line of Bad as written


def test_a_valid_spec_with_anchor_refs_validates_with_no_warning(write) -> None:
    assert _verdict(write("spec.yaml", ANCHORED.replace("PET", "#pet"))) == []


def test_an_anchor_into_another_file_is_seen_through_there_too(write) -> None:
    """`common.yaml#pet` from the root, and `#tag` inside common.yaml itself: no
    validation-unfinished, and the verdict of the pointer twin."""
    common = """
        components:
          schemas:
            Pet: {$anchor: pet, type: object, properties: {tag: {$ref: "TAG"}}}
            Tag: {$anchor: tag, type: string}
    """
    write("common.yaml", common.replace("TAG", "#tag"))
    assert _verdict(write("spec.yaml", ANCHORED.replace("PET", "common.yaml#pet"))) == []
    write("twin.yaml", common.replace("TAG", "#/components/schemas/Tag"))
    assert _verdict(write("pointer.yaml", ANCHORED.replace(
        "PET", "twin.yaml#/components/schemas/Pet"))) == []


def test_the_view_rewrites_only_plain_name_refs_and_keeps_shared_nodes_shared(write) -> None:
    path = write("spec.yaml", ANCHORED.replace("PET", "#pet")
                 + "    x-shared: &s {$ref: '#pet'}\n    x-again: *s\n")
    document, resolver, _ = _read(path)
    resolver.check_all()
    [view] = resolver.pointer_views().values()
    media = view["paths"]["/a"]["get"]["responses"]["200"]["content"]["application/json"]
    assert media["schema"] == {"$ref": "#/components/schemas/Pet"}
    assert view["x-shared"] is view["x-again"]
    assert view["paths"]["/b"] == document.data["paths"]["/b"]
    assert document.data["x-shared"] == {"$ref": "#pet"}  # the document as read is untouched
