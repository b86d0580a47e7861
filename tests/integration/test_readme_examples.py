"""Every Python example in a generated README runs as written, against the package's MockApi.

The README's `Client(...)` and `AsyncClient(...)` are served by the package's own MockApi
(`api.client(**settings)` with the README's settings), its `export` lines are set in the
environment first, and a `def test_...` it defines is called. A wrong method, argument,
option or import in an example fails here; so does an environment variable the runtime
does not read, or a credential argument of the client the README leaves out.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import re
import shlex
from pathlib import Path
from typing import Any

import httpx
import pytest

REPO = Path(__file__).resolve().parents[2]
GENERATED = REPO / "generated"
GOLDEN_CASES = sorted(p.name for p in (REPO / "tests" / "golden").iterdir()
                      if (p / "spec.yaml").is_file())

FENCE = re.compile(r"^```(\w*)\n(.*?)^```$", re.MULTILINE | re.DOTALL)
ENV_ROW = re.compile(r"^\| `([A-Z0-9_]+)` \| `(\w+)` \|", re.MULTILINE)
CREDENTIALS = ("token", "client_id", "client_secret", "token_url", "scope", "api_key")


def blocks(readme: str, language: str) -> list[str]:
    return [code for lang, code in FENCE.findall(readme) if lang == language]


def exports(readme: str) -> list[tuple[str, str]]:
    pairs = []
    for block in blocks(readme, "sh"):
        for line in block.splitlines():
            if line.startswith("export "):
                name, _, value = shlex.split(line)[1].partition("=")
                pairs.append((name, value))
    return pairs


def run_examples(readme: str, package: str, monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """Run every Python block of `readme`; the requests its clients sent, in order."""
    pkg = importlib.import_module(package)
    api = importlib.import_module(f"{package}.testing").MockApi()
    sent: list[httpx.Request] = []
    handle = api.handle

    def recording(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return handle(request)

    api.handle = recording
    # a client the README wires to a transport of its own (the kit's consumer example) is
    # built as written; every other one is served by this stand-in
    real_sync, real_async = pkg.Client, pkg.AsyncClient
    monkeypatch.setattr(pkg, "Client", lambda **settings: real_sync(**settings)
                        if "http_client" in settings else api.client(**settings))
    monkeypatch.setattr(pkg, "AsyncClient", lambda **settings: real_async(**settings)
                        if "http_client" in settings else api.async_client(**settings))
    for name, value in exports(readme):
        monkeypatch.setenv(name, value)
    for number, code in enumerate(blocks(readme, "python")):
        namespace: dict[str, Any] = {"__name__": f"readme_example_{number}"}
        exec(compile(code, f"{package}/README.md", "exec"), namespace)  # noqa: S102
        for name, value in namespace.items():
            if name.startswith("test_") and callable(value):
                value()
    assert api.violations == []
    check_keywords(readme, api.client(), importlib.import_module(f"{package}._runtime"))
    return sent


def check_keywords(readme: str, client: Any, runtime: Any) -> None:
    """Each keyword of a `<client>.<group>.<method>(...)` call is a parameter of the method
    or a per-call option (the runtime takes any `**options`, so a misspelt one would pass)."""
    options = set(runtime.RequestOptions.__annotations__)
    for code in blocks(readme, "python"):
        for node in ast.walk(ast.parse(code)):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and isinstance(node.func.value, ast.Attribute)
                    and hasattr(client, node.func.value.attr)):
                continue
            method = getattr(getattr(client, node.func.value.attr), node.func.attr)
            parameters = {name for name, p in inspect.signature(method).parameters.items()
                          if p.kind is not p.VAR_KEYWORD}
            for keyword in node.keywords:
                assert keyword.arg in parameters | options, (node.func.attr, keyword.arg)


def check_environment(readme: str, package: str) -> None:
    """The README's variables are the ones the runtime reads, for arguments the client has;
    and every setting the client takes from the environment is in the README."""
    client = importlib.import_module(f"{package}.client")
    runtime = importlib.import_module(f"{package}._runtime")
    reads = {f"{client.ENV_PREFIX}_{env}": argument
             for argument, env in runtime.ENV_NAMES.items()}
    accepted = set(inspect.signature(client.Client).parameters)
    rows = dict(ENV_ROW.findall(readme))
    assert rows, "the README lists no environment variables"
    for name, argument in [*rows.items(), *((n, reads.get(n)) for n, _ in exports(readme))]:
        assert reads.get(name) == argument and argument in accepted, name
    wanted = {name for name, argument in reads.items()
              if argument in accepted and (argument == "base_url" or argument in CREDENTIALS)}
    assert wanted == set(rows)


def check(readme: str, package: str, monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    check_environment(readme, package)
    sent = run_examples(readme, package, monkeypatch)
    traced = [r for r in sent if r.headers.get("X-Trace") == "readme"]
    if "### Options" in readme and "result = " in readme:  # the per-call options arrived
        assert traced and all(r.url.params.get("trace") == "1" for r in traced)
    return sent


@pytest.mark.parametrize("package", ["opal_client", "oracle_ag_client"])
def test_every_example_of_a_vendored_readme_runs(package: str,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    readme = (GENERATED / package / "README.md").read_text(encoding="utf-8")
    sent = check(readme, package, monkeypatch)
    assert "_iter()" in readme and sent  # both page; each README iterates one


@pytest.mark.parametrize("case", GOLDEN_CASES)
def test_every_example_of_a_golden_readme_runs(case: str, golden_packages: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    readme = (golden_packages / case / "README.md").read_text(encoding="utf-8")
    check(readme, f"{case}_client", monkeypatch)


def test_the_examples_of_an_api_without_a_server_whose_paged_call_needs_arguments_run(
        tmp_path: Path, import_generated: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """No server (every example passes base_url), bearer auth, and the only operation that
    pages needs a uuid and an enum: its example gives them valid values."""
    page = {"type": "object", "properties": {
        "next": {"type": "string"}, "results": {"type": "array", "items": {"type": "string"}}}}
    spec = {
        "openapi": "3.0.3", "info": {"title": "Teams", "version": "1"},
        "components": {"securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}}},
        "security": [{"bearer": []}],
        "paths": {"/teams/{team_id}/members": {"get": {
            "operationId": "listMembers", "tags": ["members"],
            "parameters": [
                {"name": "team_id", "in": "path", "required": True,
                 "schema": {"type": "string", "format": "uuid"}},
                {"name": "role", "in": "query", "required": True,
                 "schema": {"type": "string", "enum": ["owner", "member"]}},
                {"name": "cursor", "in": "query", "schema": {"type": "string"}}],
            "responses": {"200": {"description": "ok", "content": {
                "application/json": {"schema": page}}}}}}}}
    import_generated(tmp_path, spec, "teams_client")
    readme = (tmp_path / "out" / "README.md").read_text(encoding="utf-8")
    assert "client.members.list_members_iter(team_id='00000000-0000-0000-0000-000000000000', " \
           "role='owner')" in readme
    assert "Client(base_url='https://...', token='...')" in readme
    sent = check(readme, "teams_client", monkeypatch)
    assert [r.url.path for r in sent] == ["/teams/00000000-0000-0000-0000-000000000000/members"] * 2
