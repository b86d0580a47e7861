"""Synthetic specs N times the size of the Opal spec, for the scale benchmark.

Copy k (k >= 1) of every path and schema gets a renamed path (`/synK/...`), operationId
(`...SynK`) and schema name (`...SynK`), with every `$ref` and discriminator mapping rewritten
to the copy's own schemas; copy 0 is the Opal spec unchanged. So the Nx spec has N times the
operations, schemas and bytes, the same tags (operation groups grow N times) and the same
security schemes.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

import yaml

from benchmarks.common import OPAL_SPEC

SCHEMA_REF = "#/components/schemas/"
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

_Loader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_Dumper: type[yaml.SafeDumper] = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


class _TextTimestamps(_Loader):  # type: ignore[valid-type, misc]
    """Keep YAML timestamps as the text they were written as (as clientgen's loader does)."""


_TextTimestamps.add_constructor(
    "tag:yaml.org,2002:timestamp",
    lambda loader, node: loader.construct_scalar(node),  # type: ignore[arg-type]
)


def load_spec(path: Path = OPAL_SPEC) -> dict[str, Any]:
    with open(path, encoding="utf-8") as handle:
        return yaml.load(handle, Loader=_TextTimestamps)  # noqa: S506 (a SafeLoader)


def count_operations(spec: dict[str, Any]) -> int:
    return sum(1 for item in spec.get("paths", {}).values() for key in item if key in METHODS)


def build(spec: dict[str, Any], copies: int) -> dict[str, Any]:
    """The spec with `copies` copies of its paths and schemas (see the module docstring)."""
    if copies < 1:
        raise ValueError("copies must be at least 1")
    schemas: dict[str, Any] = spec.get("components", {}).get("schemas", {})
    out = {key: value for key, value in spec.items() if key not in ("paths", "components")}
    out["paths"] = {}
    out["components"] = {key: value for key, value in spec.get("components", {}).items()
                         if key != "schemas"}
    out["components"]["schemas"] = {}
    for k in range(copies):
        suffix = f"Syn{k}" if k else ""
        names = {name: name + suffix for name in schemas}
        for name, schema in schemas.items():
            out["components"]["schemas"][names[name]] = _rewrite(schema, names)
        for path, item in spec.get("paths", {}).items():
            new_item = _rewrite(item, names)
            if k:
                for method in METHODS:
                    operation = new_item.get(method)
                    if isinstance(operation, dict) and "operationId" in operation:
                        operation["operationId"] = f"{operation['operationId']}{suffix}"
            out["paths"][f"/syn{k}{path}" if k else path] = new_item
    return out


def _rewrite(node: Any, names: dict[str, str], key: str | None = None) -> Any:
    """A deep copy of `node` whose schema refs point at the renamed schemas."""
    if isinstance(node, dict):
        return {k: _rewrite(v, names, k) for k, v in node.items()}
    if isinstance(node, list):
        return [_rewrite(v, names) for v in node]
    if isinstance(node, str) and node.startswith(SCHEMA_REF) and key is not None:
        target = node[len(SCHEMA_REF):]
        if target in names:
            return SCHEMA_REF + names[target]
    return node


def refs_resolve(spec: dict[str, Any]) -> list[str]:
    """Every schema `$ref` that names no schema of the spec (empty when all resolve)."""
    schemas = spec.get("components", {}).get("schemas", {})
    missing: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith(SCHEMA_REF):
                if ref[len(SCHEMA_REF):] not in schemas:
                    missing.append(ref)
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(spec)
    return missing


def write(spec: dict[str, Any], path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as handle:
        yaml.dump(spec, handle, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)
    return path


def make(copies: int, folder: Path, base: dict[str, Any] | None = None) -> Path:
    """Write the `copies`x synthetic spec into `folder`; return its path."""
    spec = build(base if base is not None else load_spec(), copies)
    return write(spec, folder / f"opal-{copies}x.yaml")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("copies", type=int, nargs="+")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    base = load_spec()
    for copies in args.copies:
        path = make(copies, args.out, base)
        spec = build(base, copies)
        print(f"{path}: {count_operations(spec)} operations, "
              f"{len(spec['components']['schemas'])} schemas, {path.stat().st_size} bytes")


if __name__ == "__main__":
    main()
