"""What a package's README shows about using the client, decided from the spec.

The constructor's arguments, the environment variables the spec's auth reads, a call, a
paged call and the options, each drawn from the package's own operations. Every Python line
here is meant to run as written against the package's MockApi (tests/integration/
test_readme_examples.py runs them). Spec text enters Python only through `literal()`; a
value shown in a shell line is quoted by shlex.quote and is one line.
"""

from __future__ import annotations

import json
import re
import shlex
import textwrap
from dataclasses import dataclass

from generator.emit.auth import credential_kinds, default_scope
from generator.emit.escape import literal
from generator.emit.methods import grouped
from generator.emit.testkit import minimal_value
from generator.model import ir
from generator.model.servers import base_path, server_url_problem
from generator.names.assign import Names, OperationNames

# what the runtime reads for each constructor argument: `<PREFIX>_<NAME>` (runtime.ENV_NAMES)
_ENV_NAMES = {"base_url": "BASE_URL", "token": "API_TOKEN", "api_key": "API_KEY",
              "client_id": "CLIENT_ID", "client_secret": "CLIENT_SECRET",
              "token_url": "TOKEN_URL", "scope": "SCOPE"}


@dataclass(frozen=True)
class EnvVar:
    """One row of the README's table of environment variables."""

    name: str  # `<PREFIX>_API_TOKEN`
    argument: str  # the constructor's keyword it stands in for
    note: str  # what it sets (README text written here)
    default: str | None = None  # the spec's value it falls back to (spec text: escape it)


@dataclass(frozen=True)
class PagedExample:
    call: str  # `client.<group>.<method>_iter(...)`
    method: str  # the plain method it pages
    param: str  # the query parameter the iterator fills in itself
    count: str  # how many operations of the package page: `1 operation pages`


@dataclass(frozen=True)
class ReadmeView:
    client_args: str  # the constructor's arguments in the examples, as Python source
    credential_args: str  # only the credentials of those (a client given its own base URL)
    env: list[EnvVar]
    exports: list[str]  # `export NAME=value` lines of the environment example
    call: str | None  # a call that needs no arguments, `client.<group>.<method>()`
    paged: PagedExample | None
    options_client_args: str = ""  # the constructor's arguments with timeout and retries
    options_calls: tuple[str, ...] = ()  # that call through with_options and with options
    mcp_config: str = ""  # an MCP client's stdio entry for `python -m <pkg>.mcp`, JSON text
    # how a client holding several kinds of credential chooses per call ("" for one kind)
    per_operation_auth: str = ""


def readme_view(api: ir.Api, names: Names, prefix: str,
                auth_params: list[tuple[str, str, str]], package: str = "") -> ReadmeView:
    accepted = [name for name, _, _ in auth_params]
    base = _usable_url(api.base_url)
    placeholder = _base_placeholder(api.base_url)
    credentials = _credential_args(api, accepted)
    env = _env_vars(api, prefix, accepted, base)
    settings = [(f"{prefix}_BASE_URL", base or placeholder)]
    settings += [(f"{prefix}_{_ENV_NAMES[name]}", value) for name, value in credentials]
    exports = [_export(name, value) for name, value in settings]
    given = [] if base else [f"base_url={literal(placeholder)}"]
    given += [f"{name}={literal(value)}" for name, value in credentials]
    operations = [entry for group in grouped(api, names).values() for entry in group]
    call = _simple_call(operations)
    return ReadmeView(
        client_args=", ".join(given),
        credential_args=", ".join(f"{name}={literal(value)}" for name, value in credentials),
        env=env, exports=exports,
        call=call, paged=_paged(operations, api),
        options_client_args=", ".join([*given, "timeout=30.0", "max_retries=2"]),
        options_calls=_options_calls(call) if call else (),
        mcp_config=mcp_config(package, prefix, settings) if package else "",
        per_operation_auth=_per_operation_auth(api, accepted))


