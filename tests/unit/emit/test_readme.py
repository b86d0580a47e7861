"""generator.emit.readme: a generated README shows the `_iter` methods, the environment variables
of the spec's own auth, `with_options` and the per-call options, drawn from the package's
operations. (tests/integration/test_readme_examples.py runs every example.)"""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path
from typing import Any

from generator.generate import generate

from ..conftest import RUNTIME

ENV_ROW = re.compile(r"^\| `([A-Z0-9_]+)` \| `(\w+)` \| (.*) \|$", re.MULTILINE)
FENCE = re.compile(r"^```(\w*)\n(.*?)^```$", re.MULTILINE | re.DOTALL)


def readme(tmp_path: Path, *, servers: list[dict[str, Any]] | None = None,
           schemes: dict[str, Any] | None = None, paged: bool = True) -> str:
    """The README of a small API: a GET without arguments, and one that pages by cursor."""
    page = {"type": "object", "properties": {
        "next": {"type": "string"}, "results": {"type": "array", "items": {"type": "string"}}}}
    paths: dict[str, Any] = {"/status": {"get": {
        "operationId": "getStatus", "tags": ["status"],
        "responses": {"200": {"description": "ok", "content": {"application/json": {
            "schema": {"type": "object", "properties": {"up": {"type": "boolean"}}}}}}}}}}
    if paged:
        paths["/things"] = {"get": {
            "operationId": "listThings", "tags": ["things"],
            "parameters": [{"name": "cursor", "in": "query", "schema": {"type": "string"}}],
            "responses": {"200": {"description": "ok", "content": {
                "application/json": {"schema": page}}}}}}
    spec: dict[str, Any] = {"openapi": "3.0.3", "info": {"title": "Things", "version": "1"},
                            "paths": paths}
    if servers is not None:
        spec["servers"] = servers
    if schemes:
        spec["components"] = {"securitySchemes": schemes}
        spec["security"] = [{name: []} for name in schemes]
    path = tmp_path / "spec.json"
    path.write_text(json.dumps(spec), encoding="utf-8")
    return generate(path, "things_client", cursor_paging(tmp_path)).files["README.md"]


def cursor_paging(tmp_path: Path) -> Path:
    """A pagination config: `cursor` in, the next cursor in the body's `next`."""
    path = tmp_path / "paging.json"
    path.write_text(json.dumps({"detect": [{"scheme": "cursor", "param": "cursor",
                                            "token": "next"}]}), encoding="utf-8")
    return path


def python(text: str) -> str:
    return "\n".join(code for lang, code in FENCE.findall(text) if lang == "python")


def env_rows(text: str) -> dict[str, tuple[str, str]]:
    return {name: (argument, note) for name, argument, note in ENV_ROW.findall(text)}


BEARER = {"bearer": {"type": "http", "scheme": "bearer"}}


def test_the_readme_shows_iter_env_with_options_and_every_per_call_option(tmp_path) -> None:
    text = readme(tmp_path, servers=[{"url": "https://api.things.test/v1"}], schemes=BEARER)
    code = python(text)
    assert "client.things.list_things_iter()" in code
    assert "async for item in client.things.list_things_iter()" in code
    assert "`list_things`, `list_things_iter`" in text  # the operations table names it too
    assert "client.with_options(timeout=120.0, max_retries=5)" in code
    assert "client.status.get_status(timeout=5.0, max_retries=0, extra_headers=" in code
    for option in ("timeout", "max_retries", "extra_headers", "extra_query", "extra_body"):
        assert f"| `{option}` |" in text
    assert env_rows(text) == {
        "THINGS_BASE_URL": ("base_url", "the server; default: https://api.things.test/v1"),
        "THINGS_API_TOKEN": ("token", "the bearer token")}
    assert "export THINGS_API_TOKEN=" in text and "with Client() as client:" in code


def test_only_the_variables_of_the_specs_own_auth_are_listed(tmp_path) -> None:
    key = readme(tmp_path, servers=[{"url": "https://a.test"}], paged=False, schemes={
        "key": {"type": "apiKey", "in": "header", "name": "X-Api-Key"}})
    assert env_rows(key) == {
        "THINGS_BASE_URL": ("base_url", "the server; default: https://a.test"),
        "THINGS_API_KEY": ("api_key", "the API key, sent as the header: X-Api-Key")}
    assert "api_key='...'" in python(key) and "_iter(" not in python(key)  # nothing pages
    oauth = readme(tmp_path, servers=[{"url": "https://a.test"}], schemes={"oauth": {
        "type": "oauth2", "flows": {"clientCredentials": {
            "tokenUrl": "https://auth.a.test/token", "scopes": {"things:read": "read"}}}}})
    assert env_rows(oauth) == {
        "THINGS_BASE_URL": ("base_url", "the server; default: https://a.test"),
        "THINGS_API_TOKEN": ("token", "a ready access token (it wins over client credentials)"),
        "THINGS_CLIENT_ID": ("client_id", "OAuth 2.0 client credentials "
                                          "(with THINGS_CLIENT_SECRET)"),
        "THINGS_CLIENT_SECRET": ("client_secret", "the client's secret"),
        "THINGS_TOKEN_URL": ("token_url", "where tokens come from; default: "
                                          "https://auth.a.test/token"),
        "THINGS_SCOPE": ("scope", "the scope asked for; default: things:read")}
    assert "Client(client_id='...', client_secret='...')" in python(oauth)  # its token URL
    none = readme(tmp_path, servers=[{"url": "https://a.test"}], paged=False)
    assert list(env_rows(none)) == ["THINGS_BASE_URL"]


