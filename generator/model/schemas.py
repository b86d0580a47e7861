"""Turn JSON Schema nodes into IR types, registering named definitions as it goes.

Two-phase: a definition's key is reserved before its properties are converted, so a
schema that refers to itself (directly or through others) becomes a Ref and never
loops. Whatever cannot be expressed precisely becomes AnyType with a warning.
"""

from __future__ import annotations

import dataclasses
from collections import deque
from typing import Any, Literal

from generator import pointer
from generator.model import ir
from generator.model.patterns import read_pattern
from generator.read.refs import Located, Resolver, text_or_none, unescape

_PRIMITIVES = ("string", "integer", "number", "boolean")
_COMPOSITE_KEYS = ("oneOf", "anyOf")
# refs inlined inside one another (arrays of arrays of ...): each nests the Python type
_MAX_INLINED_REFS = 32


class SchemaConverter:
    def __init__(self, resolver: Resolver, version: str) -> None:
        self.resolver = resolver
        self.sink = resolver.sink
        self.is_31 = not version.startswith("3.0")  # 3.1 and 3.2 schemas: JSON Schema 2020-12
        self.definitions: dict[str, ir.Definition] = {}
        self._reserved: set[str] = set()
        self._aliases_in_progress: list[str] = []
        self._pending: deque[tuple[str, Located, ir.Place]] = deque()
        self._draining = False

    # -- entry points -------------------------------------------------------------------

    def convert(self, here: Located, place: ir.Place) -> ir.Type:
        """The IR type of the schema at `here`; `place` is where it stands if it is inline."""
        node = here.node
        if node is True or node == {} or node is None:
            return ir.AnyType()
        if not isinstance(node, dict):
            self._warn("schema-not-object", "schema is not an object; typed as Any", here)
            return ir.AnyType()
        if isinstance(node.get("$ref"), str):
            target = self.resolver.follow(here)
            inner = self.named(target)
            return self._wrap_nullable(inner, _has_nullable(node) or self._nullable(target))
        return self._wrap_nullable(self._convert_inline(here, place), self._nullable(here))

    def named(self, target: Located) -> ir.Type:
        """A schema reached through `$ref`: a Ref to its definition, or its type inlined."""
        key = self.resolver.key(target)
        if key in self._reserved:
            return ir.Ref(key)
        place = ir.Place(None, (_name_from_pointer(target.pointer),))
        if self._needs_definition(target.node, named=True):
            return self._define(target, place)
        if key in self._aliases_in_progress:
            self._warn("recursive-alias", "schema refers to itself with no object in between; "
                       "typed as Any", target)
            return ir.AnyType()
        if len(self._aliases_in_progress) >= _MAX_INLINED_REFS:
            self._warn("deep-alias-chain", f"more than {_MAX_INLINED_REFS} $refs to arrays, "
                       "maps or unions in a row; typed as Any from here", target)
            return ir.AnyType()
        self._aliases_in_progress.append(key)
        try:
            return self.convert(target, place)
        finally:
            self._aliases_in_progress.pop()

    def finish(self) -> dict[str, ir.Definition]:
        """Every definition, once all are filled; a union among its own variants flattened.

        `A: oneOf [A, string, B]` with `B: anyOf [A, integer]` adds nothing by naming
        itself, and as Python (`A = A | str | B`) it is an alias mypy refuses, so such a
        union lists what it reaches through other unions instead: `str | int`.
        """
        for key, definition in list(self.definitions.items()):
            if isinstance(definition, ir.UnionDef):
                flat = self._flat_variants(key, definition.union)
                if flat is not None:
                    union = dataclasses.replace(definition.union, variants=flat)
                    self.definitions[key] = dataclasses.replace(definition, union=union)
        return self.definitions

    def _flat_variants(self, key: str, union: ir.UnionType) -> tuple[ir.Type, ...] | None:
        found: list[ir.Type] = []
        seen = {key}
        cyclic = False
        stack = list(reversed(union.variants))
        while stack:
            variant = stack.pop()
            target = self.definitions.get(variant.key) if isinstance(variant, ir.Ref) else None
            if isinstance(target, ir.UnionDef) and isinstance(variant, ir.Ref):
                cyclic |= variant.key == key
                if variant.key not in seen:
                    seen.add(variant.key)
                    stack.extend(reversed(target.union.variants))
            elif variant not in found:
                found.append(variant)
        if not cyclic:
            return None
        return tuple(found) or (ir.AnyType(),)

    # -- the kinds of schema ------------------------------------------------------------

    def _needs_definition(self, node: Any, named: bool) -> bool:
        if not isinstance(node, dict):
            return False
        if isinstance(node.get("properties"), dict) and node["properties"]:
            return True
        if isinstance(node.get("enum"), list) and self._enum_kind(node) is not None:
            return True
        all_of = node.get("allOf")
        if isinstance(all_of, list) and (len(all_of) > 1 or node.get("properties")):
            return True
        if named and len(_union_branches(node)[1]) > 1:
            return True
        return False

    def _convert_inline(self, here: Located, place: ir.Place) -> ir.Type:
        node = here.node
        if self._needs_definition(node, named=False):
            return self._define(here, place)
        all_of = node.get("allOf")
        if isinstance(all_of, list) and len(all_of) == 1:
            return self.convert(here.child("allOf", 0), place)
        variants = self._union_variants(here)
        if variants:
            return self._union(here, variants, place)
        if "not" in node:
            self._warn("unsupported-not", "`not` is not expressed; typed as Any", here)
            return ir.AnyType()
        if "const" in node and not node.get("type"):
            return _const_type(node["const"])
        types = self._types(node)
        if len(types) > 1:
            return ir.UnionType(tuple(self._typed(here, t, place) for t in types))
        if types:
            return self._typed(here, types[0], place)
        if "items" in node:
            return self._typed(here, "array", place)
        if "additionalProperties" in node:
            return self._typed(here, "object", place)
        return ir.AnyType()

    def _typed(self, here: Located, kind: str, place: ir.Place) -> ir.Type:
        node = here.node
        if kind in _PRIMITIVES:
            fmt = node.get("format")
            pattern = read_pattern(here, self.sink) if kind == "string" else None
            return ir.Primitive(kind, fmt if isinstance(fmt, str) else None,  # type: ignore[arg-type]
                                pattern)
        if kind == "array":
            if "items" not in node:
                return ir.ArrayType(ir.AnyType())
            if isinstance(node["items"], list):
                return ir.ArrayType(self._tuple_items(here, place))
            return ir.ArrayType(self.convert(here.child("items"), place.child("Item")))
        if kind == "object":
            extra = node.get("additionalProperties")
            if isinstance(extra, dict) and extra:
                return ir.MapType(self.convert(here.child("additionalProperties"),
                                               place.child("Value")))
            patterns = node.get("patternProperties")
            if isinstance(patterns, dict) and len(patterns) == 1 and extra is None:
                return ir.MapType(self.convert(here.child("patternProperties",
                                                      next(iter(patterns))),
                                               place.child("Value")))
            return ir.MapType(ir.AnyType())
        return ir.AnyType()

    def _tuple_items(self, here: Located, place: ir.Place) -> ir.Type:
        """`items: [A, B]` (draft 4's tuple, not OpenAPI): any of the listed schemas at any
        position; a position's type is not expressed (the validator's finding says so)."""
        types: list[ir.Type] = []
        for index in range(len(here.node["items"])):
            item = self.convert(here.child("items", index), place.child(f"Item{index + 1}"))
            if item not in types:
                types.append(item)
        if not types or ir.AnyType() in types:
            return ir.AnyType()
        return types[0] if len(types) == 1 else ir.UnionType(tuple(types))

    def _define(self, here: Located, place: ir.Place) -> ir.Ref:
        """Reserve the definition's key and fill it from a worklist, never by recursion.

        The outermost call drains the list, so a chain of a thousand objects (or unions)
        each naming the next costs a loop, not a thousand nested stack frames.
        """
        key = self.resolver.key(here)
        if key in self._reserved:
            return ir.Ref(key)
        self._reserved.add(key)
        self._pending.append((key, here, place))
        if not self._draining:
            self._draining = True
            try:
                while self._pending:
                    self._fill(*self._pending.popleft())
            finally:
                self._draining = False
        return ir.Ref(key)

    def _fill(self, key: str, here: Located, place: ir.Place) -> None:
        node = here.node
        description = text_or_none(node.get("description"))
        if isinstance(node.get("enum"), list) and self._enum_kind(node) is not None:
            values = tuple(v for v in node["enum"] if v is not None)
            kind = self._enum_kind(node)
            assert kind is not None
            self.definitions[key] = ir.EnumDef(key, place, here.pointer, values, kind, description)
        elif len(_union_branches(node)[1]) > 1 and not node.get("properties") \
                and not node.get("allOf"):
            union = self._union(here, self._union_variants(here), ir.Place(key, ()))
            if not isinstance(union, ir.UnionType):
                union = ir.UnionType((union,))
            self.definitions[key] = ir.UnionDef(key, place, here.pointer, union, description)
        else:
            properties = self._object_properties(here, key)
            self.definitions[key] = ir.ObjectDef(
                key, place, here.pointer, properties, description,
                deprecated=node.get("deprecated") is True, example=node.get("example"))

    def _object_properties(self, here: Located, key: str) -> tuple[ir.Property, ...]:
        """Properties of an object, allOf parts merged in order (later parts win)."""
        merged: dict[str, ir.Property] = {}
        required: set[str] = set()
        for part in self._object_parts(here):
            props = part.node.get("properties")
            part_required = part.node.get("required")
            if isinstance(part_required, list):
                required.update(r for r in part_required if isinstance(r, str))
            if not isinstance(props, dict):
                continue
            for wire, schema in props.items():
                prop_here = part.child("properties", wire)
                prop_type = self.convert(prop_here, ir.Place(key, (wire,)))
                schema = schema if isinstance(schema, dict) else {}
                merged[wire] = ir.Property(
                    wire_name=wire,
                    type=prop_type,
                    required=False,
                    description=text_or_none(schema.get("description")),
                    deprecated=schema.get("deprecated") is True,
                    read_only=schema.get("readOnly") is True,
                    write_only=schema.get("writeOnly") is True,
                )
        for wire in sorted(required - merged.keys()):
            self._warn("required-not-a-property",
                       f"`required` names {wire!r}, which is not a property; ignored", here)
        return tuple(
            ir.Property(p.wire_name, p.type, p.wire_name in required, p.description,
                        p.deprecated, p.read_only, p.write_only)
            for p in merged.values()
        )

    def _object_parts(self, here: Located) -> list[Located]:
        """`here` and the schemas its allOf merges, each after its own allOf's, depth first
        and without recursion. A schema met again adds nothing (A and A is A): a loop
        (read/refs.py warned of it) or a diamond is merged once, where first met."""
        parts: list[Located] = []
        seen: set[str] = set()
        stack: list[tuple[Located, bool]] = [(here, False)]
        while stack:
            schema, merged = stack.pop()
            if merged:
                parts.append(schema)
                continue
            key = self.resolver.key(schema)
            if key in seen:
                continue
            seen.add(key)
            stack.append((schema, True))
            all_of = schema.node.get("allOf")
            members: list[Located] = []
            for index in range(len(all_of) if isinstance(all_of, list) else 0):
                part = self.resolver.follow(schema.child("allOf", index))
                if not isinstance(part.node, dict):
                    continue
                if _union_branches(part.node)[1] and not part.node.get("properties"):
                    self._warn("allof-union", "a oneOf/anyOf inside allOf is not merged; its "
                               "fields are kept as unknown fields", part)
                members.append(part)
            stack.extend((member, False) for member in reversed(members))
        return parts

    def _union(self, here: Located, variants: list[Located], place: ir.Place) -> ir.Type:
        types: list[ir.Type] = []
        for index, variant in enumerate(variants):
            variant_type = self.convert(variant, place.child(f"Variant{index + 1}"))
            if variant_type not in types:
                types.append(variant_type)
        if len(types) == 1:
            return types[0]
        discriminator = here.node.get("discriminator")
        prop = discriminator.get("propertyName") if isinstance(discriminator, dict) else None
        mapping: list[tuple[str, ir.Type]] = []
        if isinstance(prop, str) and isinstance(discriminator, dict):
            raw_mapping = discriminator.get("mapping")
            if isinstance(raw_mapping, dict):
                for value, ref in raw_mapping.items():
                    ref_here = Located({"$ref": _mapped_ref(ref, here.doc.data)}, here.doc,
                                       here.pointer + "/discriminator")
                    mapping.append((str(value), self.named(self.resolver.follow(ref_here))))
            else:
                for variant in variants:
                    if isinstance(variant.node, dict) and "$ref" in variant.node:
                        target = self.resolver.follow(variant)
                        value = _discriminator_value(target.node, prop) \
                            or target.pointer.rsplit("/", 1)[-1]
                        mapping.append((value, self.named(target)))
        return ir.UnionType(tuple(types), prop if isinstance(prop, str) else None,
                            self._first_per_value(mapping, here))

    def _first_per_value(self, mapping: list[tuple[str, ir.Type]],
                         here: Located) -> tuple[tuple[str, ir.Type], ...]:
        """One variant per discriminator value: two variants claiming one value is a warning."""
        chosen: dict[str, ir.Type] = {}
        for value, variant in mapping:
            if value in chosen and chosen[value] != variant:
                self._warn("duplicate-discriminator", f"discriminator value {value!r} names "
                           "more than one variant; the first is used",
                           here.child("discriminator"))
            chosen.setdefault(value, variant)
        return tuple(chosen.items())

    # -- small readings -----------------------------------------------------------------

    def _union_variants(self, here: Located) -> list[Located]:
        keyword, indexes = _union_branches(here.node)
        return [here.child(keyword, i) for i in indexes]

    def _types(self, node: dict[str, Any]) -> list[str]:
        return [t for t in _type_names(node) if t != "null"]

    def _enum_kind(self, node: dict[str, Any]) -> Literal["string", "integer"] | None:
        values = [v for v in node["enum"] if v is not None]
        if values and all(isinstance(v, str) for v in values):
            return "string"
        if values and all(isinstance(v, int) and not isinstance(v, bool) for v in values):
            return "integer"
        return None

    def _nullable(self, here: Located) -> bool:
        node = here.node
        if not isinstance(node, dict):
            return False
        if node.get("nullable") is True:
            if self.is_31:
                self._warn("nullable-in-31", "3.0-style `nullable` in a 3.1 spec; honoured", here)
            return True
        if "null" in _type_names(node):
            return True
        if isinstance(node.get("enum"), list) and None in node["enum"]:
            return True
        return any(
            isinstance(node.get(k), list) and any(_is_null(b) for b in node[k])
            for k in _COMPOSITE_KEYS
        )

    def _wrap_nullable(self, inner: ir.Type, nullable: bool) -> ir.Type:
        if not nullable or isinstance(inner, (ir.Nullable, ir.AnyType)):
            return inner
        return ir.Nullable(inner)

    def _warn(self, code: str, message: str, here: Located) -> None:
        self.sink.warn(code, message, here.doc.name, here.pointer)


