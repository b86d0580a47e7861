"""Every spec of tests/corpus generates code that parses, imports and passes mypy --strict.

Real specs from public projects and edge cases written here (tests/corpus/README.md names
them). Generation and parsing are checked per spec (a failure names the spec pointer that
produced the bad line); importing and mypy run once over all packages, to keep this file
under a minute.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from spec_check import generated_or_refused

from generator.project.write import write_trees

CORPUS = Path(__file__).resolve().parent
SPECS = sorted(p for p in CORPUS.glob("*/*") if p.suffix in (".yaml", ".json"))


def _package(spec: Path) -> str:
    return "c_" + "".join(c if c.isalnum() else "_" for c in spec.stem.lower())


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Each spec's package folder (spec name -> folder holding the package)."""
    root = tmp_path_factory.mktemp("corpus")
    folders: dict[str, Path] = {}
    for spec in SPECS:
        files = generated_or_refused(spec, _package(spec))
        if files is not None:
            write_trees({root / spec.stem: files})
            folders[spec.name] = root / spec.stem
    return folders


def test_the_corpus_holds_real_and_edge_specs() -> None:
    assert len([s for s in SPECS if s.parent.name == "real"]) >= 10
    assert len([s for s in SPECS if s.parent.name == "edge"]) >= 15


