"""The client constructor's credential arguments for the spec's auth, and the runtime call
that uses them; the credential kinds each operation takes when the client holds several;
the README's table of settings reads the same default scope."""

from __future__ import annotations

from generator.emit.escape import literal
from generator.model import ir


def auth_view(api: ir.Api, prefix: str) -> tuple[list[tuple[str, str, str]], str]:
    """Constructor keyword arguments for the spec's auth, and the runtime call that uses them.

    Every credential argument defaults to None, so the environment can supply it; the
    spec's token URL and scope are the defaults of last resort.
    """
    params: list[tuple[str, str, str]] = []
    args: list[str] = []
    if any(isinstance(a, (ir.BearerAuth, ir.OAuthClientCredentials)) for a in api.auth):
        params.append(("token", "str | None", "None"))
        args.append("token=token")
    for auth in api.auth:
        if isinstance(auth, ir.OAuthClientCredentials) and not any(
                p[0] == "client_id" for p in params):
            params += [("client_id", "str | None", "None"),
                       ("client_secret", "str | None", "None"),
                       ("token_url", "str | None", "None"),
                       ("scope", "str | None", "None")]
            args += ["client_id=client_id", "client_secret=client_secret",
                     "token_url=token_url", f"default_token_url={literal(auth.token_url)}",
                     "scope=scope", f"default_scope={literal(default_scope(auth.scopes))}"]
        elif isinstance(auth, ir.ApiKeyAuth) and not any(p[0] == "api_key" for p in params):
            params.append(("api_key", "str | None", "None"))
            args += ["api_key=api_key", f"api_key_name={literal(auth.wire_name)}",
                     f"api_key_in={literal(auth.location)}"]
    accepted = tuple(name for name, _, _ in params)
    required = bool(accepted) and bool(api.operations) and all(
        op.requires_credentials for op in api.operations)
    names = ", ".join(literal(name) for name in accepted) + ("," if len(accepted) == 1 else "")
    head = ["env_prefix=ENV_PREFIX", f"accepted=({names})",
            f"required={required}"]
    return params, f"_rt.choose_auth({', '.join(head + args)})"


def credential_kinds(api: ir.Api) -> tuple[str, ...]:
    """The kinds of credential the client takes, as the runtime names them: "token" (a ready
    token or OAuth client credentials, both sent as a bearer token) and "api_key"."""
    return tuple(dict.fromkeys(_kind(auth) for auth in api.auth))


def call_credentials(op: ir.Operation, api: ir.Api) -> tuple[tuple[str, ...], ...]:
    """The credential kinds each of `op`'s alternatives needs, in the spec's order, when the
    client takes more than one kind; else () (the call carries the client's one credential).

    An alternative's schemes the client cannot apply (basic, OpenID Connect) are left out of
    it, so one naming only those, or nothing (`{}`), is `()`: the runtime sends nothing for
    it when no other alternative's credentials are held (the caller's own headers stand). An
    operation with `security: []` of its own is `((),)`: nothing is sent, and no token is
    fetched for it. One under no requirement at all (a spec that states none) is `()`: the
    runtime's default, as a client of one kind would send.
    """
    if len(credential_kinds(api)) < 2:
        return ()
    if not op.security:
        return ((),) if op.own_security else ()
    kinds = {auth.scheme_name: _kind(auth) for auth in api.auth}
    found: list[tuple[str, ...]] = []
    for alternative in op.security:
        needed = tuple(sorted({kinds[name] for name in alternative.names if name in kinds}))
        if needed not in found:
            found.append(needed)
    return tuple(found)


def _kind(auth: ir.Auth) -> str:
    return "api_key" if isinstance(auth, ir.ApiKeyAuth) else "token"


def default_scope(scopes: tuple[str, ...]) -> str | None:
    """The spec's first scope, unless it is a placeholder such as `<instance>/urn:all`."""
    if not scopes or any(c in scopes[0] for c in "<>{}"):
        return None
    return scopes[0]
