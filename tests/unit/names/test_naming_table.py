"""The naming table (naming.py) against what the generated code itself uses.

A spec name becomes a field, method or attribute through snake_case, which never yields a
leading underscore; so any plain lowercase name a generated class body evaluates or
annotates with, and any public member of the runtime classes a generated class extends,
must be reserved in the table, or a property/operation of that name shadows it (a models
module that raised `TypeError: 'Unset' object is not callable` on import, methods that
fail mypy).
"""

from __future__ import annotations

import ast
import importlib.util
from pathlib import Path

import pytest

from generator.generate import generate
from generator.names import identifiers as naming

REPO = Path(__file__).resolve().parents[3]
GOLDEN = REPO / "tests" / "golden"


def _runtime():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("_rt_probe", REPO / "templates" / "runtime.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _class_body_names(cls: ast.ClassDef) -> set[str]:
    """Names the class body looks up: decorators, annotations, defaults, base classes.

    Function bodies are left out (they look names up in the module, not the class), but
    a method's signature annotations are in: mypy resolves them in the class first.
    """
    found: set[str] = set()
    roots: list[ast.AST] = [*cls.bases, *cls.decorator_list]
    for statement in cls.body:
        if isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef)):
            roots += [*statement.decorator_list, *(a.annotation for a in _args(statement)
                                                   if a.annotation)]
            if statement.returns:
                roots.append(statement.returns)
        else:
            roots.append(statement)
    for root in roots:
        for node in ast.walk(root):
            if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load):
                found.add(node.id)
            elif isinstance(node, ast.AnnAssign) and isinstance(node.annotation, ast.Constant):
                found |= _names_in_string_annotation(str(node.annotation.value))
    return found


def _args(function: ast.FunctionDef | ast.AsyncFunctionDef) -> list[ast.arg]:
    a = function.args
    return [*a.posonlyargs, *a.args, *a.kwonlyargs, *filter(None, [a.vararg, a.kwarg])]


def _names_in_string_annotation(text: str) -> set[str]:
    try:
        tree = ast.parse(text, mode="eval")
    except SyntaxError:
        return set()
    return {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}


def _reachable(name: str) -> bool:
    """Could snake_case turn some spec text into exactly this name?"""
    return name.isidentifier() and naming.snake_case(name) in (name, name + "_") \
        and not name.startswith("_")


def _generated_modules() -> dict[str, ast.Module]:
    modules: dict[str, ast.Module] = {}
    for case in ("name_clashes", "one_of_discriminator", "query_styles"):
        result = generate(GOLDEN / case / "spec.yaml", "pkg")
        modules |= {n: ast.parse(t) for n, t in result.files.items() if n.endswith(".py")
                    and not n.endswith("_runtime.py")}
    return modules


@pytest.fixture(scope="module")
def modules() -> dict[str, ast.Module]:
    return _generated_modules()


def test_every_name_a_class_body_uses_is_reserved_for_its_members(modules) -> None:
    table = {"models": naming.MODEL_FIELD_RESERVED, "resources": naming.GROUP_MEMBER_RESERVED,
             "client": naming.CLIENT_MEMBER_RESERVED}
    missing: set[tuple[str, str]] = set()
    for name, tree in modules.items():
        kind = next((k for k in table if k in name), None)
        if kind is None:
            continue
        for cls in (n for n in tree.body if isinstance(n, ast.ClassDef)):
            used = {n for n in _class_body_names(cls) if _reachable(n)}
            missing |= {(kind, n) for n in used - table[kind]}
    assert not missing


def test_the_runtime_members_a_generated_class_inherits_are_reserved() -> None:
    rt = _runtime()
    public = lambda cls: {n for n in dir(cls) if not n.startswith("_")}  # noqa: E731
    client = public(rt.SyncClient) | public(rt.AsyncClient)
    instance = {"base_url", "timeout", "max_retries", "strict"}  # set in BaseClient.__init__
    assert client | instance <= naming.CLIENT_MEMBER_RESERVED
    assert public(rt.Model) <= naming.MODEL_FIELD_RESERVED


def test_the_reserved_names_are_never_handed_out() -> None:
    for reserved in (naming.MODEL_FIELD_RESERVED, naming.GROUP_MEMBER_RESERVED,
                     naming.CLIENT_MEMBER_RESERVED, naming.PARAMETER_RESERVED):
        space = naming.Namespace(reserved)
        assert all(space.claim(naming.snake_case(n)) not in reserved for n in sorted(reserved))
