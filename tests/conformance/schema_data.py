"""The vendored specs as data: loading, operations, and valid instances built from schemas.

Used by both sides of the conformance check: the validating server builds its responses
here, and the tests build each operation's arguments here. Everything is deterministic:
the same spec always gives the same values.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import yaml
from openapi_schema_validator import (
    OAS30ReadValidator,
    OAS30WriteValidator,
    OAS31Validator,
)

REPO = Path(__file__).resolve().parents[2]
OPAL_SPEC = REPO / "specs" / "opal" / "opal-openapi.yaml"
ORACLE_SPEC = REPO / "specs" / "oracle" / "oracle-access-governance.yaml"

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")

# Fixed values for formats, so that every run sends and answers the same data.
SAMPLE_UUID = "5a1f4c3e-8b2d-4e6f-9a7b-0c1d2e3f4a5b"
SAMPLE_DATETIME = "2024-05-06T07:08:09Z"
SAMPLE_DATE = "2024-05-06"
_FORMAT_SAMPLES = {
    "uuid": SAMPLE_UUID,
    "date-time": SAMPLE_DATETIME,
    "date": SAMPLE_DATE,
    "time": "07:08:09Z",
    "email": "user@example.com",
    "idn-email": "user@example.com",
    "uri": "https://example.com/item",
    "url": "https://example.com/item",
    "hostname": "example.com",
    "ipv4": "192.0.2.1",
    "ipv6": "2001:db8::1",
    "byte": "aGVsbG8=",
    "password": "not-a-secret",
}


# -- loading --------------------------------------------------------------------------------


class _NoTimestampLoader(yaml.SafeLoader):
    """A safe loader that keeps YAML timestamps as the text written in the file.

    The Opal spec has unquoted timestamps in its examples; PyYAML would turn them into
    datetime objects, which are not JSON data. Keeping the text is what a JSON reader of
    the same document would see.
    """


_NoTimestampLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def load_spec(path: Path) -> dict[str, Any]:
    with path.open(encoding="utf-8") as handle:
        data = yaml.load(handle, Loader=_NoTimestampLoader)  # noqa: S506 - a SafeLoader
    assert isinstance(data, dict)
    return data


def nullable_to_type_arrays(spec: dict[str, Any]) -> dict[str, Any]:
    """A copy of an OpenAPI 3.1 document with 3.0-style `nullable: true` spelled the 3.1 way.

    OpenAPI 3.1 uses plain JSON Schema 2020-12, where `nullable` is an unknown keyword
    that validators ignore: a `null` the spec's authors meant to allow would be rejected.
    The Opal file is 3.1.0 but still writes `nullable: true`, so the server's copy says
    what the authors meant: `type: T, nullable: true` becomes `type: [T, "null"]` (with
    null added to an `enum`), and `$ref` + `nullable: true` becomes
    `anyOf: [{$ref}, {type: "null"}]`. Nothing else changes and every keyword that
    constrains a value is kept, so validation is no weaker than the spec says.
    A 3.0 document is returned as a plain copy (3.0 validators understand `nullable`).
    """
    spec = copy.deepcopy(spec)
    if not str(spec.get("openapi", "")).startswith("3.1"):
        return spec

    def convert(node: Any) -> Any:
        if isinstance(node, list):
            return [convert(item) for item in node]
        if not isinstance(node, dict):
            return node
        node = {key: convert(value) for key, value in node.items()}
        nullable = node.pop("nullable", None)
        if nullable is not True:
            return node
        if "$ref" in node:
            ref = {"$ref": node.pop("$ref")}
            node["anyOf"] = [ref, {"type": "null"}]
            return node
        kind = node.get("type")
        if isinstance(kind, str):
            node["type"] = [kind, "null"]
        elif isinstance(kind, list) and "null" not in kind:
            node["type"] = [*kind, "null"]
        if isinstance(node.get("enum"), list) and None not in node["enum"]:
            node["enum"] = [*node["enum"], None]
        return node

    spec["components"] = convert(spec.get("components", {}))
    spec["paths"] = convert(spec.get("paths", {}))
    return spec


# -- operations -----------------------------------------------------------------------------


@dataclasses.dataclass
class Operation:
    method: str
    path: str
    operation_id: str
    tag: str | None
    node: dict[str, Any]
    parameters: list[dict[str, Any]]
    request_body: dict[str, Any] | None


def operations(spec: Mapping[str, Any]) -> Iterator[Operation]:
    """Every operation, in the order of the document (paths, then methods)."""
    for path, item in spec["paths"].items():
        item = resolve(spec, item)
        shared = [resolve(spec, p) for p in item.get("parameters", [])]
        for method in HTTP_METHODS:
            node = item.get(method)
            if node is None:
                continue
            own = [resolve(spec, p) for p in node.get("parameters", [])]
            own_keys = {(p["name"], p["in"]) for p in own}
            params = [p for p in shared if (p["name"], p["in"]) not in own_keys] + own
            tags = node.get("tags") or []
            body = resolve(spec, node["requestBody"]) if "requestBody" in node else None
            yield Operation(method, path, node.get("operationId") or f"{method} {path}",
                            tags[0] if tags else None, node, params, body)


def resolve(spec: Mapping[str, Any], node: Any) -> Any:
    """Follow `$ref` (local pointers only); sibling keywords of a 3.1 `$ref` win."""
    seen = 0
    while isinstance(node, dict) and "$ref" in node:
        ref = node["$ref"]
        if not isinstance(ref, str) or not ref.startswith("#/"):
            raise ValueError(f"unsupported $ref {ref!r}")
        target: Any = spec
        for part in ref[2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        siblings = {k: v for k, v in node.items() if k != "$ref"}
        node = {**target, **siblings} if siblings else target
        seen += 1
        if seen > 50:
            raise ValueError(f"$ref loop at {ref}")
    return node


def success_response(spec: Mapping[str, Any], op: Operation) -> tuple[int, dict[str, Any]]:
    """The status to answer with and its response object: the first 2xx, else `default`."""
    responses = op.node.get("responses", {})
    codes = sorted(code for code in responses if str(code).startswith("2"))
    if codes:
        code = codes[0]
        status = int(code) if str(code).isdigit() else 200
        return status, resolve(spec, responses[code])
    if "default" in responses:
        return 200, resolve(spec, responses["default"])
    raise LookupError(f"{op.operation_id} declares no success response")


def json_media(node: Mapping[str, Any]) -> tuple[str, dict[str, Any]] | None:
    """The JSON media type of a request body or response, if it has one."""
    for media_type, media in (node.get("content") or {}).items():
        base = media_type.split(";")[0].strip().lower()
        if base == "application/json" or base.endswith("+json"):
            return media_type, media
    return None


# -- instances ------------------------------------------------------------------------------


NULLS = "nulls"


class Unbuildable(Exception):
    """No valid instance could be made (kept apart from validation failures)."""


class SchemaData:
    """Builds and checks instances of one spec's schemas.

    `direction` is "request" (readOnly properties left out) or "response" (writeOnly left
    out). `full` is False for only the required properties, True for every property, or
    NULLS for every property with an explicit null wherever the schema allows one.
    """

    def __init__(self, spec: Mapping[str, Any]) -> None:
        self.spec = spec
        self.v31 = str(spec.get("openapi", "")).startswith("3.1")
        self._validators: dict[tuple[int, str], Any] = {}
        self._pinned: list[Any] = []  # keeps the nodes behind the cache's id() keys alive

    # validation of one value against one schema node, $refs resolved in this document
    def errors(self, schema: Mapping[str, Any], value: Any, direction: str) -> list[str]:
        key = (id(schema), direction)
        validator = self._validators.get(key)
        if validator is None:
            if self.v31:
                cls: Any = OAS31Validator
            else:
                cls = OAS30WriteValidator if direction == "request" else OAS30ReadValidator
            # The schema is validated as a document whose root also holds `components`,
            # so its `#/components/...` references resolve in this spec.
            document = {**schema, "components": self.spec.get("components", {})}
            validator = cls(document, format_checker=cls.FORMAT_CHECKER)
            self._validators[key] = validator
            self._pinned.append(schema)
        return [f"{'/'.join(map(str, e.absolute_path)) or '$'}: {e.message}"
                for e in validator.iter_errors(value)]

    def valid(self, schema: Mapping[str, Any], value: Any, direction: str) -> bool:
        return not self.errors(schema, value, direction)

    def example_for(self, schema: Mapping[str, Any], direction: str,
                    *holders: Mapping[str, Any]) -> tuple[bool, Any]:
        """The first example (on the holders, then the schema) that fits the schema.

        The real Opal examples break their schemas in places (lowercase enum values, ids
        that are not UUIDs); those are skipped, never sent.
        """
        for holder in (*holders, resolve(self.spec, schema)):
            candidates: list[Any] = []
            if "example" in holder:
                candidates.append(holder["example"])
            examples = holder.get("examples")
            if isinstance(examples, list):
                candidates.extend(examples)
            elif isinstance(examples, dict):
                for example in examples.values():
                    example = resolve(self.spec, example)
                    if isinstance(example, dict) and "value" in example:
                        candidates.append(example["value"])
            for candidate in candidates:
                if self.valid(schema, candidate, direction):
                    return True, copy.deepcopy(candidate)
        return False, None

    def second_item(self, array_schema: Mapping[str, Any], first: Any,
                    direction: str) -> Any | None:
        """Another valid item for an array that holds `first`, or None.

        Query arrays are sent with two items: with one, the exploded (`a=1&a=2`) and the
        comma-separated (`a=1,2`) forms cannot be told apart.
        """
        array_schema = resolve(self.spec, array_schema)
        item = resolve(self.spec, array_schema.get("items") or {})
        candidates: list[Any] = [v for v in item.get("enum") or [] if v not in (None, first)]
        if isinstance(first, str):
            if item.get("format") == "uuid":
                candidates.append("0b7e3c2a-4d5f-4a6b-8c9d-1e2f3a4b5c6d")
            candidates.append(first + "-2")
        elif isinstance(first, int) and not isinstance(first, bool):
            candidates.append(first + 1)
        for candidate in candidates:
            if self.valid(array_schema, [first, candidate], direction):
                return candidate
        return None

    def instance(self, schema: Any, direction: str, full: bool | str) -> Any:
        """A valid instance, or Unbuildable naming why the one built is not valid."""
        value = self._build(schema, direction, full, ())
        problems = self.errors(schema, value, direction)
        if problems:
            raise Unbuildable("; ".join(problems[:5]))
        return value

    def _build(self, schema: Any, direction: str, full: bool | str, stack: tuple[str, ...]) -> Any:
        if isinstance(schema, bool) or schema is None:
            return "value"
        if "$ref" in schema:
            ref = schema["$ref"]
            if stack.count(ref) >= 2:
                raise Unbuildable(f"recursive schema {ref}")
            stack = (*stack, ref)
        node = resolve(self.spec, schema)

        if "const" in node:
            return copy.deepcopy(node["const"])
        enum = [v for v in node.get("enum") or [] if v is not None]
        if enum:
            return copy.deepcopy(enum[0])
        if "allOf" in node:
            return self._all_of(node, direction, full, stack)
        for key in ("oneOf", "anyOf"):
            if key in node:
                return self._one_of(node, key, direction, full, stack)

        kind = self._type(node)
        if kind in ("string", "integer", "number", "boolean"):
            found, example = self.example_for(node, direction)
            if found:
                return example
        if kind == "object":
            return self._object(node, direction, full, stack)
        if kind == "array":
            item = node.get("items", {})
            count = max(1, int(node.get("minItems", 0)))
            if "maxItems" in node:
                count = min(count, int(node["maxItems"]))
            if count and isinstance(item, dict) and "$ref" in item and item["$ref"] in stack \
                    and not node.get("minItems"):
                return []  # a tree of itself: the empty list is valid and ends it
            return [self._build(item, direction, full, stack) for _ in range(count)]
        if kind == "integer":
            return int(self._number(node, 1))
        if kind == "number":
            return self._number(node, 1.5)
        if kind == "boolean":
            return True
        if kind == "null":
            return None
        return self._string(node)

    def _type(self, node: Mapping[str, Any]) -> str:
        kind = node.get("type")
        if isinstance(kind, list):
            kind = next((k for k in kind if k != "null"), "null")
        if kind:
            return str(kind)
        if "properties" in node or "additionalProperties" in node or "required" in node:
            return "object"
        if "items" in node:
            return "array"
        return "string"  # untyped (`{}`, or Oracle's untyped array items): any value fits

    def _string(self, node: Mapping[str, Any]) -> str:
        text = _FORMAT_SAMPLES.get(str(node.get("format")), "text value")
        low = int(node.get("minLength", 0))
        if len(text) < low:
            text += "x" * (low - len(text))
        if "maxLength" in node:
            text = text[: int(node["maxLength"])]
        return text

    def _number(self, node: Mapping[str, Any], default: float) -> float:
        value = default
        if "minimum" in node:
            value = node["minimum"]
        if isinstance(node.get("exclusiveMinimum"), (int, float)) and \
                not isinstance(node.get("exclusiveMinimum"), bool):
            value = node["exclusiveMinimum"] + 1
        elif node.get("exclusiveMinimum") is True:
            value = value + 1
        if "maximum" in node and value > node["maximum"]:
            value = node["maximum"]
        return value

    def _keep(self, prop: Mapping[str, Any], direction: str) -> bool:
        prop = resolve(self.spec, prop)
        if direction == "request" and prop.get("readOnly"):
            return False
        return not (direction == "response" and prop.get("writeOnly"))

    def _object(self, node: Mapping[str, Any], direction: str, full: bool | str,
                stack: tuple[str, ...]) -> dict[str, Any]:
        properties: Mapping[str, Any] = node.get("properties") or {}
        required = [r for r in node.get("required") or []]
        out: dict[str, Any] = {}
        for name, prop in properties.items():
            is_required = name in required
            if not (is_required or full) or not self._keep(prop, direction):
                continue
            if not is_required and isinstance(prop, dict) and prop.get("$ref") in stack:
                continue  # an optional field that would recurse: leave it out
            if full == NULLS and self.allows_null(prop):
                out[name] = None
                continue
            try:
                out[name] = self._build(prop, direction, full, stack)
            except Unbuildable:
                if is_required:
                    raise
        for name in required:
            if name not in properties:
                out[name] = "value"  # `required` names a property the schema never defines
        extra = node.get("additionalProperties")
        if full and isinstance(extra, dict) and not properties:
            out["key"] = self._build(extra, direction, full, stack)
        return out

    def allows_null(self, schema: Any) -> bool:
        node = resolve(self.spec, schema)
        kind = node.get("type")
        if kind == "null" or (isinstance(kind, list) and "null" in kind):
            return True
        if node.get("nullable") is True and not self.v31:
            return True
        return any(self.allows_null(v) for k in ("anyOf", "oneOf") for v in node.get(k) or [])

    def _all_of(self, node: Mapping[str, Any], direction: str, full: bool | str,
                stack: tuple[str, ...]) -> Any:
        parts = [resolve(self.spec, p) for p in node["allOf"]]
        own = {k: v for k, v in node.items() if k != "allOf"}
        if len(parts) == 1 and not any(k in own for k in ("properties", "required")):
            return self._build(node["allOf"][0], direction, full, stack)
        merged: dict[str, Any] = {"type": "object", "properties": {}, "required": []}
        for part in [*parts, own]:
            if "allOf" in part:
                nested = self._all_of(part, direction, full, stack)
                if isinstance(nested, dict):
                    merged.setdefault("_prebuilt", {}).update(nested)
                continue
            merged["properties"].update(part.get("properties") or {})
            merged["required"].extend(part.get("required") or [])
        prebuilt = merged.pop("_prebuilt", {})
        return {**prebuilt, **self._object(merged, direction, full, stack)}

    def _one_of(self, node: Mapping[str, Any], key: str, direction: str, full: bool | str,
                stack: tuple[str, ...]) -> Any:
        variants = node[key]
        discriminator = node.get("discriminator") or {}
        prop = discriminator.get("propertyName")
        mapping = {ref: name for name, ref in (discriminator.get("mapping") or {}).items()}
        ordered = sorted(variants, key=lambda v: resolve(self.spec, v).get("type") == "null")
        first: Any = None
        for variant in ordered:
            try:
                value = self._build(variant, direction, full, stack)
            except Unbuildable:
                continue
            if prop and isinstance(value, dict) and isinstance(variant, dict):
                ref = variant.get("$ref", "")
                value[prop] = mapping.get(ref, ref.rsplit("/", 1)[-1])
            if first is None:
                first = value
            if self.valid(node, value, direction):
                return value
        if first is None:
            raise Unbuildable(f"no buildable variant in {key}")
        return first


_DATETIME = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|z|[+-]\d\d:\d\d)?$")


def normalise(value: Any) -> Any:
    """JSON data with date-times in one spelling (`Z` and `+00:00` are the same instant)."""
    if isinstance(value, dict):
        return {k: normalise(v) for k, v in value.items()}
    if isinstance(value, list):
        return [normalise(v) for v in value]
    if isinstance(value, str) and _DATETIME.match(value):
        text = value[:-1] + "+00:00" if value.endswith(("Z", "z")) else value
        try:
            return dt.datetime.fromisoformat(text)
        except ValueError:
            return value
    return value
