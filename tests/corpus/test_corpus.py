"""Every spec of tests/corpus generates code that parses, imports and passes mypy --strict.

Real specs from public projects and edge cases written here (tests/corpus/README.md names
them). Generation and parsing are checked per spec (a failure names the spec pointer that
produced the bad line); importing and mypy run once over all packages, to keep this file
under a minute.
"""

from __future__ import annotations

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
