"""Swagger 2.0 -> OpenAPI 3.0, so every later stage sees one version.

The conversion is structural (what the 3.0 spec's own migration notes describe): servers
from host/basePath/schemes, components from definitions/parameters/responses, body and
formData parameters become request bodies, `produces` gives response media types,
collectionFormat becomes style/explode. It runs after the 2.0 document validated.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

from generator.pointer import pointer, unescape
from generator.read.walk import nodes

_REF_PREFIXES = {
    "#/definitions/": "#/components/schemas/",
    "#/parameters/": "#/components/parameters/",
    "#/responses/": "#/components/responses/",
}
_METHODS = ("get", "put", "post", "delete", "options", "head", "patch")
_SCHEMA_KEYS = ("type", "format", "items", "enum", "default", "minimum", "maximum",
                "minLength", "maxLength", "pattern", "minItems", "maxItems", "uniqueItems",
                "multipleOf", "exclusiveMinimum", "exclusiveMaximum")


@dataclass(frozen=True)
class Conversion:
    """The 3.0 document, and where its parameter entries stand in the 2.0 one.

    `origins` maps the pointer of each parameter entry in `data` to its entry in the
    document the user wrote: the lists differ (body and formData parameters leave them,
    the path item's are merged into each operation's), so the indices do.
    """

    data: dict[str, Any]
    origins: dict[str, str]


def convert(swagger: dict[str, Any]) -> Conversion:
    """An OpenAPI 3.0.3 document with the meaning of the Swagger 2.0 `swagger`."""
    doc = _rewrite(copy.deepcopy(swagger))
    origins: dict[str, str] = {}
    consumes = doc.get("consumes") or ["application/json"]
    produces = doc.get("produces") or ["application/json"]
    out: dict[str, Any] = {"openapi": "3.0.3", "info": doc.get("info", {}), "paths": {}}
    for key in ("tags", "security", "externalDocs"):
        if key in doc:
            out[key] = doc[key]
    if doc.get("host") or doc.get("basePath"):
        scheme = (doc.get("schemes") or ["https"])[0]
        host = doc.get("host")
        base = str(doc.get("basePath") or "")
        out["servers"] = [{"url": f"{scheme}://{host}{base}" if host else base or "/"}]
    shared_params = doc.get("parameters") or {}
    components: dict[str, Any] = {
        "schemas": doc.get("definitions") or {},
        "parameters": {k: _parameter(v) for k, v in shared_params.items()
                       if isinstance(v, dict) and v.get("in") not in ("body", "formData")},
        "responses": {k: _response(v, produces) for k, v in (doc.get("responses") or {}).items()},
        "securitySchemes": {k: _security(v) for k, v in
                            (doc.get("securityDefinitions") or {}).items()},
    }
    out["components"] = {k: v for k, v in components.items() if v}
    for path, item in (doc.get("paths") or {}).items():
        if not isinstance(item, dict) or str(path).startswith("x-"):
            continue
        new_item: dict[str, Any] = {}
        common = _resolve_all(item.get("parameters") or [], shared_params,
                              pointer("paths", path, "parameters"))
        plain = [(p, where) for p, where in common if p.get("in") not in ("body", "formData")]
        if plain:
            new_item["parameters"] = [_parameter(p) for p, _ in plain]
            origins.update(_origins(pointer("paths", path, "parameters"), plain))
        for method in _METHODS:
            if isinstance(item.get(method), dict):
                here = pointer("paths", path, method)
                new_item[method], own = _operation(item[method], common, shared_params,
                                                   consumes, produces, here)
                origins.update(_origins(here + "/parameters", own))
        out["paths"][path] = new_item
    return Conversion(out, origins)


def _origins(converted: str, params: list[tuple[dict[str, Any], str]]) -> dict[str, str]:
    return {f"{converted}/{index}": where for index, (_, where) in enumerate(params)}


def _operation(op: dict[str, Any], common: list[tuple[dict[str, Any], str]],
               shared: dict[str, Any], consumes: list[str], produces: list[str],
               here: str) -> tuple[dict[str, Any], list[tuple[dict[str, Any], str]]]:
    """The 3.0 operation, and its parameter list's entries with where each was written."""
    located = _resolve_all(op.get("parameters") or [], shared, here + "/parameters")
    own = {(p.get("in"), p.get("name")) for p, _ in located}
    located = [(p, w) for p, w in common if (p.get("in"), p.get("name")) not in own] + located
    params = [p for p, _ in located]
    out = {k: v for k, v in op.items()
           if k not in ("parameters", "responses", "consumes", "produces", "schemes")}
    plain = [(p, w) for p, w in located if p.get("in") not in ("body", "formData")]
    if plain:
        out["parameters"] = [_parameter(p) for p, _ in plain]
    media_in = op.get("consumes") or consumes
    body = next((p for p in params if p.get("in") == "body"), None)
    form = [p for p in params if p.get("in") == "formData"]
    if body is not None:
        media = next((m for m in media_in if "json" in m), media_in[0])
        out["requestBody"] = {"content": {media: {"schema": body.get("schema", {})}},
                              "required": body.get("required") is True}
        if body.get("description"):
            out["requestBody"]["description"] = body["description"]
    elif form:
        has_file = any(p.get("type") == "file" for p in form)
        media = "multipart/form-data" if has_file or "multipart/form-data" in media_in \
            else "application/x-www-form-urlencoded"
        schema = {"type": "object",
                  "properties": {p["name"]: _schema_of(p) for p in form if "name" in p}}
        required = [p["name"] for p in form if p.get("required") is True and "name" in p]
        if required:
            schema["required"] = required
        out["requestBody"] = {"content": {media: {"schema": schema}},
                              "required": bool(required)}
    media_out = op.get("produces") or produces
    out["responses"] = {str(code): r if str(code).startswith("x-") else _response(r, media_out)
                        for code, r in (op.get("responses") or {}).items()}
    return out, plain