def test_a_spec_needing_several_kinds_gives_each_and_says_how_a_call_chooses(tmp_path) -> None:
    key = {"key": {"type": "apiKey", "in": "query", "name": "k"}}
    text = readme(tmp_path, servers=[{"url": "https://a.test"}], paged=False,
                  schemes={**BEARER, **key})
    assert "Client(token='...', api_key='...')" in python(text)
    assert "export THINGS_API_TOKEN=...\nexport THINGS_API_KEY=..." in text
    note = " ".join(text.split("need different credentials")[1].split("```")[0].split())
    assert note.startswith(": give `token` and `api_key`")
    assert "each call sends the one its operation accepts" in note
    for one in (BEARER, key):  # a spec of one kind says nothing of it
        assert "need different credentials" not in readme(
            tmp_path, servers=[{"url": "https://a.test"}], paged=False, schemes=one)


def test_without_a_usable_server_every_example_names_a_base_url(tmp_path) -> None:
    for servers in (None, [{"url": "/v1.53"}]):
        text = readme(tmp_path, servers=servers, paged=False)
        assert env_rows(text)["THINGS_BASE_URL"][1] == \
            "the server; required: the spec names none a client can use"
        path = "/v1.53" if servers else ""
        assert f"export THINGS_BASE_URL=https://...{path}\n" in text
        assert python(text).count(f"Client(base_url='https://...{path}'") == 2


def test_spec_text_cannot_break_out_of_an_example(tmp_path) -> None:
    url = "https://a.test/`x`\n```\nimport os; os.remove('/')\n```"
    text = readme(tmp_path, servers=[{"url": url}], schemes={"oauth": {
        "type": "oauth2", "flows": {"clientCredentials": {
            "tokenUrl": "https://{host}/t'ok\"en\n```", "scopes": {}}}}})
    assert "os.remove" not in python(text) and "os.remove" not in "".join(
        code for lang, code in FENCE.findall(text) if lang == "sh")
    ast.parse(python(text))
    assert all(line.count("`") % 2 == 0 for line in text.splitlines() if line.startswith("|"))


def test_the_readmes_variable_names_are_the_runtimes() -> None:
    """readme names each argument's variable as the runtime reads it (templates/runtime.py's
    ENV_NAMES), for every argument, not only those a vendored README happens to list."""
    import importlib.util

    from generator.emit import readme as readme_module

    path = RUNTIME
    spec = importlib.util.spec_from_file_location("_rt_env_names", path)
    assert spec is not None and spec.loader is not None
    runtime = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(runtime)
    assert readme_module._ENV_NAMES == runtime.ENV_NAMES


def test_a_paged_example_that_needs_a_body_gives_the_kits_minimal_body(tmp_path) -> None:
    """The only paged operation takes a required JSON body: the example passes its minimal
    value (it was `body={...}`, a set holding Ellipsis)."""
    page = {"type": "object", "properties": {
        "next": {"type": "string"}, "results": {"type": "array", "items": {"type": "string"}}}}
    body = {"type": "object", "required": ["query", "limit"], "properties": {
        "query": {"type": "string"}, "limit": {"type": "integer", "minimum": 1},
        "tags": {"type": "array", "items": {"type": "string"}}}}
    spec = {"openapi": "3.0.3", "info": {"title": "Things", "version": "1"},
            "servers": [{"url": "https://a.test"}],
            "paths": {"/search": {"post": {
                "operationId": "searchThings", "tags": ["things"],
                "parameters": [{"name": "cursor", "in": "query", "schema": {"type": "string"}}],
                "requestBody": {"required": True, "content": {
                    "application/json": {"schema": body}}},
                "responses": {"200": {"description": "ok", "content": {
                    "application/json": {"schema": page}}}}}}}}
    path = tmp_path / "spec.json"
    path.write_text(json.dumps(spec), encoding="utf-8")
    code = python(generate(path, "things_client", cursor_paging(tmp_path)).files["README.md"])
    calls = [node for node in ast.walk(ast.parse(code)) if isinstance(node, ast.Call)
             and isinstance(node.func, ast.Attribute) and node.func.attr == "search_things_iter"]
    assert len(calls) == 2
    for call in calls:
        (keyword,) = call.keywords
        assert keyword.arg == "body"
        assert ast.literal_eval(keyword.value) == {"query": "string", "limit": 1}  # the kit's
