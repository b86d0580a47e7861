"""Running a generated README's examples as a reader would copy them: the one runner.

The blocks run in the README's order. A `sh` block's `export` lines are set in the
environment when the reader reaches them (a `...` value is filled in, as the reader would,
with `exported-<NAME>`, so a test can tell it arrived); before the first, the package's
variables are unset. A `Client(...)`/`AsyncClient(...)` the README builds is the one
production code gets, `Client(**settings)` reading the environment for what it is not
given, with only the transport swapped for this run's MockApi (`api.client(env=True)`); one
the README wires to a transport of its own is built as written. Each `def test_...` a block
defines is called.
"""

from __future__ import annotations

import dataclasses
import importlib
import re
import shlex
from typing import Any

import httpx
import pytest

FENCE = re.compile(r"^```(\w*)\n(.*?)^```$", re.MULTILINE | re.DOTALL)


@dataclasses.dataclass
class Run:
    sent: list[httpx.Request]  # every request a README client sent this run's MockApi
    blocks: list[tuple[str, list[httpx.Request]]]  # each Python block and what it sent
    tests: list[str]  # the `test_...` functions called, in order
    exported: dict[str, str]  # the environment the `export` lines set (placeholders filled)
    api: Any  # this run's MockApi


def blocks(readme: str, language: str) -> list[str]:
    return [code for lang, code in FENCE.findall(readme) if lang == language]


def exports(code: str) -> list[tuple[str, str]]:
    """The `export NAME=value` lines of a shell block, values unquoted as the shell does."""
    pairs = []
    for line in code.splitlines():
        if line.startswith("export "):
            name, _, value = shlex.split(line)[1].partition("=")
            pairs.append((name, value))
    return pairs


def run_examples(readme: str, package: str, monkeypatch: pytest.MonkeyPatch) -> Run:
    """Run every block of `readme` in order (see the module's docstring)."""
    pkg = importlib.import_module(package)
    env_prefix = importlib.import_module(f"{package}.client").ENV_PREFIX
    runtime = importlib.import_module(f"{package}._runtime")
    api = importlib.import_module(f"{package}.testing").MockApi()
    run = Run([], [], [], {}, api)
    handle = api.handle

    def recording(request: httpx.Request) -> httpx.Response:
        run.sent.append(request)
        return handle(request)

    api.handle = recording
    real_sync, real_async = pkg.Client, pkg.AsyncClient
    monkeypatch.setattr(pkg, "Client", lambda **settings: real_sync(**settings)
                        if "http_client" in settings else api.client(env=True, **settings))
    monkeypatch.setattr(pkg, "AsyncClient", lambda **settings: real_async(**settings)
                        if "http_client" in settings else api.async_client(env=True, **settings))
    for env in runtime.ENV_NAMES.values():
        monkeypatch.delenv(f"{env_prefix}_{env}", raising=False)
    for number, (language, code) in enumerate(FENCE.findall(readme)):
        if language == "sh":
            for name, value in exports(code):
                run.exported[name] = f"exported-{name}" if value == "..." else value
                monkeypatch.setenv(name, run.exported[name])
        if language != "python":
            continue
        before = len(run.sent)
        namespace: dict[str, Any] = {"__name__": f"readme_example_{number}"}
        exec(compile(code, f"{package}/README.md", "exec"), namespace)  # noqa: S102
        for name, value in namespace.items():
            if name.startswith("test_") and callable(value):
                value()
                run.tests.append(name)
        run.blocks.append((code, run.sent[before:]))
    assert api.violations == []
    return run
