"""What the templates need, decided in Python: `build_view` gathers it into a PackageView.

Names come from the naming pass (names/); each type from its TypeRecord (annotation,
codec, what it needs), and a module's imports are the union of its records' needs. The
records the templates read are in context.py; they are built by definitions.py (models,
enums, aliases), methods.py and calls.py (operations), auth.py (the constructor's
credentials), typeddicts.py (`<pkg>.types`), testkit.py (`<pkg>.testing`), tools.py (`<pkg>.mcp`)
and readme.py.
Spec text reaches generated code only through `literal()` and `docstring()` (escape.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.emit.auth import auth_view
from generator.emit.context import AliasView, EnumView, GroupView, ModelView
from generator.emit.definitions import definition_views
from generator.emit.escape import docstring, literal
from generator.emit.methods import group_views
from generator.emit.readme import ReadmeView, readme_view
from generator.emit.testkit import KitTable, kit_table
from generator.emit.tools import ToolTable, tool_table
from generator.emit.typeddicts import TypesModule, request_only_objects, types_module
from generator.emit.typerecords import TypeRecords
from generator.model import ir
from generator.names.assign import Names
from generator.names.identifiers import module_rule


@dataclass
class PackageView:
    package: str
    title: str
    version: str
    doc: str
    base_url: str
    auth_params: list[tuple[str, str, str]]
    auth_call: str
    env_prefix: str
    types: TypesModule
    models: list[ModelView]
    enums: list[EnumView]
    aliases: list[AliasView]
    groups: list[GroupView]
    model_count: int
    testing: KitTable | None = None  # the table of `<pkg>/testing.py`
    readme: ReadmeView | None = None  # what the README shows about using the client
    tools: ToolTable | None = None  # the tools of `<pkg>/mcp/_tools.py`

    @property
    def model_index(self) -> list[tuple[str, str]]:
        """(module, class) of every model, enum and alias, in the order isort wants."""
        entries = [(m.module, m.name) for m in self.models] + [
            (e.module, e.name) for e in self.enums] + [(a.module, a.name) for a in self.aliases]
        return sorted(entries, key=lambda entry: natural_key(entry[0]))

    @property
    def renamed_modules(self) -> list[tuple[str, str]]:
        """(class, module) where the module is not the one the runtime's rule finds."""
        return sorted((name, module) for module, name in self.model_index
                      if module != module_rule(name))


def natural_key(text: str) -> list[tuple[int, int | str]]:
    """Digits compare as numbers (as ruff's isort orders modules: m2 before m10)."""
    return [(0, int(part)) if part.isdigit() else (1, part.lower())
            for part in re.split(r"(\d+)", text) if part]


def build_view(api: ir.Api, package: str, prefix: str | None = None) -> PackageView:
    """Everything the templates of `package` read, from the IR of its spec; `prefix`:
    where its client reads settings in the environment (default: from the package name)."""
    names = Names(api)
    types = TypeRecords(api, names)
    models, enums, aliases = definition_views(api, types, request_only_objects(api))
    prefix = prefix or env_prefix(package)
    auth_params, auth_call = auth_view(api, prefix)
    groups = group_views(api, types)
    return PackageView(
        package=package,
        title=api.title,
        version=api.version,
        doc=docstring(f"Client for {api.title} {api.version}".strip()),
        base_url=literal(api.base_url),
        auth_params=auth_params,
        auth_call=auth_call,
        env_prefix=prefix,
        types=types_module(api, types),
        models=models,
        enums=enums,
        aliases=aliases,
        groups=groups,
        model_count=len(api.definitions),
        testing=kit_table(api, types),
        readme=readme_view(api, names, prefix, auth_params, package),
        tools=tool_table(api, names),
    )


def env_prefix(package: str) -> str:
    """Where settings come from in the environment: `opal_client` reads `OPAL_*`."""
    return (package.removesuffix("_client") or package).upper()
