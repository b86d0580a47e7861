"""`typing.get_type_hints` resolves every public annotation of every generated module.

pydantic's TypeAdapter, typeguard and beartype read annotations this way: a name that only
a type checker sees (imported under TYPE_CHECKING) makes them fail with NameError. The walk
covers both checked-in packages and every golden case, in a fresh interpreter (a package's
modules are imported as a user's process would import them).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from tests.golden.test_golden import CASES, COPIES, package_name

REPO = Path(__file__).resolve().parents[2]
GOLDEN = REPO / "tests" / "golden"

# Runs in the fresh interpreter: argv[1] is a JSON list of [folder, package]; prints a JSON
# list of "module.qualname: error" for each annotation get_type_hints cannot resolve.
WALK = r'''
import functools, importlib, inspect, json, pkgutil, sys, typing

def targets(module):
    """(qualname, object) of every public class, function and method defined in `module`."""
    for name, obj in sorted(vars(module).items()):
        if name.startswith("_") or getattr(obj, "__module__", None) != module.__name__:
            continue
        if inspect.isfunction(obj):
            yield name, obj
        elif inspect.isclass(obj):
            yield name, obj
            for attr, member in sorted(vars(obj).items()):
                if attr.startswith("_") and attr != "__init__":
                    continue
                if isinstance(member, (classmethod, staticmethod)):
                    member = member.__func__
                elif isinstance(member, property):
                    member = member.fget
                elif isinstance(member, functools.cached_property):
                    member = member.func
                if callable(member) and not inspect.isclass(member):
                    yield f"{name}.{attr}", member

problems = []
for folder, package in json.loads(sys.argv[1]):
    sys.path.insert(0, folder)
    root = importlib.import_module(package)
    names = [package] + [m.name for m in pkgutil.walk_packages(root.__path__, package + ".")]
    for module_name in names:
        module = importlib.import_module(module_name)
        for qualname, obj in targets(module):
            try:
                typing.get_type_hints(obj, include_extras=True)
            except Exception as error:
                problems.append(f"{module_name}.{qualname}: {type(error).__name__}: {error}")
print(json.dumps(problems))
'''


def _golden_packages(tmp_path: Path) -> list[list[str]]:
    """Each golden snapshot with the hand-written modules it leaves out put back."""
    packages = []
    for case in CASES:
        folder = tmp_path / case
        shutil.copytree(GOLDEN / case / "expected", folder)
        for name, template in COPIES.items():
            shutil.copyfile(template, folder / package_name(case) / name)
        packages.append([str(folder), package_name(case)])
    return packages


def test_get_type_hints_resolves_every_public_annotation(tmp_path: Path) -> None:
    packages = [[str(REPO / "generated" / name), name]
                for name in ("opal_client", "oracle_ag_client")] + _golden_packages(tmp_path)
    done = subprocess.run([sys.executable, "-c", WALK, json.dumps(packages)],
                          capture_output=True, text=True, cwd=tmp_path, timeout=600)
    assert done.returncode == 0, done.stderr
    problems = json.loads(done.stdout)
    assert problems == [], f"{len(problems)} unresolved, e.g.:\n" + "\n".join(problems[:20])


def test_the_walk_reaches_models_typeddicts_groups_and_the_client(tmp_path: Path) -> None:
    """The walk is not vacuous: it reaches the kinds of object the issue names."""
    probe = WALK.replace("typing.get_type_hints(obj, include_extras=True)",
                         "problems.append(f'{module_name}.{qualname}')")
    packages = [[str(REPO / "generated" / "opal_client"), "opal_client"]]
    done = subprocess.run([sys.executable, "-c", probe, json.dumps(packages)],
                          capture_output=True, text=True, cwd=tmp_path, timeout=600)
    assert done.returncode == 0, done.stderr
    reached = set(json.loads(done.stdout))
    for expected in ("opal_client.types.CreateRequestInfoParam",
                     "opal_client.models.create_request_info.CreateRequestInfo",
                     "opal_client.resources.requests.Requests.create_request",
                     "opal_client.resources.requests.AsyncRequests.create_request",
                     "opal_client.client.Client.__init__",
                     "opal_client.client.Client.requests"):
        assert expected in reached