def _parameter(param: dict[str, Any]) -> dict[str, Any]:
    if "$ref" in param:
        return param
    out: dict[str, Any] = {k: param[k] for k in ("name", "in", "description", "required",
                                                 "deprecated") if k in param}
    out["schema"] = _schema_of(param)
    fmt = param.get("collectionFormat")
    if param.get("type") == "array" and fmt:
        out["explode"] = fmt == "multi"
        if fmt in ("ssv", "pipes"):
            out["style"] = {"ssv": "spaceDelimited", "pipes": "pipeDelimited"}[fmt]
    return out


def _schema_of(param: dict[str, Any]) -> dict[str, Any]:
    schema = {k: param[k] for k in _SCHEMA_KEYS if k in param}
    if schema.get("type") == "file":
        return {"type": "string", "format": "binary"}
    return schema


def _response(response: Any, produces: list[str]) -> Any:
    if not isinstance(response, dict) or "$ref" in response:
        return response
    out: dict[str, Any] = {"description": response.get("description", "")}
    schema = response.get("schema")
    if schema is not None:
        is_file = isinstance(schema, dict) and schema.get("type") == "file"
        media = produces[0] if is_file else next((m for m in produces if "json" in m),
                                                 produces[0])
        out["content"] = {media: {"schema": {"type": "string", "format": "binary"}
                                  if is_file else schema}}
    headers = response.get("headers")
    if isinstance(headers, dict):
        out["headers"] = {k: {"schema": _schema_of(v), **(
            {"description": v["description"]} if "description" in v else {})}
            for k, v in headers.items() if isinstance(v, dict)}
    return out


def _security(scheme: dict[str, Any]) -> dict[str, Any]:
    kind = scheme.get("type")
    if kind == "basic":
        return {"type": "http", "scheme": "basic"}
    if kind == "oauth2":
        flow = scheme.get("flow")
        scopes = scheme.get("scopes") or {}
        if flow == "application":
            return {"type": "oauth2", "flows": {"clientCredentials": {
                "tokenUrl": scheme.get("tokenUrl", ""), "scopes": scopes}}}
        name = {"implicit": "implicit", "password": "password",
                "accessCode": "authorizationCode"}.get(str(flow), "implicit")
        flow_out = {"scopes": scopes}
        for key in ("authorizationUrl", "tokenUrl"):
            if key in scheme:
                flow_out[key] = scheme[key]
        return {"type": "oauth2", "flows": {name: flow_out}}
    return {k: v for k, v in scheme.items() if k in ("type", "name", "in", "description")}


def _resolve_all(params: list[Any], shared: dict[str, Any],
                 where: str) -> list[tuple[dict[str, Any], str]]:
    """Parameters with local `#/components/parameters/X` refs looked up (body ones too),
    each with the pointer of its entry in the list at `where`."""
    found = []
    for index, param in enumerate(params):
        entry = f"{where}/{index}"
        if isinstance(param, dict) and isinstance(param.get("$ref"), str):
            name = unescape(param["$ref"].rsplit("/", 1)[-1])
            target = shared.get(name)
            if isinstance(target, dict) and target.get("in") in ("body", "formData"):
                found.append((target, entry))
                continue
        if isinstance(param, dict):
            found.append((param, entry))
    return found


def _rewrite(document: dict[str, Any]) -> dict[str, Any]:
    """Move refs to their 3.0 homes and 2.0-only schema words to their 3.0 forms.

    Only keyword positions are touched (walk.nodes): a property named `example` or
    `x-nullable` is a schema to rewrite, an example value is data to leave alone.
    """
    for node, _ in nodes(document):
        ref = node.get("$ref")
        if isinstance(ref, str):
            for old, new in _REF_PREFIXES.items():
                if ref.startswith(old):
                    node["$ref"] = new + ref[len(old):]
        if node.get("x-nullable") is True:
            node["nullable"] = True
    return document