def _per_operation_auth(api: ir.Api, accepted: list[str]) -> str:
    """For a spec whose operations need different kinds of credential: give each, and every
    call sends the one its operation takes (runtime.PerOperationAuth); else ""."""
    if len(credential_kinds(api)) < 2:
        return ""
    token = "`token` (or `client_id` and `client_secret`)" if "client_id" in accepted \
        else "`token`"
    return textwrap.fill(
        f"This API's operations need different credentials: give {token} and `api_key` "
        "(arguments or variables), and each call sends the one its operation accepts, the "
        "first of its `security` alternatives the client holds. An operation that needs "
        "none (`security: []`), or whose alternatives the client holds nothing for (only "
        "schemes it cannot apply, or `{}`), is sent without credentials; one under no "
        "requirement at all gets the token, else the API key.",
        width=100, break_long_words=False, break_on_hyphens=False)


def mcp_config(package: str, prefix: str, settings: list[tuple[str, str]]) -> str:
    """The `mcpServers` entry an MCP client (Claude Desktop, Cursor, VS Code...) needs to
    start the package's server over stdio, as JSON text; the base URL is spec text, so no
    backtick survives to end the README's code block."""
    name = prefix.lower().replace("_", "-") or package
    entry = {"command": "python", "args": ["-m", f"{package}.mcp"], "env": dict(settings)}
    text = json.dumps({"mcpServers": {name: entry}}, indent=2, ensure_ascii=True)
    return text.replace("`", "\\u0060")


def _options_calls(call: str) -> tuple[str, ...]:
    """`call` through a with_options copy, then with every per-call option but extra_body
    (the call has no body)."""
    options = "timeout=5.0, max_retries=0, extra_headers={'X-Trace': 'readme'}, " \
              "extra_query={'trace': '1'}"
    return ("patient." + call.removeprefix("client."), f"{call[:-1]}{options})")


def _usable_url(url: str) -> str | None:
    """The spec's server when a client can use it as it stands (servers.server_url_problem,
    the rule generation warns by and the runtime's twin)."""
    return url if url and server_url_problem(url) is None else None


def _base_placeholder(url: str) -> str:
    """A base URL to fill in when the spec's is relative or missing (its path kept when a
    base URL can end with it)."""
    return "https://..." + base_path(url)


def _credential_args(api: ir.Api, accepted: list[str]) -> list[tuple[str, str]]:
    """The credential arguments of the examples: the client credentials when the spec has
    OAuth (and the token URL when the spec's is a pattern), else a token or an API key; and
    the API key too when the spec's operations need different kinds."""
    args: list[tuple[str, str]] = []
    if "client_id" in accepted:
        args += [("client_id", "..."), ("client_secret", "...")]
        oauth = _oauth(api)
        url = oauth.token_url if oauth is not None else ""
        if not url or "{" in url:
            args.append(("token_url", _token_url_placeholder(url)))
    else:
        args += [(name, "...") for name in ("token", "api_key") if name in accepted][:1]
    if len(credential_kinds(api)) > 1:  # operations need different kinds: give each
        args.append(("api_key", "..."))
    return args


def _oauth(api: ir.Api) -> ir.OAuthClientCredentials | None:
    return next((a for a in api.auth if isinstance(a, ir.OAuthClientCredentials)), None)


def _token_url_placeholder(url: str) -> str:
    """The spec's token URL pattern with `...` for each variable (`https://.../oauth2/v1/token`)."""
    filled = re.sub(r"\{[^{}]*\}", "...", url)
    return filled if _usable_url(filled) else "https://.../oauth2/token"


