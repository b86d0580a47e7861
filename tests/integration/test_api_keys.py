"""API keys go where the spec says (header, query or cookie), and cookie parameter values
cannot add cookies: generated clients against the loopback server."""

from __future__ import annotations

import importlib


def _generate(tmp_path, spec: dict, package: str):
    """Generate `spec` into tmp_path and import it (each test uses its own package name)."""
    import sys

    import yaml

    from generator.generate import generate
    from generator.project.write import write_trees

    tmp_path.mkdir(parents=True, exist_ok=True)
    path = tmp_path / "spec.yaml"
    path.write_text(yaml.safe_dump(spec))
    write_trees({tmp_path / "out": generate(path, package).files})
    sys.path.insert(0, str(tmp_path / "out"))
    try:
        return importlib.import_module(package)
    finally:
        sys.path.remove(str(tmp_path / "out"))


def _keyed_spec(location: str) -> dict:
    return {
        "openapi": "3.0.3", "info": {"title": "Keys", "version": "1"},
        "components": {"securitySchemes": {"key": {"type": "apiKey", "in": location,
                                                   "name": "api_token"}}},
        "security": [{"key": []}],
        "paths": {"/ping": {"get": {
            "operationId": "ping", "tags": ["misc"],
            "parameters": [{"name": "session", "in": "cookie", "schema": {"type": "string"}}],
            "responses": {"200": {"description": "ok", "content": {"application/json": {
                "schema": {"type": "object"}}}}}}}},
    }


def test_api_key_goes_where_the_spec_says(server, tmp_path) -> None:
    """Was a bug: an apiKey `in: query` or `in: cookie` was sent as a header."""
    for location in ("query", "cookie", "header"):
        pkg = _generate(tmp_path / location, _keyed_spec(location), f"keys_{location}")
        server.reply(200, json={})
        with pkg.Client(api_key="k3y", base_url=server.url) as client:
            client.misc.ping()
        sent = server.requests[-1]
        assert (sent.query.get("api_token") == ["k3y"]) == (location == "query")
        assert (sent.header("api_token") == "k3y") == (location == "header")
        assert (sent.header("Cookie") == "api_token=k3y") == (location == "cookie")


def test_cookie_values_cannot_add_cookies(server, tmp_path) -> None:
    """Was a bug: a cookie parameter `abc; admin=1` sent a second cookie `admin`."""
    pkg = _generate(tmp_path, _keyed_spec("header"), "keys_cookie_value")
    server.reply(200, json={})
    with pkg.Client(api_key="k", base_url=server.url) as client:
        client.misc.ping(session="abc; admin=1")
    assert server.requests[-1].header("Cookie") == "session=abc%3B%20admin%3D1"
