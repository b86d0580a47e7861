"""Load, check and resolve a spec into the IR: the first half of the pipeline."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from generator.diagnostics import Sink, SpecError, pointer
from generator.model import ir
from generator.model.operations import OperationReader
from generator.model.pagination import with_paging
from generator.model.schemas import SchemaConverter
from generator.model.security import read_auth, read_schemes, requirements
from generator.model.servers import server_url_problem
from generator.read import openapi32, swagger2
from generator.read.loader import MAX_LINES_TEXT, Document, Lines, line_of, read_document
from generator.read.refs import Located, Resolver
from generator.read.validity import Validation

Validate = Callable[[Document, str, Sink, Resolver], None]


def load_api(path: Path, sink: Sink, paging: dict[str, Any] | None = None,
             paging_source: str = "pagination config", validate: Validate | None = None,
             ref_root: Path | None = None, overlays: Sequence[Path] = ()) -> ir.Api:
    """Read, validate and resolve the spec at `path`; raise SpecError on any error.

    `paging` is the spec's pagination config (see pagination.with_paging); without one,
    operations page by pagination.CONVENTIONS.
    `validate` replaces the validation step (generate() passes one that may run beside the
    rest and be waited for later); by default the spec is validated here. `ref_root`: the
    folder below which `$ref`s may reach files (default: the spec's own folder).
    `overlays`: Overlay files applied in order to the document as read (read/overlay.py).
    """
    document = read_document(path, sink)
    if overlays:
        from generator.read.overlay import apply_overlays  # jsonpath only when there are any

        document = apply_overlays(document, overlays, sink).document
    version = _version(document, sink)
    converted = version == "2.0"
    resolver = Resolver(document, sink, ref_root)
    resolver.check_all()
    (validate or _validate)(document, version, sink, resolver)
    origins: dict[str, str] = {}
    if version == "2.0":
        conversion = swagger2.convert(document.data)
        _warn_unusable(_base_url(conversion.data), sink, document.name,
                       _swagger2_server(document.data))
        document = dataclasses.replace(document, data=conversion.data)
        origins = conversion.origins
        sink.note("swagger-2", "Swagger 2.0 converted to OpenAPI 3.0; later pointers refer to "
                  "the converted document (#/definitions/X is #/components/schemas/X)",
                  document.name)
        resolver = Resolver(document, sink, ref_root)
        version = "3.0.3"
    else:
        _warn_unusable(_base_url(document.data), sink, document.name,
                       pointer("servers", 0, "url"))
    if version.startswith("3.2"):
        openapi32.warn_unexpressed(document.data, document.name, sink)
    schemas = SchemaConverter(resolver, version)
    operations = OperationReader(resolver, schemas, origins).read_all()
    named = _named_schemas(resolver, schemas)
    info = document.data.get("info") if isinstance(document.data.get("info"), dict) else {}
    api = with_paging(ir.Api(
        title=str(info.get("title") or "API"),
        version=str(info.get("version") or ""),
        description=info.get("description") if isinstance(info.get("description"), str) else None,
        base_url=_base_url(document.data),
        operations=tuple(operations),
        definitions=schemas.finish(),
        auth=read_auth(resolver),
        security=requirements(document.data),
        security_schemes=read_schemes(resolver),
        schemas=named,
    ), paging, sink, paging_source)
    if not converted:  # a converted 2.0 spec's pointers are the conversion's, not the file's
        documents = {doc.name: doc for doc in resolver.documents()}
        lines = Lines(longest=MAX_LINES_TEXT)
        sink.add_lines(lambda file, ptr: lines.of(documents[file], ptr)
                       if file in documents else None)
    return api


def _version(document: Document, sink: Sink) -> str:
    data = document.data
    version = data.get("openapi")
    if isinstance(version, str) and re.fullmatch(r"3\.[012]\.\d+", version):
        return version
    if str(data.get("swagger")) == "2.0":
        return "2.0"
    if "swagger" in data:
        sink.error("unsupported-version", f"Swagger {data['swagger']!r} is not supported "
                   "(2.0 is)", document.name, "#/swagger")
        raise SpecError(sink.errors)
    read_as = _version_meant(version, data)
    if read_as is None:
        sink.error("unsupported-version", f"not an OpenAPI 3.0, 3.1 or 3.2 document (openapi: "
                   f"{version!r})", document.name, "#/openapi")
        raise SpecError(sink.errors)
    said = ("an empty `openapi` field" if "openapi" in data else "no `openapi` field") \
        if version is None else f"`openapi: {version!r}` is not a version as OpenAPI writes " \
        "one (3.x.y)"
    sink.warn("openapi-version", f"{said}; read as OpenAPI {read_as}", document.name,
              "#/openapi" if "openapi" in data else "#",
              line_of(document, "#/openapi") if "openapi" in data else None)
    return read_as


# top-level fields that say a document is of another format, which may have `components` too
_OTHER_FORMATS = ("asyncapi", "arazzo", "overlay", "swaggerVersion", "openrpc", "$schema")


def _version_meant(version: Any, data: dict[str, Any]) -> str | None:
    """The version a document means that does not say it as OpenAPI writes it: `3.1` or
    `3.0.0-rc2` is that minor version; a document with no `openapi` field that has `paths`
    or `components` (models only, common in the wild) is 3.0, or 3.1 when it uses a field
    only 3.1 has. None: not an OpenAPI 3 document."""
    if version is None:
        components = data.get("components")
        if any(key in data for key in _OTHER_FORMATS) or not (
                isinstance(data.get("paths"), dict) or isinstance(components, dict)
                and isinstance(components.get("schemas"), dict)):
            return None
        return "3.1.0" if "webhooks" in data or "jsonSchemaDialect" in data else "3.0.3"
    if isinstance(version, bool) or not isinstance(version, (str, int, float)):
        return None
    written = re.fullmatch(r"(3\.[012])(?:\.(\d+))?(?:[-+][0-9A-Za-z.-]+)?", str(version).strip())
    return f"{written[1]}.{written[2] or 0}" if written else None


def _validate(document: Document, version: str, sink: Sink, resolver: Resolver) -> None:
    """Validate now (or take the cache's word that these exact texts are valid)."""
    validation = Validation(background=False)
    validation.start(document, version, sink, resolver)
    validation.finish(sink)


def _named_schemas(resolver: Resolver, schemas: SchemaConverter) -> tuple[ir.NamedSchema, ...]:
    """Every schema under components/schemas, converted (so each model exists even when no
    operation uses it), but those the reader left out (a `$ref` loop nothing uses)."""
    components = resolver.root.data.get("components")
    listed = components.get("schemas") if isinstance(components, dict) else None
    found = []
    for name, node in listed.items() if isinstance(listed, dict) else []:
        if pointer("components", "schemas", name) in resolver.left_out:
            continue
        # spelled as a `$ref` to it is (a URI fragment: `%` escaped), so both reach one key
        entry = pointer("components", "schemas", name).replace("%", "%25")
        found.append(ir.NamedSchema(str(name), entry, schemas.named(
            resolver.follow(Located(node, resolver.root, entry)))))
    return tuple(found)


def _swagger2_server(data: dict[str, Any]) -> str:
    """Where a 2.0 spec as written sets its server URL: `basePath` when `host` is missing (a
    URL without a host), else the scheme."""
    if not data.get("host"):
        return pointer("basePath")
    return pointer("schemes", 0) if data.get("schemes") else pointer("host")


def _warn_unusable(url: str, sink: Sink, file: str, where: str) -> None:
    """A server URL the client cannot send to (relative, another scheme, a variable without a
    default) is said now: the client will need a base URL of its own."""
    if not url:
        return  # no server at all: the client asks for a base URL when it is built
    why = server_url_problem(url)
    if why is not None:
        sink.warn("unusable-server-url", f"the server URL {url!r} {why}: the client needs an "
                  "absolute base URL (its base_url= argument, or the environment variable the "
                  "package's README names for the base URL), and Client() without one raises "
                  "ClientError",
                  file, where)


def _base_url(data: dict[str, Any]) -> str:
    servers = data.get("servers")
    if not isinstance(servers, list) or not servers or not isinstance(servers[0], dict):
        return ""
    url = str(servers[0].get("url", ""))
    variables = servers[0].get("variables")
    if isinstance(variables, dict):
        for name, variable in variables.items():
            if isinstance(variable, dict) and "default" in variable:
                url = url.replace("{" + str(name) + "}", str(variable["default"]))
    return url.rstrip("/")
