"""Each tests/golden/<case>/spec.yaml must generate exactly tests/golden/<case>/expected.

Run `pytest tests/golden/test_golden.py --update-golden` to accept a deliberate change, then
review the diff of expected/ like any other code change.

The snapshots leave out the hand-written modules every package carries unchanged
(`_runtime.py`, `_testing.py`, `mcp/_server.py`): one test holds each package's copies equal to the
templates instead, so a change to the runtime is one diff, not one per case.
"""

from __future__ import annotations

import functools
import shutil
from pathlib import Path

import pytest

from generator.generate import generate
from generator.project.write import drift, write_trees

GOLDEN = Path(__file__).resolve().parent
REPO = GOLDEN.parents[1]
CASES = sorted(p.name for p in GOLDEN.iterdir() if (p / "spec.yaml").is_file())
# the package's copy of each hand-written module -> the template it is copied from
COPIES = {"_runtime.py": REPO / "templates" / "runtime.py",
          "_testing.py": REPO / "templates" / "testing_runtime.py",
          "mcp/_server.py": REPO / "templates" / "mcp_server.py"}
CHECKED_IN = ("opal_client", "oracle_ag_client")


def package_name(case: str) -> str:
    return f"{case}_client"


@functools.cache
def generated(case: str) -> dict[str, str]:
    return generate(GOLDEN / case / "spec.yaml", package_name(case)).files


def snapshot(case: str) -> dict[str, str]:
    """What expected/ holds: the generated files but the copies of the templates."""
    copies = {f"{package_name(case)}/{name}" for name in COPIES}
    return {path: text for path, text in generated(case).items() if path not in copies}


@pytest.mark.parametrize("case", CASES)
def test_golden(case: str, update_golden: bool) -> None:
    expected = GOLDEN / case / "expected"
    files = snapshot(case)
    if update_golden:
        if expected.exists():
            shutil.rmtree(expected)
        write_trees({expected: files})
    changed = drift(expected, files)
    assert not changed, f"{case}: output differs from the snapshot: {changed}"


def test_every_package_carries_the_templates_unchanged() -> None:
    """Each golden package as generated now, and each checked-in one, copies runtime.py,
    testing_runtime.py and mcp_server.py byte for byte."""
    templates = {name: path.read_bytes() for name, path in COPIES.items()}
    packages: dict[str, dict[str, bytes]] = {}
    for case in CASES:
        files = generated(case)
        packages[case] = {name: files[f"{package_name(case)}/{name}"].encode("utf-8")
                          for name in COPIES if f"{package_name(case)}/{name}" in files}
    for package in CHECKED_IN:
        folder = REPO / "generated" / package / package
        packages[package] = {name: (folder / name).read_bytes()
                             for name in COPIES if (folder / name).is_file()}
    differ = sorted(f"{package}/{name}" for package, copies in packages.items()
                    for name in COPIES if copies.get(name) != templates[name])
    assert len(packages) == len(CASES) + len(CHECKED_IN)
    assert not differ, f"copies that are missing or differ from their template: {differ}"


def test_there_are_enough_cases() -> None:
    assert len(CASES) >= 12
