"""The generated package's next version after `clientgen update`, by semver.

Major when any change may break callers, minor when operations, parameters, fields or
models were added (new names to call), patch otherwise. A previous version that cannot be
compared counts as a major change: a consumer is better warned than surprised.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from generator.diff.compare import Change

ADDITIONS = frozenset({"operation-added", "parameter-added", "property-added",
                       "request-body-added", "schema-added"})
_LEADING = re.compile(r"(\d+)(?:\.(\d+))?(?:\.(\d+))?")


def level(changes: list[Change] | None) -> str:
    """"major", "minor" or "patch" for what changed (None: unknown, so major)."""
    if changes is None or any(c.breaking for c in changes):
        return "major"
    if any(c.kind in ADDITIONS for c in changes):
        return "minor"
    return "patch"


def bump(version: str, how: str) -> str:
    """`1.4` bumped "minor" is `1.5.0`; a version with no leading number counts as 0.0.0."""
    found = _LEADING.match(version.strip())
    major, minor, patch = (int(part or 0) for part in found.groups()) if found else (0, 0, 0)
    if how == "major":
        return f"{major + 1}.0.0"
    if how == "minor":
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


def package_version(package_folder: Path) -> str:
    """The version in a generated package's pyproject.toml; 0.0.0 when there is none."""
    try:
        data = tomllib.loads((package_folder / "pyproject.toml").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return "0.0.0"
    version = data.get("project", {}).get("version")
    return version if isinstance(version, str) else "0.0.0"
