"""The public names of a generated package, read from its files, and the ones that went away.

The spec diff (compare.py) names both versions with today's naming pass, so a name that a
new rule of the generator spells otherwise (`entity_i_ds` is now `entity_ids`) is no change
to it; yet code written against the checked-in package breaks all the same. `clientgen
update` therefore also compares the checked-in package with what today's generator makes
of the spec it was made from (see cli/update.py), and each name gone is a breaking change.

Names are read with `ast`, never imported: the public modules (no `_` in their path),
their public classes, functions, assignments and imports, a class's public members, and a
function's arguments (`pkg.resources.users.Users.get_users(entity_ids)`).
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Mapping

from generator.diff.compare import Change


def public_names(files: Mapping[str, str]) -> dict[str, str]:
    """Every public name of a package's Python files -> the file that defines it."""
    found: dict[str, str] = {}
    for path, text in sorted(files.items()):
        parts = path.removesuffix(".py").split("/")
        if not path.endswith(".py") or any(part.startswith("_") for part in parts[:-1]) \
                or parts[-1].startswith("_") and parts[-1] != "__init__":
            continue
        module = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        try:
            tree = ast.parse(text)
        except SyntaxError:
            continue
        found.setdefault(module, path)
        for name in _members(tree.body, module):
            found.setdefault(name, path)
    return found


def _members(body: Iterable[ast.stmt], prefix: str) -> list[str]:
    names: list[str] = []
    for node in body:
        if isinstance(node, ast.ClassDef) and _public(node.name):
            names += [f"{prefix}.{node.name}", *_members(node.body, f"{prefix}.{node.name}")]
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and _public(node.name):
            args = node.args
            names.append(f"{prefix}.{node.name}")
            names += [f"{prefix}.{node.name}({arg.arg})" for arg in
                      (*args.posonlyargs, *args.args, *args.kwonlyargs)
                      if _public(arg.arg) and arg.arg not in ("self", "cls")]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names += [f"{prefix}.{node.target.id}"] if _public(node.target.id) else []
        elif isinstance(node, ast.Assign):
            names += [f"{prefix}.{t.id}" for t in node.targets
                      if isinstance(t, ast.Name) and _public(t.id)]
        elif isinstance(node, ast.ImportFrom) and node.level > 0:  # re-exported names
            names += [f"{prefix}.{a.asname or a.name}" for a in node.names
                      if _public(a.asname or a.name)]
    return names


def _public(name: str) -> bool:
    return not name.startswith("_")


def _split(name: str) -> tuple[str, str]:
    """`a.B.m(x)` -> (`a.B.m`, `x`); `a.B` -> (`a`, `B`)."""
    if name.endswith(")"):
        parent, _, leaf = name[:-1].partition("(")
        return parent, leaf
    parent, _, leaf = name.rpartition(".")
    return parent, leaf


def _same_words(name: str) -> tuple[str, str]:
    parent, leaf = _split(name)
    return parent, leaf.replace("_", "").lower()


def removed(old: Mapping[str, str], new: Mapping[str, str]) -> list[Change]:
    """A breaking Change for each public name of `old` that `new` lacks: renamed when the
    same place in `new` has one name of the same letters (`get_ua_rs`, `get_uars`), else
    removed. A name inside one that went is not listed on its own. Pointers are files."""
    gone = {name for name in old if name not in new}
    fresh = [name for name in new if name not in old]
    changes: list[Change] = []
    for name in sorted(gone):
        parent, _ = _split(name)
        if parent in gone:
            continue  # its module, class or function is listed
        twins = [n for n in fresh if _same_words(n) == _same_words(name)]
        if len(twins) == 1:
            changes.append(Change("name-renamed", True, new[twins[0]],
                                  f"`{name}` is now `{twins[0]}` (the generator's naming "
                                  "rules changed)"))
        else:
            changes.append(Change("name-removed", True, old[name],
                                  f"`{name}` removed (the generator's naming rules changed)"))
    return sorted(changes, key=Change.sort_key)
