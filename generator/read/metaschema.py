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
warnings, and the client is still generated. So are breaks whose meaning is plain (see
_forgiven): a 3.1 schema keyword, a boolean schema or an unknown keyword in a 3.0 schema,
a key that is neither a field nor an extension, a `pattern` in ECMA-262 syntax, `info`
problems, a `required` that is no list of names, `items` given as a list, a parameter with
several media types, a path variable in a path key's query string or with no parameter, a
path parameter not marked required, an operation without `responses`, a response without
`description`, `schema: null`, a component name with other characters. Everything else is
an error: clientgen refuses only what it cannot turn into a working client.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, Self, SupportsIndex
from urllib.parse import urlsplit
from urllib.request import url2pathname

import jsonschema_rs
import openapi_spec_validator
from jsonschema.exceptions import ValidationError
from jsonschema.validators import validator_for as schema_class
from jsonschema_path import SchemaPath
from openapi_schema_validator._specifications import REGISTRY as OPENAPI_SCHEMAS
from openapi_schema_validator.validators import check_openapi_schema
from openapi_spec_validator.schemas.utils import get_schema_content
from openapi_spec_validator.validation import keywords
from openapi_spec_validator.validation.exceptions import (
    ExtraParametersError,
    UnresolvableParameterError,
)
from openapi_spec_validator.validation.validators import SpecValidator

from generator.diagnostics import SpecError
from generator.pointer import escape
from generator.read.finding import Finding, validator_of
from generator.read.loader import Lines
from generator.read.refs import Located, Resolver
from generator.read.walk import NAME_MAPS

# values the generated code never uses: a finding inside one does not stop generation
_UNUSED_VALUES = ("default", "example", "examples")
_LOCATED = "_clientgen_located"
_REF_REQUIRED = "'$ref' is a required property"
# JSON Schema 2020-12 keywords a 3.0 schema (an OpenAPI dialect of draft 4) does not have
_KEYWORDS_OF_31 = frozenset({
    "const", "contains", "minContains", "maxContains", "patternProperties", "propertyNames",
    "prefixItems", "unevaluatedItems", "unevaluatedProperties", "dependentRequired",
    "dependentSchemas", "if", "then", "else", "examples", "contentEncoding",
    "contentMediaType", "contentSchema", "$id", "$schema", "$anchor", "$defs", "$comment",
    "$recursiveRef", "$recursiveAnchor", "$dynamicRef", "$dynamicAnchor", "$vocabulary",
})
# what a 3.0 schema's 3.1 keyword is read as, where the model gives it a meaning
_READ_AS_31 = {"const": "read as 3.1 reads it (a one-value type)",
               "patternProperties": "read as 3.1 reads it (a map's values)"}
_JSON_TYPES = frozenset({"array", "boolean", "integer", "number", "object", "string", "null"})
# where a 3.0 document holds a schema: under one keyword, or as an entry of a map or list
_SCHEMA_KEYWORDS = frozenset({"items", "not", "additionalItems", "schema"})
_SCHEMA_LISTS = frozenset({"properties", "allOf", "anyOf", "oneOf", "schemas", "definitions",
                           "patternProperties"})
# keywords whose value maps names to schemas: a key there is a name, never a keyword
_SCHEMA_MAPS = frozenset({"properties", "patternProperties", "$defs", "definitions",
                          "dependentSchemas", "schemas"})
_UNRESOLVED = re.compile(r"Path parameter '(.*)' for '.*' operation in '(.*)' was not resolved")
_UNKNOWN_KEYS = ("do not match any of the regexes", "does not match any of the regexes",
                 "were unexpected", "was unexpected")


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


def seeing_views(base: type[SpecValidator], views: dict[Path, Any]) -> type[SpecValidator]:
    """`base` reading each file of `views` (by resolved path) as that view, every other file
    with the library's own handler (Resolver.pointer_views says why)."""
    library = base.resolver_handlers

    def read(uri: str) -> Any:
        parts = urlsplit(uri)
        if parts.scheme == "file":
            view = views.get(Path(url2pathname(parts.path)).resolve())
            if view is not None:
                return view
        return library[parts.scheme](uri)

    return type(base.__name__, (base,), {"resolver_handlers": {**library, "file": read}})