@pytest.mark.parametrize("spec", SPECS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_spec_generates_code_that_parses(spec: Path, generated) -> None:
    assert spec.name in generated, f"{spec} was refused"


def test_every_package_imports(generated) -> None:
    lines = [f"import {_package(CORPUS / 'x' / name)}.models" for name in generated]
    lines += [f"import {_package(CORPUS / 'x' / name)}" for name in generated]
    done = subprocess.run([sys.executable, "-c", "\n".join(lines)], capture_output=True,
                          text=True, env={"PYTHONPATH": ":".join(map(str, generated.values())),
                                          "PATH": "/usr/bin:/bin"})
    assert done.returncode == 0, done.stderr[-3000:]


def test_every_package_passes_mypy_strict(generated) -> None:
    packages = [arg for name in generated for arg in ("-p", _package(CORPUS / "x" / name))]
    done = subprocess.run([sys.executable, "-m", "mypy", "--strict", "--no-incremental",
                           *packages], capture_output=True, text=True,
                          env={"MYPYPATH": ":".join(map(str, generated.values())),
                               "PATH": "/usr/bin:/bin"})
    assert done.returncode == 0, done.stdout[-5000:]


def test_code_that_does_not_parse_is_reported_with_its_spec_pointer(monkeypatch) -> None:
    from spec_check import BadOutput

    from generator.names import assign as names
    from generator.names import identifiers as naming

    monkeypatch.setattr(names, "class_name", lambda text: naming.class_name(text) + "-oops")
    spec = CORPUS / "real" / "openapi-spec-validator-petstore-31.yaml"
    with pytest.raises(BadOutput) as info:
        generated_or_refused(spec, "broken")
    assert "does not parse" in str(info.value) or "made from" in str(info.value)
    assert "#/components/schemas/" in str(info.value)


# one minimal spec per failure class of issue 23: each generates with its warning (at a
# pointer and its line, where the finding is about one place), and --strict refuses it
ISSUE_23 = {
    "issue23-allof-loop.yaml": "allof-loop",
    "issue23-json-trailing-comma.json": "json-trailing-comma",
    "issue23-openapi-missing.yaml": "openapi-version",
    "issue23-type-yaml-null.yaml": "type-yaml-null",
    "issue23-ecma-pattern.yaml": "ecma-pattern",
    "issue23-info-version-missing.yaml": "invalid-info",
    "issue23-info-version-number.yaml": "invalid-info",
    "issue23-items-list.yaml": "items-list",
    "issue23-keywords-of-31-in-30.yaml": "type-list-in-30",
    "issue23-parameter-media-types.yaml": "parameter-media-types",
    "issue23-path-query.yaml": "path-query",
    "issue23-relative-server.yaml": "unusable-server-url",
    "issue23-required-not-a-list.yaml": "invalid-required",
    "issue23-unknown-keywords.yaml": "unknown-keyword",
    "issue23-unknown-top-level-key.yaml": "unknown-field",
    "issue23-unused-ref-loop.yaml": "unused-ref-loop",
}

# classes that are no finding at all any more: `#thing` resolves, and the validator sees it
# as the pointer it resolves to; a Content-Type header OpenAPI says to ignore is (a note)
CLEAN_23 = ["issue23-anchor-ref.yaml", "issue23-ignored-content-type-header.yaml"]


def test_every_failure_class_of_issue_23_has_its_spec() -> None:
    assert sorted([*ISSUE_23, *CLEAN_23]) == sorted(
        p.name for p in (CORPUS / "edge").glob("issue23-*"))


@pytest.mark.parametrize("name", sorted(ISSUE_23))
def test_a_failure_class_of_issue_23_is_a_warning_and_strict_refuses_it(
        name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from generator.cli.main import main
    from generator.generate import generate

    spec = CORPUS / "edge" / name
    warnings = generate(spec, "c_issue23").warnings
    assert warnings
    code = ISSUE_23[name]
    placed = [d for d in warnings if d.code == code]
    assert placed, warnings
    if code != "openapi-version":  # a missing field has no place but the document
        # a trailing comma is placed by its line only (the decoder knows no pointer)
        assert all(d.pointer != "#" or code == "json-trailing-comma" for d in placed), placed
        assert all(d.line is not None for d in placed), placed  # the model's own too
    out = tmp_path / "out"
    assert main(["--strict", "generate", str(spec), "--out", str(out), "--package", "x"]) == 2
    assert "(--strict)" in capsys.readouterr().err
    assert not out.exists()


@pytest.mark.parametrize("name", CLEAN_23)
def test_a_class_of_issue_23_that_is_no_finding_generates_even_strict(
        name: str, tmp_path: Path) -> None:
    from generator.cli.main import main
    from generator.generate import generate

    spec = CORPUS / "edge" / name
    assert generate(spec, "c_issue23").warnings == []  # main: validation-unfinished
    out = tmp_path / "out"
    assert main(["--strict", "generate", str(spec), "--out", str(out), "--package", "x"]) == 0
    assert out.exists()


_WALK = """
import importlib, inspect, json, sys
out = {}
for package in sys.argv[1:]:
    testing = importlib.import_module(package + ".testing")
    api = testing.MockApi()
    reached, failed = 0, []
    with api.client() as client:
        for op in testing.OPERATIONS:
            method = client
            for part in op.method_name.split("."):
                method = getattr(method, part, None)
            if method is None:
                failed.append(op.method_name + ": not reached")
                continue
            reached += 1
            needed = [p for p in inspect.signature(method).parameters.values()
                      if p.default is p.empty and p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)]
            if not needed:
                try:
                    method()
                except Exception as exc:
                    failed.append(f"{op.method_name}: {type(exc).__name__}: {exc}"[:300])
    out[package] = [reached, len(testing.OPERATIONS), failed]
print(json.dumps(out))
"""


def test_every_operation_is_reached_and_each_argument_free_one_answers_through_mockapi(
        generated) -> None:
    """As benchmarks/corpus.py checks each published description (issue 23)."""
    packages = [_package(CORPUS / "x" / name) for name in generated]
    done = subprocess.run([sys.executable, "-c", _WALK, *packages], capture_output=True,
                          text=True, env={"PYTHONPATH": ":".join(map(str, generated.values())),
                                          "PATH": "/usr/bin:/bin"})
    assert done.returncode == 0, done.stderr[-3000:]
    walked = json.loads(done.stdout)
    assert sum(total for _, total, _ in walked.values()) > 100
    assert {p: w for p, w in walked.items() if w[0] != w[1] or w[2]} == {}
