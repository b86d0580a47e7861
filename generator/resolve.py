"""Load, check and resolve a spec into the IR: the first half of the pipeline."""

from __future__ import annotations

import dataclasses
import importlib.metadata
import re
from pathlib import Path
from typing import Any

import openapi_spec_validator
from openapi_spec_validator import (
    OpenAPIV2SpecValidator,
    OpenAPIV30SpecValidator,
    OpenAPIV31SpecValidator,
)

from . import cache, ir, openapi32, swagger2
from .diagnostics import Sink, SpecError, pointer
from .loader import Document, line_of, read_document
from .operations import OperationReader, read_auth
from .pagination import with_paging
from .refs import Resolver
from .schemas import SchemaConverter

_MISSING_PARTS = {f"'{part}' is a required property": part for part in ("info", "paths")}
_VALIDATOR_VERSION = importlib.metadata.version("openapi-spec-validator")


def load_api(path: Path, sink: Sink, paging: dict[str, Any] | None = None,
             paging_source: str = "pagination config") -> ir.Api:
    """Read, validate and resolve the spec at `path`; raise SpecError on any error.

    `paging` is the spec's pagination config (see pagination.with_paging), if it has one.
    """
    document = read_document(path, sink)
    version = _version(document, sink)
    resolver = Resolver(document, sink)
    resolver.check_all()
    _validate(document, version, sink, resolver)
    if version == "2.0":
        document = dataclasses.replace(document, data=swagger2.convert(document.data))
        sink.warn("swagger-2", "Swagger 2.0 converted to OpenAPI 3.0; later pointers refer to "
                  "the converted document (#/definitions/X is #/components/schemas/X)",
                  document.name)
        resolver = Resolver(document, sink)
        version = "3.0.3"
    if version.startswith("3.2"):
        openapi32.warn_unexpressed(document.data, document.name, sink)
    schemas = SchemaConverter(resolver, version)
    operations = OperationReader(resolver, schemas).read_all()
    for name in _component_schema_names(document.data):
        schemas.named(resolver.follow(resolver.at_root(pointer("components", "schemas", name))))
    info = document.data.get("info") if isinstance(document.data.get("info"), dict) else {}
    return with_paging(ir.Api(
        title=str(info.get("title") or "API"),
        version=str(info.get("version") or ""),
        description=info.get("description") if isinstance(info.get("description"), str) else None,
        base_url=_base_url(document.data),
        operations=tuple(operations),
        definitions=schemas.finish(),
        auth=read_auth(resolver),
    ), paging, sink, paging_source)


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
    else:
        sink.error("unsupported-version", f"not an OpenAPI 3.0, 3.1 or 3.2 document (openapi: "
                   f"{version!r})", document.name, "#/openapi")
    raise SpecError(sink.errors)


def _validate(document: Document, version: str, sink: Sink, resolver: Resolver) -> None:
    """Validate with openapi-spec-validator; a success is cached by the exact input texts."""
    validator_class = _validator_for(version, document, sink)
    key = cache.key_of(
        f"{validator_class.__name__} {_VALIDATOR_VERSION} {document.path.name}".encode(),
        *(doc.text.encode("utf-8") for doc in resolver.documents()))
    if cache.lookup("valid", key) == "valid":
        return
    validator = validator_class(document.data, base_uri=document.path.resolve().as_uri())
    findings_before = len(sink.items)
    try:
        for error in validator.iter_errors():
            where = pointer(*getattr(error, "path", ()))
            message = str(getattr(error, "message", error)).splitlines()[0][:300]
            if where == "#" and message in _MISSING_PARTS:  # a models-only document
                sink.warn("missing-" + _MISSING_PARTS[message], f"{message}; generated "
                          "without it", document.name, where)
                continue
            sink.error("invalid-spec", message, document.name, where, line_of(document, where))
    except RecursionError:  # it recurses on some discriminated oneOf/allOf cycles
        sink.warn("validation-unfinished", "validation could not finish (the validator "
                  "recursed on a schema cycle); generated without that check", document.name)
        return
    except Exception as exc:  # the validator itself can fail on odd input
        sink.error("invalid-spec", f"validation could not finish: {type(exc).__name__}: "
                   f"{str(exc).splitlines()[0][:200] if str(exc) else ''}", document.name)
    if sink.errors:
        raise SpecError(sink.errors)
    if len(sink.items) == findings_before:  # a cached success must not hide a warning
        cache.store("valid", key, "valid")


def _validator_for(version: str, document: Document, sink: Sink) -> Any:
    if version.startswith("3.2"):
        v32 = getattr(openapi_spec_validator, "OpenAPIV32SpecValidator", None)
        if v32 is not None:
            return v32
        sink.warn("validated-as-3.1", "this openapi-spec-validator has no 3.2 rules; "
                  "validated as 3.1", document.name, "#/openapi")
        return OpenAPIV31SpecValidator
    return OpenAPIV31SpecValidator if version.startswith("3.1") \
        else OpenAPIV2SpecValidator if version == "2.0" else OpenAPIV30SpecValidator


def _component_schema_names(data: dict[str, Any]) -> list[str]:
    components = data.get("components")
    schemas = components.get("schemas") if isinstance(components, dict) else None
    return list(schemas) if isinstance(schemas, dict) else []


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