def _locating(base: type[keywords.KeywordValidator]) -> type[keywords.KeywordValidator]:
    """`base` whose errors without a location get the one of the node it was called with
    (and, for the schema validator, whose meta-schema check takes the fast path)."""
    suffix = ["default"] if issubclass(base, keywords.ValueValidator) else []
    members: dict[str, Any] = {}
    if issubclass(base, keywords.SchemaValidator):
        def _get_schema_checker(self: Any, schema: SchemaPath,
                                schema_value: Any) -> Callable[[Any], None]:
            return _fast_meta_check(base._get_schema_checker(self, schema, schema_value))

        def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
            base.__init__(self, *args, **kwargs)
            # the library keeps the ids of the schemas it has seen in lists, and asks each
            # whether it holds an id: quadratic, seconds for a spec of thousands of schemas
            self.visited_schema_ids = _Ids(self.visited_schema_ids or ())
            self.meta_checked_schema_ids = _Ids(self.meta_checked_schema_ids or ())

        members["_get_schema_checker"] = _get_schema_checker
        members["__init__"] = __init__

    def __call__(self: Any, *args: Any, **kwargs: Any) -> Iterator[ValidationError]:
        node = next((arg for arg in args if isinstance(arg, SchemaPath)), None)
        for error in base.__call__(self, *args, **kwargs):
            if node is not None and not getattr(error, _LOCATED, False):
                error.path.extendleft(reversed([*node.parts, *suffix]))
                setattr(error, _LOCATED, True)
            yield error

    return type(f"Located{base.__name__}", (base,), {"__call__": __call__, **members})


class _Ids(list[int]):
    """A list of ids whose `in` is a set's (the library appends to it and asks it; what
    else could add an id keeps the set in step too; nothing removes one)."""

    def __init__(self, ids: Iterable[int] = ()) -> None:
        super().__init__(ids)
        self._set = set(self)

    def append(self, value: int) -> None:
        super().append(value)
        self._set.add(value)

    def extend(self, values: Iterable[int]) -> None:
        for value in values:
            self.append(value)

    def insert(self, index: SupportsIndex, value: int) -> None:
        super().insert(index, value)
        self._set.add(value)

    def __iadd__(self, values: Iterable[int]) -> Self:  # type: ignore[override, misc]
        self.extend(values)
        return self

    def __contains__(self, value: object) -> bool:
        return value in self._set


def _fast_meta_check(check: Callable[[Any], None]) -> Callable[[Any], None]:
    """`check` (the library's check of one schema against its dialect's meta-schema, in
    pure-Python jsonschema: two thirds of validating a large 3.1 spec) answered first by
    jsonschema-rs, hundreds of times faster; only a schema it finds at fault, or whose
    regular expressions Python cannot read, goes through `check` itself, which raises the
    error the findings are made of. So a verdict is the library's own wherever it matters.

    Only a check known to be the library's `check_openapi_schema` takes this path, and only
    while the sole format its meta-schemas use that its format checker checks is `regex`
    (jsonschema-rs is run without formats; every `pattern` value and `patternProperties`
    key, wherever it is, is checked as the format checker would).
    """
    func = getattr(check, "func", check)
    options = getattr(check, "keywords", {}) or {}
    cls = getattr(func, "__self__", None)
    if getattr(func, "__func__", None) is not check_openapi_schema or cls is None \
            or set(options) - {"format_checker"}:
        return check
    format_checker = options.get("format_checker", cls.FORMAT_CHECKER)
    if format_checker is None or _META_FORMATS & set(format_checker.checkers) - {"regex"}:
        return check
    fast = _rust_meta_validator(cls)
    if fast is None:
        return check

    def answer(schema_value: Any) -> None:
        try:
            valid = fast.is_valid(schema_value)
        except Exception:  # a value jsonschema-rs cannot take (bytes, a huge int, ...)
            valid = False
        if not (valid and _regexes_conform(schema_value, format_checker)):
            check(schema_value)

    return answer


def _meta_formats() -> frozenset[str]:
    """Every `format` the meta-schemas of the OpenAPI registry name."""
    found: set[str] = set()
    stack: list[Any] = [OPENAPI_SCHEMAS[uri].contents for uri in OPENAPI_SCHEMAS]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            if isinstance(node.get("format"), str):
                found.add(node["format"])
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return frozenset(found)


