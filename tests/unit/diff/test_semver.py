"""generator.diff.semver: the package version `clientgen update` moves to."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.diff.compare import Change
from generator.diff.semver import bump, level, package_version


def change(kind: str, breaking: bool = False) -> Change:
    return Change(kind, breaking, "#/x", "...")


@pytest.mark.parametrize(("changes", "expected"), [
    ([change("operation-added"), change("parameter-removed", breaking=True)], "major"),
    (None, "major"),  # the previous version could not be read: assume the worst
    ([change("operation-added")], "minor"),
    ([change("parameter-added")], "minor"),
    ([change("property-added"), change("enum-value-added")], "minor"),
    ([change("enum-value-added"), change("response-added")], "patch"),
    ([], "patch"),
])
def test_level(changes: list[Change] | None, expected: str) -> None:
    assert level(changes) == expected


@pytest.mark.parametrize(("version", "how", "expected"), [
    ("1.4.2", "major", "2.0.0"), ("1.4.2", "minor", "1.5.0"), ("1.4.2", "patch", "1.4.3"),
    ("1", "minor", "1.1.0"), ("1.0", "patch", "1.0.1"), ("20250331", "patch", "20250331.0.1"),
    ("v2-beta", "major", "1.0.0"), ("2.1.0rc1", "patch", "2.1.1"),
])
def test_bump(version: str, how: str, expected: str) -> None:
    assert bump(version, how) == expected


def test_package_version_reads_the_generated_pyproject(tmp_path: Path) -> None:
    assert package_version(tmp_path) == "0.0.0"
    (tmp_path / "pyproject.toml").write_text('[project]\nversion = "3.2.1"\n', encoding="utf-8")
    assert package_version(tmp_path) == "3.2.1"
