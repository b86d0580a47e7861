"""Read paths, parameters, bodies, responses and security into IR operations."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from typing import Any

from generator.model import ir
from generator.model.schemas import SchemaConverter
from generator.model.security import requirements
from generator.read.refs import Located, Resolver, text_or_none

_PATH_VARIABLE = re.compile(r"\{([^{}/]+)\}")

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace", "query")
_LOCATIONS = ("path", "query", "header", "cookie", "querystring")
_METHOD_TOKEN = re.compile(r"[A-Za-z][A-Za-z0-9-]{0,31}")


class OperationReader:
    def __init__(self, resolver: Resolver, schemas: SchemaConverter,
                 origins: Mapping[str, str] | None = None) -> None:
        self.resolver = resolver
        self.schemas = schemas
        self.sink = resolver.sink
        # where a converted document's parameter entries stand in the one the user wrote
        self.origins = origins or {}

    def read_all(self) -> list[ir.Operation]:
        paths = self.resolver.root.data.get("paths") or {}
        operations: list[ir.Operation] = []
        if not isinstance(paths, dict):
            return operations
        for path in [p for p in paths if not str(p).startswith("x-")]:  # extensions
            if not str(path).startswith("/"):  # the client appends it to the base URL:
                # `.evil.example/x` or `@evil.example/x` would change the host
                self.sink.warn("bad-path", f"path key {str(path)!r} does not start with '/'; "
                               "skipped", self.resolver.root.name,
                               self.resolver.at_root("#/paths").child(path).pointer)
                continue
            item_here = self.resolver.follow(self.resolver.at_root("#/paths").child(path))
            if not isinstance(item_here.node, dict):
                continue
            if item_here.node.get("servers"):
                self.sink.warn("path-servers", "path-level servers are not used; the client's "
                               "base_url applies", item_here.doc.name, item_here.pointer)
            found = []
            for method in METHODS:
                if isinstance(item_here.node.get(method), dict):
                    found.append(self.read(path, method, item_here))
            found += self._additional(path, item_here)
            if "?" in str(path):
                found = [self._with_query(op, item_here) for op in found]
            operations += found
        taken: set[tuple[str, str]] = set()
        unique = []
        for op in operations:  # a key with a query string may name the path of another
            if (op.method, op.path) in taken:
                self.sink.warn("path-query", f"{op.method} {op.path} is declared twice (once "
                               "with a query string in its path key); the second is skipped",
                               self.resolver.root.name, op.pointer)
                continue
            taken.add((op.method, op.path))
            unique.append(op)
        return unique

    def _with_query(self, op: ir.Operation, item: Located) -> ir.Operation:
        """A path key with a query string (`/uploads?convert={convert}`, `/search?type=x`):
        the path is the part before `?`; each `name={param}` of the query is a query
        parameter (the declared `in: path` or `in: query` parameter `param`, else a string);
        fixed pairs stay in the path the client sends, which sends them as given."""
        path, _, query = op.path.partition("?")
        fixed: list[str] = []
        params = list(op.parameters)
        pairs = [p for p in query.split("&") if p]
        fixed_names = {p.partition("=")[0] for p in pairs if "{" not in p and "}" not in p}
        for fixed_one in [p for p in params
                          if p.location == "query" and p.wire_name in fixed_names]:
            params.remove(fixed_one)  # the path key fixes its value: sent as given, always
            self.sink.warn("path-query", f"query parameter {fixed_one.wire_name!r} is fixed by "
                           f"path key {op.path!r}; the fixed value is sent",
                           item.doc.name, item.pointer)
        taken = {p.wire_name for p in params if p.location == "query"} | fixed_names
        for pair in pairs:
            name, _, value = pair.partition("=")
            template = re.fullmatch(r"\{([^{}]+)\}", value)
            if template is None and "{" not in pair and "}" not in pair:
                fixed.append(pair)
                continue
            if template is None or not name or name in taken:
                self.sink.warn("path-query", f"query {pair!r} of path key {op.path!r} is "
                               "neither fixed nor `name={param}` of a name not yet sent; "
                               "not sent", item.doc.name, item.pointer)
                continue
            taken.add(name)
            var = template.group(1)
            declared = next((p for p in params if p.wire_name == var
                             and p.location in ("path", "query")), None)
            if declared is not None and "{" + var + "}" not in path:
                params.remove(declared)  # a variable the path itself uses stays there too
            params.append(ir.Parameter(name, "query", ir.Primitive("string"), True)
                          if declared is None else dataclasses.replace(
                              declared, wire_name=name, location="query", style="form",
                              explode=True))
        sent = path + ("?" + "&".join(fixed) if fixed else "")
        self.sink.warn("path-query", f"path key {op.path!r} carries a query string: the path "
                       f"is {path!r}, its query parameters are sent as query parameters",
                       item.doc.name, item.pointer)
        return dataclasses.replace(op, path=sent, parameters=tuple(params))

    def _additional(self, path: str, item: Located) -> list[ir.Operation]:
        """3.2's `additionalOperations`: methods without a field of their own (LINK, COPY)."""
        extra = item.node.get("additionalOperations")
        if not isinstance(extra, dict):
            return []
        found = []
        seen: set[str] = set()  # the client sends methods upper-cased: LINK and link are one
        for method, node in extra.items():
            here = item.child("additionalOperations", method)
            if not isinstance(node, dict) or not _METHOD_TOKEN.fullmatch(str(method)) \
                    or str(method).lower() in METHODS:
                self.sink.warn("bad-method", f"{method!r} is not an additional HTTP method; "
                               "skipped", here.doc.name, here.pointer)
                continue
            if str(method).upper() in seen:
                self.sink.warn("bad-method", f"{method!r} differs from an earlier method only "
                               "in case, and the client sends methods upper-cased; skipped",
                               here.doc.name, here.pointer)
                continue
            seen.add(str(method).upper())
            found.append(self.read(path, str(method), item, here))
        return found

    def read(self, path: str, method: str, item: Located,
             here: Located | None = None) -> ir.Operation:
        here = here or item.child(method)
        node = here.node
        if node.get("servers"):
            self.sink.warn("operation-servers", "operation-level servers are not used; the "
                           "client's base_url applies", here.doc.name, here.pointer)
        op_id = node.get("operationId") if isinstance(node.get("operationId"), str) else None
        # where its inline schemas stand: they are named after the operation
        place = ir.Place(None, (), (method.upper(), path))
        tags = node.get("tags")
        tag = tags[0] if isinstance(tags, list) and tags and isinstance(tags[0], str) else None
        return ir.Operation(
            operation_id=op_id,
            method=method.upper(),
            path=path,
            tag=tag,
            pointer=here.pointer,
            parameters=_undeclared(path, self._parameters(item, here, place), here.pointer),
            body=self._body(here, place),
            responses=self._responses(here, place),
            summary=text_or_none(node.get("summary")),
            description=text_or_none(node.get("description")),
            deprecated=node.get("deprecated") is True,
            security=requirements(node if "security" in node else self.resolver.root.data),
            own_security="security" in node,
        )

    def _parameters(self, item: Located, here: Located,
                    place: ir.Place) -> tuple[ir.Parameter, ...]:
        """Path-item parameters first, overridden by the operation's own (same name and in)."""
        found: dict[tuple[str, str], ir.Parameter] = {}
        for owner in (item, here):
            raw = owner.node.get("parameters")
            if not isinstance(raw, list):
                continue
            for index in range(len(raw)):
                entry = owner.child("parameters", index)
                param = self._parameter(self.resolver.follow(entry), place)
                if param is not None:
                    where = self.resolver.key(entry)
                    param = dataclasses.replace(param, pointer=self.origins.get(where, where))
                    found[(param.location, param.wire_name)] = param
        return tuple(found.values())

    def _parameter(self, here: Located, operation: ir.Place) -> ir.Parameter | None:
        """One parameter; `operation` is where its inline schemas stand (they are named
        after the operation and the parameter)."""
        node = here.node
        name, location = node.get("name"), node.get("in")
        if not isinstance(name, str) or location not in _LOCATIONS:
            self.sink.warn("bad-parameter", "parameter without a name or location; skipped",
                           here.doc.name, here.pointer)
            return None
        if location == "header" and name.lower() in ("accept", "content-type", "authorization"):
            self.sink.warn("ignored-header", f"header parameter {name!r} is set by the client",
                           here.doc.name, here.pointer)
            return None
        if location == "querystring":
            return self._querystring(here, name, operation.child(name))
        if "schema" in node:
            schema_type = self.schemas.convert(here.child("schema"), operation.child(name))
        elif isinstance(node.get("content"), dict) and node["content"]:
            media = _preferred_media([str(each) for each in node["content"]])  # see metaschema
            schema_type = self.schemas.convert(here.child("content", media, "schema"),
                                               operation.child(name)) \
                if isinstance(node["content"][media], dict) and "schema" in node["content"][media] \
                else ir.AnyType()
        else:
            schema_type = ir.AnyType()
        style = node.get("style") if isinstance(node.get("style"), str) else \
            ("form" if location in ("query", "cookie") else "simple")
        explode = node.get("explode", style == "form")
        return ir.Parameter(
            wire_name=name,
            location=location,
            type=schema_type,
            required=node.get("required") is True or location == "path",
            description=text_or_none(node.get("description")),
            deprecated=node.get("deprecated") is True,
            explode=explode is True,
            style=style,
        )

    def _querystring(self, here: Located, name: str, place: ir.Place) -> ir.Parameter:
        """3.2's `in: querystring`: one object whose properties make the whole query string.

        Sent as an exploded form-style query object; a media type other than form
        encoding (or a schema that is not an object) is sent the same way, with a warning.
        """
        content = here.node.get("content")
        media = next(iter(content), None) if isinstance(content, dict) else None
        media_here = self.resolver.follow(here.child("content", media)) if media else None
        schema_type: ir.Type = ir.MapType(ir.AnyType())
        if media_here and isinstance(media_here.node, dict) and "schema" in media_here.node:
            schema_type = self.schemas.convert(media_here.child("schema"), place)
        if media != "application/x-www-form-urlencoded" or not _is_object(
                schema_type, self.schemas.definitions):
            self.sink.warn("querystring-form", f"querystring {name!r} ({media}) is sent as "
                           "form-encoded query parameters", here.doc.name, here.pointer)
        return ir.Parameter(name, "query", schema_type, here.node.get("required") is True,
                            text_or_none(here.node.get("description")),
                            here.node.get("deprecated") is True, explode=True, style="form")

    def _body(self, here: Located, place: ir.Place) -> ir.RequestBody | None:
        if not isinstance(here.node.get("requestBody"), dict):
            return None
        body_here = self.resolver.follow(here.child("requestBody"))
        content = body_here.node.get("content")
        if not isinstance(content, dict) or not content:
            return None
        media = _preferred_media(list(content))
        kind = _body_kind(media)
        media_here = self.resolver.follow(body_here.child("content", media))  # 3.2: may be a $ref
        if isinstance(media_here.node, dict) and "schema" in media_here.node:
            body_type = self.schemas.convert(media_here.child("schema"),
                                             place.child("Request"))
        else:
            body_type = ir.Primitive("string", "binary") if kind == "binary" else ir.AnyType()
        if len(content) > 1:
            self.sink.warn("many-request-media", f"request body offers {len(content)} media "
                           f"types; {media!r} is used", here.doc.name, body_here.pointer)
        return ir.RequestBody(media, kind, body_type, body_here.node.get("required") is True,
                              text_or_none(body_here.node.get("description")))

    def _responses(self, here: Located, place: ir.Place) -> tuple[ir.Response, ...]:
        raw = here.node.get("responses")
        if not isinstance(raw, dict):
            return ()
        responses: list[ir.Response] = []
        # `x-` keys beside the status codes are extensions, not responses
        statuses = [s for s in raw if not str(s).startswith("x-")]
        for status in statuses:
            response_here = self.resolver.follow(here.child("responses", status))
            node = response_here.node if isinstance(response_here.node, dict) else {}
            content = node.get("content")
            if not isinstance(content, dict) or not content:
                responses.append(ir.Response(str(status), "empty", None, None,
                                             text_or_none(node.get("description"))))
                continue
            media = _preferred_media(list(content))
            kind = _response_kind(media)
            media_here = self.resolver.follow(response_here.child("content", media))
            if kind == "binary":
                resp_type: ir.Type = ir.Primitive("string", "binary")
            elif isinstance(media_here.node, dict) and "schema" in media_here.node:
                resp_type = self.schemas.convert(media_here.child("schema"),
                                                 place.of_response(str(status)))
            else:
                resp_type = ir.Primitive("string") if kind == "text" else ir.AnyType()
            headers = node.get("headers")
            # a Content-Type header here is one OpenAPI says to ignore (read/refs.py)
            names = {h.lower() for h in headers} - {"content-type"} \
                if isinstance(headers, dict) else set()
            responses.append(ir.Response(
                str(status), kind, resp_type, media, text_or_none(node.get("description")),
                tuple(sorted(names)), _media_example(media_here.node)))
        return tuple(responses)