def _has_nullable(node: dict[str, Any]) -> bool:
    return node.get("nullable") is True


def _is_null(branch: Any) -> bool:
    return isinstance(branch, dict) and _type_names(branch) == ["null"] and len(branch) <= 2


def _type_names(node: dict[str, Any]) -> list[str]:
    """The names `type` gives, one or a list; YAML's null there (`type: null` unquoted, a
    common slip) is the name 'null' (metaschema.py warns of it)."""
    if "type" not in node:
        return []
    raw = node["type"]
    return [t if t is not None else "null" for t in (raw if isinstance(raw, list) else [raw])
            if t is None or isinstance(t, str)]


def _name_from_pointer(ptr: str) -> str:
    """The spec's own name for a schema reached by `$ref`: its pointer's last token."""
    return unescape(ptr.rsplit("/", 1)[-1])  # a `$ref` is a URI fragment: `%25` is `%`


def _discriminator_value(node: Any, prop: str) -> str | None:
    """The value a variant pins its discriminator to (3.1 `const` or a one-value enum).

    Without a mapping, OpenAPI names the variant by its schema name; a variant that pins
    the property to one value says better what the wire carries.
    """
    props = node.get("properties") if isinstance(node, dict) else None
    schema = props.get(prop) if isinstance(props, dict) else None
    if not isinstance(schema, dict):
        return None
    if isinstance(schema.get("const"), str):
        return str(schema["const"])
    enum = schema.get("enum")
    return enum[0] if isinstance(enum, list) and len(enum) == 1 and isinstance(enum[0], str) \
        else None


def _const_type(value: Any) -> ir.Type:
    if isinstance(value, bool):
        return ir.Primitive("boolean")
    if isinstance(value, int):
        return ir.Primitive("integer")
    if isinstance(value, float):
        return ir.Primitive("number")
    return ir.Primitive("string") if isinstance(value, str) else ir.AnyType()


def _union_branches(node: Any) -> tuple[str, list[int]]:
    """The non-null branches of oneOf/anyOf (a `{type: null}` branch means nullable)."""
    if isinstance(node, dict):
        for keyword in _COMPOSITE_KEYS:
            branches = node.get(keyword)
            if isinstance(branches, list) and branches:
                return keyword, [i for i, b in enumerate(branches) if not _is_null(b)]
    return "", []


def _mapped_ref(value: Any, data: Any) -> Any:
    """A discriminator mapping's value: a `$ref`, or (OpenAPI says either) the name of a
    schema of the document's components (`Cat`), when one of that name exists."""
    components = data.get("components") if isinstance(data, dict) else None
    schemas = components.get("schemas") if isinstance(components, dict) else None
    if isinstance(value, str) and "#" not in value and "/" not in value \
            and isinstance(schemas, dict) and value in schemas:
        return "#/components/schemas/" + pointer.escape(value)
    return value
