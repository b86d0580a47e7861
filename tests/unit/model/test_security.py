"""generator.model.security: the schemes the client applies (read_auth), every declared one
summed up for the diff (read_schemes), and the requirements a document or operation states."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from generator.diagnostics import Sink
from generator.model import ir
from generator.model.security import requirements

Load = Callable[[Path], tuple[ir.Api, Sink]]

OAUTH = {"type": "oauth2", "flows": {"clientCredentials": {
    "tokenUrl": "https://auth.test/token", "scopes": {"read": "r", "write": "w"}}}}


def _api(tmp_path: Path, load: Load, schemes: dict[str, Any]) -> tuple[ir.Api, Sink]:
    spec = {"openapi": "3.0.3", "info": {"title": "T", "version": "1"}, "paths": {},
            "components": {"securitySchemes": schemes}}
    path = tmp_path / "spec.json"
    path.write_text(json.dumps(spec), encoding="utf-8")
    return load(path)


def test_the_client_applies_bearer_client_credentials_and_an_api_key_in_spec_order(
        tmp_path: Path, load: Load) -> None:
    api, sink = _api(tmp_path, load, {
        "key": {"type": "apiKey", "name": "X-Key", "in": "header"},
        "bearer": {"type": "http", "scheme": "Bearer"},  # the scheme is case-insensitive
        "oauth": OAUTH})
    assert api.auth == (ir.ApiKeyAuth("key", "X-Key", "header"), ir.BearerAuth("bearer"),
                        ir.OAuthClientCredentials("oauth", "https://auth.test/token",
                                                  ("read", "write")))
    assert sink.warnings == []


def test_a_second_api_key_and_schemes_the_client_cannot_apply_are_warned_of(
        tmp_path: Path, load: Load) -> None:
    api, sink = _api(tmp_path, load, {
        "key": {"type": "apiKey", "name": "X-Key", "in": "header"},
        "other": {"type": "apiKey", "name": "k", "in": "query"},
        "basic": {"type": "http", "scheme": "basic"},
        "oidc": {"type": "openIdConnect", "openIdConnectUrl": "https://auth.test/.wk"}})
    assert api.auth == (ir.ApiKeyAuth("key", "X-Key", "header"),)
    warned = [(d.code, d.pointer) for d in sink.warnings]
    assert warned == [("unsupported-auth", f"#/components/securitySchemes/{name}")
                      for name in ("other", "basic", "oidc")]


def test_every_declared_scheme_is_summed_up_by_what_a_request_carries(
        tmp_path: Path, load: Load) -> None:
    api, _ = _api(tmp_path, load, {
        "key": {"type": "apiKey", "name": "X-Key", "in": "header", "description": "left out"},
        "basic": {"type": "http", "scheme": "Basic"},
        "oauth": OAUTH,
        "oidc": {"type": "openIdConnect", "openIdConnectUrl": "https://auth.test/.wk"}})
    assert [(s.name, s.summary, s.pointer) for s in api.security_schemes] == [
        ("key", "apiKey X-Key in header", "#/components/securitySchemes/key"),
        ("basic", "http basic", "#/components/securitySchemes/basic"),
        ("oauth", "oauth2 clientCredentials https://auth.test/token",
         "#/components/securitySchemes/oauth"),
        ("oidc", "openIdConnect https://auth.test/.wk", "#/components/securitySchemes/oidc"),
    ]


def test_requirements_keep_the_alternatives_order_and_sort_each_ones_schemes() -> None:
    owner = {"security": [{"oauth": ["write", "read"], "key": []}, {}, "not a requirement"]}
    assert requirements(owner) == (
        ir.SecurityRequirement((("key", ()), ("oauth", ("write", "read")))),
        ir.SecurityRequirement(()),  # {}: this alternative needs nothing
    )
    assert requirements({}) == () and requirements({"security": "all"}) == ()
