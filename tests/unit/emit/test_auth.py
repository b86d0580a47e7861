"""generator.emit.auth: the constructor's credential arguments and the runtime call."""

from __future__ import annotations

import ast

from generator.emit.auth import auth_view, call_credentials, credential_kinds, default_scope

SPEC = """
openapi: 3.0.3
info: {title: Auth, version: "1"}
security: [{oauth: []}, {key: []}]
paths:
  /x:
    get:
      responses:
        "204": {description: done}
components:
  securitySchemes:
    key: {type: apiKey, in: header, name: "X-Key'"}
    oauth:
      type: oauth2
      flows:
        clientCredentials:
          tokenUrl: https://auth.test/token
          scopes: {"api:read": read, "api:write": write}
"""


def test_every_scheme_gives_its_arguments_each_defaulting_to_none(write, load) -> None:
    api, _ = load(write("auth.yaml", SPEC))
    params, call = auth_view(api, "AUTH")
    assert [name for name, _, _ in params] == [  # in the order of api.auth
        "token", "api_key", "client_id", "client_secret", "token_url", "scope"]
    assert {(annotation, default) for _, annotation, default in params} == {
        ("str | None", "None")}
    node = ast.parse(call, mode="eval").body
    assert isinstance(node, ast.Call) and ast.unparse(node.func) == "_rt.choose_auth"
    keywords = {k.arg: ast.unparse(k.value) for k in node.keywords}
    assert keywords["accepted"] == ast.unparse(ast.parse(
        "('token', 'api_key', 'client_id', 'client_secret', 'token_url', 'scope')"))
    assert keywords["required"] == "True"  # every operation needs credentials
    assert ast.literal_eval(keywords["api_key_name"]) == "X-Key'"  # spec text as a literal
    assert ast.literal_eval(keywords["default_scope"]) == "api:read"


def test_no_auth_accepts_nothing_and_requires_nothing(write, load) -> None:
    api, _ = load(write("none.yaml", SPEC.split("components:")[0].replace(
        "security: [{oauth: []}, {key: []}]\n", "")))
    params, call = auth_view(api, "NONE")
    assert params == []
    assert "accepted=()" in call and "required=False" in call


def test_a_placeholder_scope_is_no_default() -> None:
    assert default_scope(("<instance>/urn:all", "b")) is None
    assert default_scope(("{tenant}",)) is None
    assert default_scope(()) is None
    assert default_scope(("api:read", "<x>")) == "api:read"


MIXED = """
openapi: 3.0.3
info: {title: Mixed, version: "1"}
security: [{key: []}]
paths:
  /default: {get: {responses: {"204": {description: done}}}}
  /oauth: {get: {security: [{oauth: [w]}], responses: {"204": {description: done}}}}
  /none: {get: {security: [], responses: {"204": {description: done}}}}
  /optional: {get: {security: [{}, {oauth: []}], responses: {"204": {description: done}}}}
  /either: {get: {security: [{basic: []}, {oauth: []}, {key: []}, {bearer: []}],
                  responses: {"204": {description: done}}}}
  /both: {get: {security: [{oauth: [], key: []}], responses: {"204": {description: done}}}}
  /unknown: {get: {security: [{basic: []}], responses: {"204": {description: done}}}}
components:
  securitySchemes:
    key: {type: apiKey, in: header, name: X-Key}
    basic: {type: http, scheme: basic}
    bearer: {type: http, scheme: bearer}
    oauth:
      type: oauth2
      flows: {clientCredentials: {tokenUrl: "https://auth.test/token", scopes: {w: write}}}
"""


def test_each_operation_names_the_kinds_its_alternatives_take_in_the_specs_order(
        write, load) -> None:
    api, _ = load(write("mixed.yaml", MIXED))
    assert credential_kinds(api) == ("api_key", "token")
    taken = {op.path: call_credentials(op, api) for op in api.operations}
    assert taken == {
        "/default": (("api_key",),),
        "/oauth": (("token",),),
        "/none": ((),),  # `security: []` of its own: nothing is sent
        "/optional": ((), ("token",)),  # sent when held, though it is optional
        # basic is not applied (nothing the client sends); bearer is a token too
        "/either": ((), ("token",), ("api_key",)),
        "/both": (("api_key", "token"),),
        "/unknown": ((),),  # only a scheme the client cannot apply: nothing of the client's
    }
    bare = MIXED.replace("security: [{key: []}]\n", "").replace(
        "  /none: {get: {security: [], responses: {\"204\": {description: done}}}}\n", "")
    api, _ = load(write("bare.yaml", bare))
    [default] = [op for op in api.operations if op.path == "/default"]
    assert call_credentials(default, api) == ()  # no requirement stated: the default


def test_a_client_of_one_kind_names_none(write, load) -> None:
    """A ready token and client credentials are one kind: the call stays as it was."""
    one = MIXED.replace("key: {type: apiKey, in: header, name: X-Key}", "")
    api, _ = load(write("one.yaml", one.replace("[{key: []}]", "[{bearer: []}]")))
    assert credential_kinds(api) == ("token",)
    assert all(call_credentials(op, api) == () for op in api.operations)
