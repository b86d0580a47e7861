"""Each enum a request carries is spelt out once, as its alias in `<pkg>.types`.

A parameter or TypedDict key that takes an enum names the alias (`_types.StatusParam`),
so jump-to-definition shows one line, not the enum's values pasted again. Read from the
committed packages (golden tests and `clientgen check` hold them to the generator).
"""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

from ..conftest import REPO

PACKAGES = [REPO / "tests" / "golden" / "enums" / "expected" / "enums_client",
            REPO / "tests" / "golden" / "parameters" / "expected" / "parameters_client",
            REPO / "generated" / "opal_client" / "opal_client",
            REPO / "generated" / "oracle_ag_client" / "oracle_ag_client"]


def _is_literal(node: ast.AST) -> bool:
    return isinstance(node, ast.Subscript) and isinstance(node.value, ast.Attribute) \
        and node.value.attr == "Literal"


def _aliases(types: ast.Module) -> dict[str, ast.expr]:
    """`X: _t.TypeAlias = <value>` of `types.py`, by name."""
    return {n.target.id: n.value for n in types.body
            if isinstance(n, ast.AnnAssign) and isinstance(n.target, ast.Name)
            and ast.unparse(n.annotation) == "_t.TypeAlias" and n.value is not None}


def _all(types: ast.Module) -> list[str]:
    (names,) = [n.value for n in types.body if isinstance(n, ast.Assign)
                and [ast.unparse(t) for t in n.targets] == ["__all__"]]
    return [ast.literal_eval(e) for e in names.elts]  # type: ignore[attr-defined]


@pytest.mark.parametrize("package", PACKAGES, ids=lambda p: p.name)
def test_every_enum_literal_is_written_once_by_its_exported_alias(package: Path) -> None:
    types = ast.parse((package / "types.py").read_text(encoding="utf-8"))
    aliases = _aliases(types)
    in_aliases = {id(v.right) for v in aliases.values() if isinstance(v, ast.BinOp)}
    spelt: Counter[str] = Counter()
    for path in sorted(package.rglob("*.py")):
        tree = types if path.name == "types.py" else ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.BinOp) and _is_literal(node.right):
                spelt[ast.unparse(node.left)] += 1
                if path.name == "types.py":
                    assert id(node.right) in in_aliases, f"{path.name}: {ast.unparse(node)}"
                else:
                    raise AssertionError(f"{path.relative_to(package)}: {ast.unparse(node)}")
    assert spelt, "the package sends no enum: the case tests nothing"
    assert [e for e, count in spelt.items() if count > 1] == []
    assert sorted(aliases) == sorted(set(aliases) & set(_all(types)))


def test_opal_resource_type_filter_names_the_alias() -> None:
    package = REPO / "generated" / "opal_client" / "opal_client"
    types = ast.parse((package / "types.py").read_text(encoding="utf-8"))
    assert "ResourceTypeEnumParam" in _all(types)
    assert ast.unparse(_aliases(types)["ResourceTypeEnumParam"].left) == \
        "_m.ResourceTypeEnum"  # type: ignore[attr-defined]
    group = ast.parse((package / "resources" / "resources.py").read_text(encoding="utf-8"))
    (method,) = [n for n in ast.walk(group)
                 if isinstance(n, ast.FunctionDef) and n.name == "get_resources"]
    (arg,) = [a for a in method.args.kwonlyargs if a.arg == "resource_type_filter"]
    assert arg.annotation is not None
    assert ast.unparse(arg.annotation) == "_types.ResourceTypeEnumParam | None"
