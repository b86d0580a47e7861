"""Each tests/golden/<case>/spec.yaml must generate exactly tests/golden/<case>/expected.

Run `pytest tests/test_golden.py --update-golden` to accept a deliberate change, then
review the diff of expected/ like any other code change.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.generate import generate
from generator.write import drift, write_trees

GOLDEN = Path(__file__).parent / "golden"
CASES = sorted(p.name for p in GOLDEN.iterdir() if (p / "spec.yaml").is_file())


def package_name(case: str) -> str:
    return f"{case}_client"


@pytest.mark.parametrize("case", CASES)
def test_golden(case: str, update_golden: bool) -> None:
    result = generate(GOLDEN / case / "spec.yaml", package_name(case))
    expected = GOLDEN / case / "expected"
    if update_golden:
        if expected.exists():
            shutil.rmtree(expected)
        write_trees({expected: result.files})
    changed = drift(expected, result.files)
    assert not changed, f"{case}: output differs from the snapshot: {changed}"


def test_there_are_enough_cases() -> None:
    assert len(CASES) >= 12