def _env_vars(api: ir.Api, prefix: str, accepted: list[str], base: str | None) -> list[EnvVar]:
    def row(argument: str, note: str, default: str | None = None) -> EnvVar:
        return EnvVar(f"{prefix}_{_ENV_NAMES[argument]}", argument, note, default)

    rows = [row("base_url", "the server; default", base) if base else
            row("base_url", "the server; required: the spec names none a client can use")]
    oauth = _oauth(api)
    if "token" in accepted:
        rows.append(row("token", "a ready access token (it wins over client credentials)"
                        if oauth else "the bearer token"))
    if "client_id" in accepted and oauth is not None:
        rows += [row("client_id", f"OAuth 2.0 client credentials (with {prefix}_CLIENT_SECRET)"),
                 row("client_secret", "the client's secret")]
        if "{" in oauth.token_url or not oauth.token_url:
            rows.append(row("token_url", "where tokens come from; required, the spec's is a "
                            "pattern", oauth.token_url or None))
        else:
            rows.append(row("token_url", "where tokens come from; default", oauth.token_url))
        scope = default_scope(oauth.scopes)  # what the client falls back to
        rows.append(row("scope", "the scope asked for; default" if scope
                        else "the scope asked for (none by default)", scope))
    if "api_key" in accepted:
        key = next(a for a in api.auth if isinstance(a, ir.ApiKeyAuth))
        rows.append(row("api_key", f"the API key, sent as the {key.location}", key.wire_name))
    return rows


def _export(name: str, value: str) -> str:
    return f"export {name}={shlex.quote(value)}"


def _needs_nothing(op: ir.Operation, skip: str | None = None) -> bool:
    """Whether a call can go without arguments (`skip`: the parameter an iterator fills)."""
    return not any(p.required and not (p.location == "query" and p.wire_name == skip)
                   for p in op.parameters) and not (op.body and op.body.required)


def _simple_call(operations: list[tuple[ir.Operation, OperationNames]]) -> str | None:
    """A GET that needs no arguments (a GET: retried, and the same as the testing example)."""
    for op, names in operations:
        if op.method == "GET" and _needs_nothing(op):
            return f"{names.call}()"
    return None


def _paged(operations: list[tuple[ir.Operation, OperationNames]],
           api: ir.Api) -> PagedExample | None:
    """The first paged operation that needs no arguments, else the first that needs no
    body, else the first whose body has a minimal value; its required parameters (and body)
    given their minimal values, so the example runs. None when no paged operation has one."""
    paged = [(op, names) for op, names in operations
             if op.paging is not None and names.iterator is not None]
    bodies = {id(op): _minimal_body(op, api) for op, _ in paged}
    usable = [e for e in paged if not (e[0].body and e[0].body.required)]
    usable += [e for e in paged if bodies[id(e[0])] is not None]
    if not usable:
        return None
    op, names = next((e for e in usable if _needs_nothing(e[0], _page_param(e[0]))),
                     usable[0])
    args = [f"{names.arguments[(p.location, p.wire_name)]}={_minimal(p.type, api)}"
            for p in sorted(op.parameters, key=lambda p: not p.required)
            if p.required and not (p.location == "query" and p.wire_name == _page_param(op))]
    if op.body is not None and op.body.required:
        args.append(f"body={bodies[id(op)]}")
    count = f"{len(paged)} operations page" if len(paged) > 1 else "1 operation pages"
    return PagedExample(f"client.{names.group}.{names.iterator}({', '.join(args)})",
                        names.method, _page_param(op) or "", count)


def _minimal_body(op: ir.Operation, api: ir.Api) -> str | None:
    """A required JSON body's minimal value (the testing kit's) as Python source, or None."""
    if op.body is None or not op.body.required or op.body.kind != "json":
        return None
    value = minimal_value(op.body.type, api)
    return None if value is None else _source(value)


def _source(value: object) -> str | None:
    """JSON data as Python source (spec text only through literal()), None for no value."""
    if isinstance(value, dict):
        items = [(literal(k), _source(v)) for k, v in value.items() if isinstance(k, str)]
        if any(v is None for _, v in items):
            return None
        return "{" + ", ".join(f"{k}: {v}" for k, v in items) + "}"
    if isinstance(value, list):
        parts = [_source(v) for v in value]
        return None if any(p is None for p in parts) else "[" + ", ".join(map(str, parts)) + "]"
    if value is None or isinstance(value, (str, int, float, bool)):
        return literal(value)
    return None


def _page_param(op: ir.Operation) -> str | None:
    return op.paging.request_param if op.paging else None


def _minimal(t: ir.Type, api: ir.Api) -> str:
    """A valid value of a parameter's type as Python source (`"..."` when there is none)."""
    value = minimal_value(t, api)
    return literal(value) if isinstance(value, (str, int, float, bool)) else literal("...")