_META_FORMATS = _meta_formats()


@functools.cache
def _rust_meta_validator(cls: Any) -> Any:
    """jsonschema-rs for `cls`'s meta-schema, formats unchecked; None if it cannot build."""
    try:
        registry = jsonschema_rs.Registry([(uri, OPENAPI_SCHEMAS[uri].contents)
                                           for uri in OPENAPI_SCHEMAS])
        return jsonschema_rs.validator_for(cls.META_SCHEMA, registry=registry,
                                           validate_formats=False)
    except Exception:
        return None


def _regexes_conform(value: Any, format_checker: Any) -> bool:
    """Whether every string that may be checked as `format: regex` in `value` (each
    `pattern` value and each `patternProperties` key, at any depth) is one."""
    stack = [value]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            pattern = node.get("pattern")
            if isinstance(pattern, str) and not format_checker.conforms(pattern, "regex"):
                return False
            keys = node.get("patternProperties")
            if isinstance(keys, dict) and not all(
                    format_checker.conforms(key, "regex") for key in keys if isinstance(key, str)):
                return False
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return True


def findings(validator: SpecValidator, resolver: Resolver) -> list[Finding]:
    """Every finding of `validator`, once per place, in the order the library found them."""
    found: dict[tuple[str, str, str, str], Finding] = {}
    lines = Lines()  # each file re-read once for all its findings' lines
    for error in validator.iter_errors():
        # each property a `required` misses is a finding of its own (`info` and `paths`)
        missing = str(error.message) if error.validator == "required" else ""
        if _null_default_allowed_by_extension(error, resolver):
            continue
        finding = _finding(error, resolver, lines)
        forgiven = _forgiven_leaves(error, resolver) if finding.severity == "error" else None
        warnings = [w for leaf, at in forgiven or () for w in _warnings(leaf, at, lines)]
        for each in warnings if forgiven is not None and warnings else [finding]:
            found.setdefault((each.file, each.pointer, each.code, missing), each)
    return list(found.values())


def _forgiven_leaves(error: ValidationError,
                     resolver: Resolver) -> list[tuple[ValidationError, Located]] | None:
    """The failures that make up `error`, with the value each is at, when every one of them
    is forgiven (None if not).

    A `oneOf`/`anyOf` failure is forgiven when one alternative fails only for forgiven
    reasons (a schema that would be valid but for a 3.1 keyword, not a Reference lacking
    `$ref`). jsonschema-rs reports such a failure at the parent, with no alternatives: it
    stays an error there, so the precise check runs and decides.
    """
    if not error.context:
        written = _written_at(resolver, list(error.absolute_path))
        return [(error, written)] if _forgiven(list(error.absolute_path), error,
                                               written.node) else None
    groups: list[list[ValidationError]] = [list(error.context)]
    if error.validator in ("oneOf", "anyOf"):
        alternatives: dict[Any, list[ValidationError]] = {}
        for inner in error.context:
            alternatives.setdefault(inner.relative_schema_path[0], []).append(inner)
        groups = list(alternatives.values())
    for group in groups:
        leaves = [_forgiven_leaves(inner, resolver) for inner in group]
        if all(each is not None for each in leaves):
            return [leaf for each in leaves for leaf in each or ()]
    return None


def _warnings(error: ValidationError, written: Located, lines: Lines) -> list[Finding]:
    """The warnings of a forgiven failure, each at the key it is about where it names one."""
    found = []
    for code, message, key in _forgiven(list(error.absolute_path), error, written.node):
        where = written.pointer if key is None else f"{written.pointer}/{escape(key)}"
        found.append(Finding("warning", code, message, written.doc.name, where,
                             lines.of(written.doc, where)))
    return found