def _undeclared(path: str, params: tuple[ir.Parameter, ...],
                pointer: str) -> tuple[ir.Parameter, ...]:
    """`params` and a required string for each variable of the path (before any `?`) that
    none declares: the client must fill it in to reach the operation at all (the
    validator's 'Path parameter ... was not resolved', a warning: see metaschema)."""
    declared = {p.wire_name for p in params if p.location == "path"}
    missing = dict.fromkeys(v for v in _PATH_VARIABLE.findall(path.partition("?")[0])
                            if v not in declared)
    return params + tuple(ir.Parameter(name, "path", ir.Primitive("string"), True,
                                       explode=False, style="simple", pointer=pointer)
                          for name in missing)


def _preferred_media(media_types: list[str]) -> str:
    for media in media_types:
        if _body_kind(media) == "json":
            return media
    return media_types[0]


def _body_kind(media: str) -> ir.BodyKind:
    media = media.split(";")[0].strip().lower()
    if media == "application/json" or media.endswith("+json") or media == "*/*":
        return "json"
    if media == "application/x-www-form-urlencoded":
        return "form"
    if media.startswith("multipart/"):
        return "multipart"
    if media.startswith("text/"):
        return "text"
    return "binary"


def _media_example(media_node: Any) -> Any:
    """A media type's `example`, else the value of its first `examples` entry (or None)."""
    if not isinstance(media_node, dict):
        return None
    if media_node.get("example") is not None:
        return media_node["example"]
    examples = media_node.get("examples")
    if isinstance(examples, dict):
        for entry in examples.values():
            if isinstance(entry, dict) and entry.get("value") is not None:
                return entry["value"]
    return None


def _response_kind(media: str) -> ir.ResponseKind:
    kind = _body_kind(media)
    if kind in ("json", "text", "binary"):
        return kind
    return "json"


def _is_object(t: ir.Type, definitions: dict[str, ir.Definition]) -> bool:
    inner = ir.without_null(t)
    return isinstance(inner, ir.MapType) or (
        isinstance(inner, ir.Ref) and isinstance(definitions.get(inner.key), ir.ObjectDef))
