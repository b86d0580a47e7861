"""What clientgen itself is made of: its templates and its code, and one digest of both.

A record proves a package up to date only while the generator that wrote it is byte for byte
the one running now (project/inputs.py), so the digest covers every module and template.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.util
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def template_folder() -> Path:
    """`templates/` beside the package in a checkout; installed as generator.templates."""
    beside = _PACKAGE.parent / "templates"
    if (beside / "runtime.py").is_file():
        return beside
    return package_folder("generator.templates")


def package_folder(name: str) -> Path:
    """The folder of package `name`, a namespace package too (templates/ has no
    __init__.py, so `resources.files` gives a MultiplexedPath whose str() is no path)."""
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(f"no package {name}")
    return Path(next(iter(spec.submodule_search_locations)))


@functools.cache
def generator_digest() -> str:
    """sha256 over the path and bytes of every module and template, in a fixed order."""
    templates = template_folder()
    parts = [(f"generator/{p.relative_to(_PACKAGE).as_posix()}", p)
             for p in _PACKAGE.rglob("*.py") if templates not in p.parents]
    parts += [(f"templates/{p.name}", p) for p in templates.iterdir()
              if p.suffix in (".py", ".jinja")]
    digest = hashlib.sha256()
    for name, path in sorted(parts):
        data = path.read_bytes()
        digest.update(f"{name}\0{len(data)}\0".encode())
        digest.update(data)
    return digest.hexdigest()