def _forgiven(tokens: list[Any], error: ValidationError,
              holder: Any) -> list[tuple[str, str, str | None]]:
    """(code, message, key it is about) of each warning a failure stands for; none: it
    stays an error.

    Each kind is forgiven because the model reads it without guessing: a key it does not
    know is ignored, a 3.1 keyword has its 3.1 meaning, a pattern is ECMA-262's, `info`
    only names the package, a broken `required` names nothing and a list of `items` is a
    union. `holder` is the value at `tokens`, as written.
    """
    whole = str(error.message).splitlines()[0] if error.message else ""
    message = whole[:300]
    last = tokens[-1] if tokens else None
    value = holder
    unresolved = _UNRESOLVED.fullmatch(whole) \
        if isinstance(error, UnresolvableParameterError) else None
    if unresolved and _in_query_string(unresolved[1], unresolved[2]):
        return [("path-query", f"`{{{unresolved[1]}}}` is in the path key's query string, "
                 "not its path; sent as a query parameter", None)]
    if unresolved and f"{{{unresolved[1]}}}" in unresolved[2].partition("?")[0]:
        return [("undeclared-path-parameter", f"path variable `{{{unresolved[1]}}}` has no "
                 "parameter; read as a required string path parameter", None)]
    if whole.endswith("is not a 'regex'") and last == "pattern":
        return [("ecma-pattern", f"`pattern` {value!r} is not a Python regular expression "
                 "(ECMA-262 syntax?); read as ECMA-262 means it (the test kit checks it where "
                 "Python can say it exactly)", None)]
    if tokens[:1] == ["info"]:
        return [("invalid-info", f"`info`: {message}; generated all the same", None)]
    if any(part in message for part in _UNKNOWN_KEYS):
        return _unknown_keys(error, value, message, at_root=not tokens)
    json_type = error.validator == "type" or error.validator == "enum" \
        and isinstance(error.validator_value, list) and "integer" in error.validator_value
    # the keyword `type`, not a schema named "type" in a map of them (`properties: {type: ~}`)
    at = tokens[:-1] if last == "type" else tokens[:-2] \
        if len(tokens) > 1 and tokens[-2] == "type" and isinstance(last, int) else None
    in_type = at is not None and not (at and at[-1] in _SCHEMA_MAPS
                                      and not (len(at) > 1 and at[-2] in _SCHEMA_MAPS))
    if in_type and json_type and value is None:
        return [("type-yaml-null", "`type` holds YAML's null (`null` unquoted, `~` or "
                 "nothing), not the type name 'null'; read as 'null'", None)]
    if last == "type" and json_type:  # not a security scheme's `type`
        if value == "null":
            return [("type-null-in-30", "`type: 'null'` is 3.1 syntax in a document of an "
                     "earlier version; read as 3.1 reads it (only null)", None)]
        # 3.0's `type` is a string of its names (no 'null'); 3.1 has a list alternative, so
        # a list failing 3.1's names (with 'null') is that alternative's to forgive
        in_30 = error.validator == "type" or "null" not in error.validator_value
        if isinstance(value, list) and value and in_30 \
                and all(t in _JSON_TYPES or t is None for t in value):
            yaml_null = " (YAML's null in it read as 'null')" if None in value else ""
            return [("type-list-in-30", "`type` as a list is 3.1 syntax in a document of an "
                     f"earlier version; read as 3.1 reads it (with 'null': nullable){yaml_null}",
                     None)]
    if whole == "'description' is a required property" and len(tokens) > 1 \
            and tokens[-2] == "responses" and isinstance(value, dict):
        return [("missing-description", "response without `description` (documentation "
                 "only); generated without it", None)]
    if value is None and last == "schema" and "is not of type 'object'" in whole:
        return [("null-schema", "`schema: null`; typed as Any", None)]
    if len(tokens) == 2 and tokens[0] == "components" and error.validator == "pattern" \
            and " does not match '^[a-zA-Z0-9" in whole:
        return [("component-name", f"component name {whole.split(' does not match')[0]} has "
                 "characters OpenAPI does not allow in one; named after it all the same",
                 None)]
    if whole == "'responses' is a required property" and tokens[:1] == ["paths"] \
            and isinstance(value, dict):
        return [("missing-responses", "operation without `responses`; read as one that "
                 "documents no reply (the client returns None)", None)]
    if whole == "'required' is a required property" and isinstance(value, dict) \
            and value.get("in") == "path":
        return [("path-not-required", "path parameter without `required: true`; read as "
                 "required, as every path parameter is", None)]
    if isinstance(value, bool) and "is not of type 'object'" in message and (
            last in _SCHEMA_KEYWORDS or len(tokens) > 1 and tokens[-2] in _SCHEMA_LISTS):
        return [("boolean-schema-in-30", f"`{str(value).lower()}` as a schema is 3.1 syntax "
                 "in a document of an earlier version; read as 3.1 reads it (true: anything; "
                 "false: typed as Any, as nothing can be there)", None)]
    if last == "required" and "'array'" in message and not isinstance(value, bool) \
            or len(tokens) > 1 and tokens[-2] == "required" and error.validator == "type":
        return [("invalid-required", f"`required` is not a list of names ({message}); "
                 "ignored", None)]
    if last == "content" and error.validator == "maxProperties" and "parameters" in tokens \
            and isinstance(value, dict):
        return [("parameter-media-types", f"a parameter's `content` names {len(value)} media "
                 "types (OpenAPI allows one); read with the first JSON one, else the first",
                 None)]
    if last == "items" and isinstance(value, list) and "'object'" in message:
        return [("items-list", "`items` is a list (the draft-4 tuple form); read as an "
                 "array of any of the listed schemas", None)]
    return []


