"""Meta-schema validation with openapi-spec-validator, each finding placed at the value at fault.

The library checks the spec in two ways: the whole document against the OpenAPI meta-schema
(its errors carry a path), and keyword validators walking paths, parameters and schemas
(their errors carry a path relative to the node they were given, or none: a `default` that
breaks its schema is reported as just `None for not nullable`). The keyword validators here
are the library's own, subclassed only to put the location of the node they were given on
each error they yield; the deepest of the alternatives' failures then stands for a
"not valid under any of the given schemas". A location reached through `$ref` is followed to
the file and pointer where the value is written, and its line.

Real specs often break their own meta-schema in values the generated code never uses: a
`default` or `example` of the wrong type, a `required` name with no property. Those are
warnings, and the client is still generated; everything else is an error.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import openapi_spec_validator
from jsonschema.exceptions import ValidationError
from jsonschema.validators import validator_for as schema_class
from jsonschema_path import SchemaPath
from openapi_spec_validator.schemas.utils import get_schema_content
from openapi_spec_validator.validation import keywords
from openapi_spec_validator.validation.exceptions import ExtraParametersError
from openapi_spec_validator.validation.validators import SpecValidator

from generator.diagnostics import SpecError
from generator.pointer import escape
from generator.read.finding import Finding, validator_of
from generator.read.loader import line_of
from generator.read.refs import Located, Resolver
from generator.read.walk import NAME_MAPS

# values the generated code never uses: a finding inside one does not stop generation
_UNUSED_VALUES = ("default", "example", "examples")
_LOCATED = "_clientgen_located"
_REF_REQUIRED = "'$ref' is a required property"


def validator_for(version: str, precise: bool = False) -> type[SpecValidator]:
    """The library's validator for `version`, with keyword validators that locate errors.

    `precise`: check against the meta-schema with the pure-Python jsonschema, whose errors
    keep the failures of each alternative (jsonschema-rs, several times faster, reports a
    failed `oneOf` at its parent); used to place the errors of a spec found invalid.
    """
    base: type[SpecValidator] = getattr(openapi_spec_validator, validator_of(version))
    located = {name: _locating(kind) for name, kind in base.keyword_validators.items()}
    members: dict[str, Any] = {"keyword_validators": located}
    if precise:
        content = get_schema_content("2.0" if version == "2.0" else version[:3])
        members["schema_validator"] = schema_class(content)(content)
    return type(f"Located{base.__name__}", (base,), members)


def _locating(base: type[keywords.KeywordValidator]) -> type[keywords.KeywordValidator]:
    """`base` whose errors without a location get the one of the node it was called with."""
    suffix = ["default"] if issubclass(base, keywords.ValueValidator) else []

    def __call__(self: Any, *args: Any, **kwargs: Any) -> Iterator[ValidationError]:
        node = next((arg for arg in args if isinstance(arg, SchemaPath)), None)
        for error in base.__call__(self, *args, **kwargs):
            if node is not None and not getattr(error, _LOCATED, False):
                error.path.extendleft(reversed([*node.parts, *suffix]))
                setattr(error, _LOCATED, True)
            yield error

    return type(f"Located{base.__name__}", (base,), {"__call__": __call__})


def findings(validator: SpecValidator, resolver: Resolver) -> list[Finding]:
    """Every finding of `validator`, once per place, in the order the library found them."""
    found: dict[tuple[str, str], Finding] = {}
    for error in validator.iter_errors():
        if _null_default_allowed_by_extension(error, resolver):
            continue
        finding = _finding(error, resolver)
        found.setdefault((finding.file, finding.pointer), finding)
    return list(found.values())


def _null_default_allowed_by_extension(error: ValidationError, resolver: Resolver) -> bool:
    """Swagger 2.0 has no `nullable`; `x-nullable: true` is how specs (Docker's) say it, and
    the conversion to 3.0 honours it, so its `default: null` is no finding at all."""
    tokens = list(error.absolute_path)
    if error.instance is not None or tokens[-1:] != ["default"]:
        return False
    holder = _written_at(resolver, tokens[:-1]).node
    return isinstance(holder, dict) and holder.get("x-nullable") is True


def _finding(error: ValidationError, resolver: Resolver) -> Finding:
    tokens, message = _cause(error)
    written = _written_at(resolver, tokens)
    doc, where = written.doc, written.pointer
    unused = _unused_value(tokens)
    if unused is not None:
        return Finding("warning", f"invalid-{unused}", f"`{unused}` does not fit its schema: "
                       f"{message}", doc.name, where, line_of(doc, where))
    if isinstance(error, ExtraParametersError):
        return Finding("warning", "required-not-a-property", message, doc.name, where,
                       line_of(doc, where))
    return Finding("error", "invalid-spec", message, doc.name, where, line_of(doc, where))


def _cause(error: ValidationError) -> tuple[list[Any], str]:
    """The path and message of the deepest failure under `error`.

    "not valid under any of the given schemas" tells the reader nothing: among the
    alternatives' failures, the one that got furthest into the value names the offending
    value (a `type: strin` inside a schema, an `in: nowhere` inside a parameter). Failures
    of the `$ref` alternative (every object may be a Reference) are a last resort, and enum
    failures of several alternatives at one place are merged into one list of choices.
    """
    leaves = list(_leaves(error))
    depth = max(len(leaf.absolute_path) for leaf in leaves)
    deepest = [leaf for leaf in leaves if len(leaf.absolute_path) == depth]
    useful = [leaf for leaf in deepest if leaf.message != _REF_REQUIRED] or deepest
    cause = useful[0]
    tokens = list(cause.absolute_path)
    message = str(cause.message)
    if len(useful) > 1 and all(leaf.validator == "enum" for leaf in useful):
        choices = list(dict.fromkeys(v for leaf in useful for v in leaf.validator_value))
        message = f"{cause.instance!r} is not one of {choices!r}"
    if cause.validator == "additionalProperties" and isinstance(cause.instance, dict):
        named = [key for key in cause.instance if f"{key!r}" in message]
        tokens += named[:1] if len(named) == 1 else []
    return tokens, message.splitlines()[0][:300] if message else type(cause).__name__


def _leaves(error: ValidationError) -> Iterator[ValidationError]:
    if not error.context:
        yield error
    for inner in error.context or ():
        yield from _leaves(inner)


def _unused_value(tokens: list[Any]) -> str | None:
    for index, token in enumerate(tokens):
        if token in _UNUSED_VALUES and (index == 0 or tokens[index - 1] not in NAME_MAPS):
            return str(token)
    return None


def _written_at(resolver: Resolver, tokens: list[Any]) -> Located:
    """The value at `tokens` (a path that may pass through `$ref`s) with the document and
    pointer where it is written; as far as the path can be followed."""
    here = resolver.at_root("#")
    try:
        for token in tokens:
            if isinstance(here.node, dict) and "$ref" in here.node and token != "$ref":
                here = resolver.follow(here)
            node = here.node
            if isinstance(node, dict) and token in node:
                child = node[token]
            elif isinstance(node, list) and isinstance(token, int) and 0 <= token < len(node):
                child = node[token]
            else:
                break
            here = Located(child, here.doc, f"{here.pointer}/{escape(token)}")
    except SpecError:
        pass  # a broken $ref is reported on its own; point at what was reached
    return here
