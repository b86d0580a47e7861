"""The project's vendored specs: specs/lock.json says which file makes which package."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

LOCK_FILE = Path("specs") / "lock.json"
GENERATED = Path("generated")


@dataclass(frozen=True)
class VendoredSpec:
    name: str
    file: str
    package: str
    source: str
    sha256: str
    updated: str | None = None  # ISO date of the last `clientgen update`, when there was one
    pagination: str | None = None  # a pagination config beside the spec, when it needs one

    def path(self, root: Path) -> Path:
        return root / "specs" / self.file

    def pagination_path(self, root: Path) -> Path | None:
        return root / "specs" / self.pagination if self.pagination else None

    def output(self, root: Path) -> Path:
        return root / GENERATED / self.package


def read_lock(root: Path) -> list[VendoredSpec]:
    data = json.loads((root / LOCK_FILE).read_text(encoding="utf-8"))
    return [VendoredSpec(**entry) for entry in data["specs"]]


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