def _in_query_string(name: str, key: str) -> bool:
    """Whether `{name}` stands after the `?` of a path key, and not before it (model/
    operations.py reads such a path key as a path and query parameters)."""
    path, _, query = key.partition("?")
    return f"{{{name}}}" in query and f"{{{name}}}" not in path


def _unknown_keys(error: ValidationError, holder: Any, message: str,
                  at_root: bool) -> list[tuple[str, str, str | None]]:
    """One warning per 3.1 keyword, one for the other keys not known: all ignored."""
    named = message.split(" do", 1)[0]
    keys = [str(key) for key in holder if repr(key) in named] if isinstance(holder, dict) \
        else []
    in_schema = isinstance(error.schema, dict) and isinstance(
        error.schema.get("properties"), dict) and "multipleOf" in error.schema["properties"]
    if not isinstance(error.validator, str) or not keys:  # jsonschema-rs names no keyword
        return []
    only = keys[0] if len(keys) == 1 else None
    if not in_schema:
        where = "the document" if at_root else "this object"
        return [("unknown-field", f"{', '.join(map(repr, keys))}: not a field of {where} "
                 "nor an `x-` extension; ignored", only)]
    found: list[tuple[str, str, str | None]] = [
        (f"{key.lstrip('$').lower()}-in-30", f"`{key}` is a 3.1 schema keyword in a document "
         f"of an earlier version; {_READ_AS_31.get(key, 'ignored')}", key)
        for key in keys if key in _KEYWORDS_OF_31]
    unknown = [key for key in keys if key not in _KEYWORDS_OF_31]
    if unknown:
        found.append(("unknown-keyword", f"{', '.join(map(repr, unknown))}: not a schema "
                      "keyword; ignored", unknown[0] if len(unknown) == 1 else None))
    return found


def _null_default_allowed_by_extension(error: ValidationError, resolver: Resolver) -> bool:
    """Swagger 2.0 has no `nullable`; `x-nullable: true` is how specs (Docker's) say it, and
    the conversion to 3.0 honours it, so its `default: null` is no finding at all."""
    tokens = list(error.absolute_path)
    if error.instance is not None or tokens[-1:] != ["default"]:
        return False
    holder = _written_at(resolver, tokens[:-1]).node
    return isinstance(holder, dict) and holder.get("x-nullable") is True


def _finding(error: ValidationError, resolver: Resolver, lines: Lines) -> Finding:
    tokens, message = _cause(error)
    written = _written_at(resolver, tokens)
    doc, where = written.doc, written.pointer
    unused = _unused_value(tokens)
    if unused is not None:
        return Finding("warning", f"invalid-{unused}", f"`{unused}` does not fit its schema: "
                       f"{message}", doc.name, where, lines.of(doc, where))
    if isinstance(error, ExtraParametersError):
        return Finding("warning", "required-not-a-property", message, doc.name, where,
                       lines.of(doc, where))
    return Finding("error", "invalid-spec", message, doc.name, where, lines.of(doc, where))


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
