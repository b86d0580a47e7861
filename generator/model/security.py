"""Read security: the schemes a spec declares and the requirements it states.

Two readings of the declared schemes: the ones the generated client can apply (`read_auth`,
for the client's constructor) and every one summed up by what a request must carry
(`read_schemes`, for the diff), so a change to a scheme the client cannot apply still shows.
"""

from __future__ import annotations

from typing import Any

from generator.diagnostics import pointer
from generator.model import ir
from generator.read.refs import Located, Resolver


def requirements(owner: dict[str, Any]) -> tuple[ir.SecurityRequirement, ...]:
    """The `security` list of a document or an operation, alternatives in the spec's order."""
    listed = owner.get("security")
    if not isinstance(listed, list):
        return ()
    return tuple(_requirement(alternative) for alternative in listed
                 if isinstance(alternative, dict))


def _requirement(alternative: dict[Any, Any]) -> ir.SecurityRequirement:
    schemes = []
    for name in sorted(alternative, key=str):
        scopes = alternative[name]
        schemes.append((str(name), tuple(str(s) for s in scopes)
                        if isinstance(scopes, list) else ()))
    return ir.SecurityRequirement(tuple(schemes))


def read_schemes(resolver: Resolver) -> tuple[ir.SecurityScheme, ...]:
    """Every declared scheme, applied by the client or not; descriptions are left out."""
    return tuple(ir.SecurityScheme(name, _summary(here.node if isinstance(here.node, dict)
                                                  else {}), entry)
                 for name, entry, here in _declared(resolver))


def _summary(node: dict[str, Any]) -> str:
    kind = str(node.get("type"))
    if kind == "http":
        return f"http {str(node.get('scheme', '')).lower()}"
    if kind == "apiKey":
        return f"apiKey {node.get('name')} in {node.get('in')}"
    if kind == "oauth2" and isinstance(node.get("flows"), dict):
        flows = [f"{flow} {spec.get('tokenUrl') or spec.get('authorizationUrl') or ''}".strip()
                 for flow, spec in sorted(node["flows"].items()) if isinstance(spec, dict)]
        return f"oauth2 {', '.join(flows)}"
    return f"{kind} {node.get('openIdConnectUrl', '')}".strip()


def read_auth(resolver: Resolver) -> tuple[ir.Auth, ...]:
    """The security schemes the client can apply, in the order the spec lists them."""
    found: list[ir.Auth] = []
    for name, _, here in _declared(resolver):
        node = here.node if isinstance(here.node, dict) else {}
        kind = node.get("type")
        if kind == "http" and str(node.get("scheme", "")).lower() == "bearer":
            found.append(ir.BearerAuth(name))
        elif kind == "oauth2" and isinstance(node.get("flows"), dict) \
                and isinstance(node["flows"].get("clientCredentials"), dict):
            flow = node["flows"]["clientCredentials"]
            scopes = flow.get("scopes") if isinstance(flow.get("scopes"), dict) else {}
            found.append(ir.OAuthClientCredentials(name, str(flow.get("tokenUrl", "")),
                                                   tuple(str(s) for s in scopes)))
        elif kind == "apiKey" and node.get("in") in ("header", "query", "cookie"):
            if any(isinstance(a, ir.ApiKeyAuth) for a in found):
                resolver.sink.warn("unsupported-auth", f"only the first apiKey scheme is applied; "
                                   f"send {name!r} through default_headers", here.doc.name,
                                   here.pointer)
                continue
            found.append(ir.ApiKeyAuth(name, str(node.get("name", "")), node["in"]))
        else:
            resolver.sink.warn("unsupported-auth", f"security scheme {name!r} ({kind}) is not "
                               "applied; pass headers yourself", here.doc.name, here.pointer)
    return tuple(found)


def _declared(resolver: Resolver) -> list[tuple[str, str, Located]]:
    """(name, pointer of its entry, the scheme with `$ref`s followed) for each scheme."""
    data = resolver.root.data
    components = data.get("components")
    schemes = components.get("securitySchemes") if isinstance(components, dict) else None
    if not isinstance(schemes, dict):
        return []
    found = []
    for name, node in schemes.items():
        entry = pointer("components", "securitySchemes", name)
        found.append((str(name), entry, resolver.follow(Located(node, resolver.root, entry))))
    return found
