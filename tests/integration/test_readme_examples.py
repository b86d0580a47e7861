"""Every Python example in a generated README runs as written, against the package's MockApi.

The README's blocks run in order through the one runner (readme_examples.run_examples): its
`export` lines are set when reached, `Client(...)` and `AsyncClient(...)` are built as
production builds them (reading the environment) on the package's own MockApi, and a
`def test_...` it defines is called. A wrong method, argument, option or import in an
example fails here; so does an environment variable the runtime does not read, or a
`Client()` "settings from the environment" that does not send what was exported.
"""

from __future__ import annotations

import ast
import base64
import importlib
import inspect
import re
from pathlib import Path
from typing import Any

import httpx
import pytest
from readme_examples import Run, blocks, exports, run_examples

REPO = Path(__file__).resolve().parents[2]
GENERATED = REPO / "generated"
GOLDEN_CASES = sorted(p.name for p in (REPO / "tests" / "golden").iterdir()
                      if (p / "spec.yaml").is_file())

ENV_ROW = re.compile(r"^\| `([A-Z0-9_]+)` \| `(\w+)` \|", re.MULTILINE)
CREDENTIALS = ("token", "client_id", "client_secret", "token_url", "scope", "api_key")
TESTS = ["test_my_sync_job", "test_code_that_builds_its_own_client"]
CURSOR = {"detect": [{"scheme": "cursor", "param": "cursor", "token": "next"}]}  # paging


def all_exports(readme: str) -> list[tuple[str, str]]:
    return [pair for code in blocks(readme, "sh") for pair in exports(code)]


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
    for name, argument in [*rows.items(), *((n, reads.get(n)) for n, _ in all_exports(readme))]:
        assert reads.get(name) == argument and argument in accepted, name
    wanted = {name for name, argument in reads.items()
              if argument in accepted and (argument == "base_url" or argument in CREDENTIALS)}
    assert wanted == set(rows)


def check_environment_example(run: Run, package: str) -> None:
    """The `Client()  # settings from <PREFIX>_*` example sent what the `export` lines set:
    the base URL, and the token, API key or client id (the runner fills `...` in)."""
    prefix = importlib.import_module(f"{package}.client").ENV_PREFIX
    ((code, sent),) = [(code, [r for r in sent if all(r is not t for t in run.api.token_requests)])
                       for code, sent in run.blocks if "# settings from" in code]
    assert sent or "result = " not in code
    base = run.exported[f"{prefix}_BASE_URL"]
    assert all(str(r.url).startswith(base + "/") for r in sent), base
    token, key = run.exported.get(f"{prefix}_API_TOKEN"), run.exported.get(f"{prefix}_API_KEY")
    client_id = run.exported.get(f"{prefix}_CLIENT_ID")
    if token:
        assert all(r.headers["Authorization"] == f"Bearer {token}" for r in sent)
    elif key:
        assert all(key in str(r.url) or key in str(r.headers.raw) for r in sent)
    elif client_id:
        assert any(client_id in _credentials(r) for r in run.api.token_requests)


def _credentials(request: httpx.Request) -> str:
    """What a token request carries: its form body and its Basic credentials, decoded."""
    basic = request.headers.get("Authorization", "").removeprefix("Basic ")
    return request.content.decode() + " " + base64.b64decode(basic).decode(errors="replace")


def check(readme: str, package: str, monkeypatch: pytest.MonkeyPatch) -> Run:
    check_environment(readme, package)
    run = run_examples(readme, package, monkeypatch)
    check_keywords(readme, run.api.client(), importlib.import_module(f"{package}._runtime"))
    check_environment_example(run, package)
    traced = [r for r in run.sent if r.headers.get("X-Trace") == "readme"]
    if "### Options" in readme and "result = " in readme:  # the per-call options arrived
        assert traced and all(r.url.params.get("trace") == "1" for r in traced)
    assert run.tests in ([], TESTS)  # the testing examples, when the spec has an operation
    return run


@pytest.mark.parametrize("package", ["opal_client", "oracle_ag_client"])
def test_every_example_of_a_vendored_readme_runs(package: str,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    readme = (GENERATED / package / "README.md").read_text(encoding="utf-8")
    run = check(readme, package, monkeypatch)
    assert "_iter()" in readme and run.sent  # both page; each README iterates one
    assert run.tests == TESTS


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
    import_generated(tmp_path, spec, "teams_client", paging=CURSOR)
    readme = (tmp_path / "out" / "README.md").read_text(encoding="utf-8")
    assert "client.members.list_members_iter(team_id='00000000-0000-0000-0000-000000000000', " \
           "role='owner')" in readme
    assert "Client(base_url='https://...', token='...')" in readme
    sent = check(readme, "teams_client", monkeypatch).sent
    assert [r.url.path for r in sent] == ["/teams/00000000-0000-0000-0000-000000000000/members"] * 2


def test_a_paged_example_whose_operation_needs_a_body_runs(
        tmp_path: Path, import_generated: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """The only paged operation is a POST with a required JSON body: the example sends the
    kit's minimal body, which the stand-in checks against the schema (`body={...}` was a set)."""
    page = {"type": "object", "properties": {
        "next": {"type": "string"}, "results": {"type": "array", "items": {"type": "string"}}}}
    body = {"type": "object", "required": ["query", "limit"], "properties": {
        "query": {"type": "string"}, "limit": {"type": "integer", "minimum": 1}}}
    spec = {"openapi": "3.0.3", "info": {"title": "Finder", "version": "1"},
            "servers": [{"url": "https://finder.test/v2"}],
            "paths": {"/search": {"post": {
                "operationId": "searchThings", "tags": ["things"],
                "parameters": [{"name": "cursor", "in": "query", "schema": {"type": "string"}}],
                "requestBody": {"required": True, "content": {
                    "application/json": {"schema": body}}},
                "responses": {"200": {"description": "ok", "content": {
                    "application/json": {"schema": page}}}}}}}}
    import_generated(tmp_path, spec, "finder_client", paging=CURSOR)
    readme = (tmp_path / "out" / "README.md").read_text(encoding="utf-8")
    assert "client.things.search_things_iter(body=" in readme
    sent = check(readme, "finder_client", monkeypatch).sent
    searches = [r for r in sent if r.url.path == "/v2/search"]
    assert len(searches) == 2 and all(r.content for r in searches)
