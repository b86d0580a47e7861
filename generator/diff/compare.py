"""Compare two versions of a spec at the API level: what a client of the old one will notice.

Both versions go through the same loader and resolver as generation and the comparison is
between their IRs (operations, parameters, bodies, responses, schemas, security), never
the documents: `$ref`s are followed, and Swagger 2.0, OpenAPI 3.0 and 3.1 spellings of
one API compare alike. Every finding is a Change with the IR's pointer into the spec it
is about (the new one, or the old one for what was removed); for Swagger 2.0 that is the
converted 3.0 document (`#/definitions/X` is `#/components/schemas/X`), except a
parameter's, which is its entry as written.

A change is breaking when code written against the old client may stop working: a call
the server now rejects, a value the caller can no longer count on, or a name in the
regenerated client that went away. Whether a schema is sent (request) or received
(response) decides several of these, so each named schema's use is worked out first.
Every public name of the old client (models, their `types` TypedDicts, groups and their
classes, methods and `_iter` forms, enum members; all from the naming pass) that the new
one lacks or spells otherwise is listed, even when nothing on the wire changed: an inline
schema's model goes with its operation, and is renamed when its place is.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from generator.diagnostics import Sink, pointer
from generator.emit.typeddicts import sent_enums, sent_objects
from generator.model import ir
from generator.model.pagination import read_config
from generator.model.resolve import load_api
from generator.names.assign import Names, OperationNames

REQUEST, RESPONSE = "request", "response"

# Report order within "breaking" and within "safe": the most consequential first.
KINDS = (
    "operation-removed", "operation-moved", "operation-renamed", "operation-regrouped",
    "operation-added", "operation-deprecated",
    "security-changed", "security-scheme-removed", "security-scheme-changed",
    "parameter-removed", "parameter-added", "parameter-required", "parameter-optional",
    "request-body-removed", "request-body-added", "request-body-changed",
    "request-body-required", "request-body-optional",
    "response-removed", "response-added", "response-body-removed", "response-body-added",
    "type-changed", "made-nullable", "made-non-nullable",
    "property-removed", "property-added", "property-required", "property-optional",
    "enum-value-removed", "enum-value-added", "variant-removed", "variant-added",
    "model-renamed", "name-renamed", "name-removed", "name-changed", "schema-removed",
    "schema-added", "security-scheme-added",
)


@dataclass(frozen=True)
class Change:
    kind: str
    breaking: bool
    pointer: str
    message: str

    def sort_key(self) -> tuple[bool, int, str, str]:
        return (not self.breaking, KINDS.index(self.kind), self.pointer, self.message)


def load(path: Path, ref_root: Path | None = None, pagination: Path | None = None,
         overlays: Sequence[Path] = ()) -> ir.Api:
    """Load and validate a spec for comparison; raise SpecError when it cannot be used.
    `ref_root`: a folder holding the spec, below which its `$ref`s may reach other files;
    `pagination`: the spec's pagination config, so that `_iter` methods are compared;
    `overlays`: Overlay files applied to it first, as generation does."""
    paging = read_config(pagination) if pagination else None
    return load_api(path, Sink(), paging, str(pagination), ref_root=ref_root,
                    overlays=overlays)


def diff_specs(old: Path, new: Path, ref_root: Path | None = None,
               pagination: Path | None = None, overlays: Sequence[Path] = (),
               old_overlays: Sequence[Path] | None = None) -> list[Change]:
    """`overlays` apply to both versions unless `old_overlays` names the old one's."""
    before = overlays if old_overlays is None else old_overlays
    return compare(load(old, ref_root, pagination, before),
                   load(new, ref_root, pagination, overlays))


def compare(old: ir.Api, new: ir.Api) -> list[Change]:
    """Every change from `old` to `new`, breaking ones first, in a stable order."""
    return _Comparison(_Version(old), _Version(new)).run()


@dataclass(frozen=True)
class _Public:
    """What a public name of the generated package stands for: the definition, operation
    or tag (`owner`) and which of its names it is (`role`); `pointer` says where."""

    owner: tuple[str, ...]
    role: str
    pointer: str


class _Version:
    """One side of the comparison: its IR, the names the client has, what names a schema."""

    def __init__(self, api: ir.Api) -> None:
        self.api = api
        self.names = Names(api)
        self.classes = set(self.names.classes.values())  # every class in `models`
        self.groups = {self.names.operation(op).group for op in api.operations}
        self.public = _public_names(api, self.names)
        self.roles = {(p.owner, p.role): name for name, p in self.public.items()}
        self.use = _usage(api)
        # a definition's key -> the component schema that is it; one that is only a `$ref`
        # to another component gives way to that one
        self.components: dict[str, str] = {}
        models = [(s.type.key, s) for s in api.schemas if isinstance(s.type, ir.Ref)]
        for key, named in sorted(models, key=lambda model: model[1].pointer != model[0]):
            self.components.setdefault(key, named.name)

    def label(self, key: str) -> str:
        """How messages name a definition: its schema name, else its class name."""
        return self.components.get(key) or self.names.model(key)

    def call(self, op: ir.Operation) -> str:
        return self.names.operation(op).call


class _Comparison:
    def __init__(self, old: _Version, new: _Version) -> None:
        self.old, self.new = old, new
        self.changes: set[Change] = set()
        self._pairs: list[tuple[str, str]] = []
        self._seen: set[tuple[str, str]] = set()
        self._told: set[str] = set()  # old public names a change already says went away
        self._moved: dict[tuple[str, ...], tuple[str, ...]] = {}  # old operation -> new

    def run(self) -> list[Change]:
        self._operations()
        self._security()
        self._schemas()
        self._models()
        while self._pairs:
            self._definitions(*self._pairs.pop())
        self._public_names()
        return sorted(self.changes, key=Change.sort_key)

    def _add(self, kind: str, breaking: bool, ptr: str, message: str) -> None:
        self.changes.add(Change(kind, breaking, ptr, message))

    # -- operations ---------------------------------------------------------------------

    def _operations(self) -> None:
        old = {(op.method, op.path): op for op in self.old.api.operations}
        new = {(op.method, op.path): op for op in self.new.api.operations}
        removed = [old[k] for k in old if k not in new]
        added = [new[k] for k in new if k not in old]
        moved = _moved(removed, added)
        for a, b in moved:
            self._moved[_owner(a)] = _owner(b)
            self._add("operation-moved", True, _op_pointer(b),
                      f"`{a.method} {a.path}` moved to `{b.method} {b.path}` (`{b.operation_id}`)")
            self._operation(a, b)
        gone = {id(a) for a, _ in moved} | {id(b) for _, b in moved}
        for op in removed:
            if id(op) not in gone:
                calls = ", ".join(f"`{name}`" for name in
                                  self._names_gone(_owner(op)) or [self.old.call(op)])
                self._add("operation-removed", True, _op_pointer(op),
                          f"operation removed: `{op.method} {op.path}` ({calls})")
        for op in added:
            if id(op) not in gone:
                self._add("operation-added", False, _op_pointer(op),
                          f"operation added: `{op.method} {op.path}` (`{self.new.call(op)}`)")
        for key in old.keys() & new.keys():
            self._operation(old[key], new[key])

    def _operation(self, a: ir.Operation, b: ir.Operation) -> None:
        ptr = _op_pointer(b)
        before, after = self.old.names.operation(a), self.new.names.operation(b)
        if before.method != after.method:
            self._add("operation-renamed", True, ptr, f"operationId `{a.operation_id}` renamed to "
                      f"`{b.operation_id}`: {self._calls(before, after)}")
        if before.group != after.group:
            self._add("operation-regrouped", True, ptr, self._regrouped(a, b, before.group,
                                                                        after.group))
        if b.deprecated and not a.deprecated:
            self._add("operation-deprecated", False, ptr, f"`{b.method} {b.path}` is deprecated")
        self._parameters(a, b)
        self._body(a, b, ptr)
        self._responses(a, b, ptr)

    def _regrouped(self, a: ir.Operation, b: ir.Operation, was: str, now: str) -> str:
        """Why the group attribute changed: another first tag, or the same tag giving way
        to a group that claimed its name first."""
        call = self._calls(self.old.names.operation(a), self.new.names.operation(b))
        if a.tag != b.tag:
            return f"first tag `{a.tag}` changed to `{b.tag}`: {call}"
        self._told.add(f"client.{was}")
        why = "another group took" if was in self.new.groups else "was"
        tag = f"tag `{b.tag}`" if b.tag is not None else "no tag"
        return f"{tag} now gives the group `client.{now}` ({why} `client.{was}`): {call}"

    def _calls(self, before: OperationNames, after: OperationNames) -> str:
        """`the client method X is now Y`, and its `_iter` form when it has one (told)."""
        text = f"the client method `{before.call}` is now `{after.call}`"
        self._told.add(before.call)
        if before.iterator and after.iterator:
            was = f"client.{before.group}.{before.iterator}"
            text += f" (and `{was}` is now `client.{after.group}.{after.iterator}`)"
            self._told.add(was)
        return text

    def _parameters(self, a: ir.Operation, b: ir.Operation) -> None:
        old = {(p.location, p.wire_name): p for p in a.parameters}
        new = {(p.location, p.wire_name): p for p in b.parameters}
        for key in sorted(old.keys() | new.keys()):
            before, after = old.get(key), new.get(key)
            what = f"{key[0]} parameter `{key[1]}`"
            if after is None:
                assert before is not None
                self._add("parameter-removed", True, before.pointer, f"{what} removed")
                continue
            ptr = after.pointer
            if before is None:
                self._add("parameter-added", after.required, ptr,
                          f"{'required' if after.required else 'optional'} {what} added")
                continue
            if after.required and not before.required:
                self._add("parameter-required", True, ptr, f"{what} is now required")
            elif before.required and not after.required:
                self._add("parameter-optional", False, ptr, f"{what} is now optional")
            was = self.old.names.operation(a).arguments[key]
            now = self.new.names.operation(b).arguments[key]
            if was != now:  # another parameter took its argument name: a call may mean it
                self._add("name-changed", True, ptr, f"{what} is now the argument `{now}` of "
                          f"`{self.new.call(b)}` (was `{was}`)")
            self._type(before.type, after.type, ptr, what, {REQUEST})

    def _body(self, a: ir.Operation, b: ir.Operation, ptr: str) -> None:
        ptr += "/requestBody"
        if a.body is None and b.body is None:
            return
        if b.body is None:
            self._add("request-body-removed", True, ptr, "request body removed")
            return
        if a.body is None:
            required = "required" if b.body.required else "optional"
            self._add("request-body-added", b.body.required, ptr, f"{required} request body added")
            return
        if a.body.content_type != b.body.content_type:
            self._add("request-body-changed", True, ptr, f"request body media type changed "
                      f"from `{a.body.content_type}` to `{b.body.content_type}`")
        if b.body.required and not a.body.required:
            self._add("request-body-required", True, ptr, "request body is now required")
        elif a.body.required and not b.body.required:
            self._add("request-body-optional", False, ptr, "request body is now optional")
        self._type(a.body.type, b.body.type, ptr, "request body", {REQUEST})

    def _responses(self, a: ir.Operation, b: ir.Operation, ptr: str) -> None:
        old = {r.status: r for r in a.responses}
        new = {r.status: r for r in b.responses}
        for status in sorted(old.keys() | new.keys()):
            here = f"{ptr}/responses/{status}"
            before, after = old.get(status), new.get(status)
            if after is None:
                success = status.startswith("2")
                self._add("response-removed", success, here, f"response {status} removed")
            elif before is None:
                self._add("response-added", False, here, f"response {status} added")
            elif after.type is None and before.type is not None:
                self._add("response-body-removed", True, here, f"response {status} has no body "
                          "any more")
            elif before.type is None and after.type is not None:
                self._add("response-body-added", False, here, f"response {status} now has a "
                          f"body (`{self._describe(after.type, self.new)}`)")
            elif before.type is not None and after.type is not None:
                if before.kind != after.kind:
                    self._add("type-changed", True, here, f"response {status} body changed from "
                              f"`{before.kind}` to `{after.kind}`")
                else:
                    self._type(before.type, after.type, here, f"response {status} body",
                               {RESPONSE})

    # -- types and definitions ----------------------------------------------------------

    def _type(self, a: ir.Type, b: ir.Type, ptr: str, what: str, use: set[str],
              schema: str | None = None) -> None:
        """Compare one use of a type (or, with `schema`, that component schema itself);
        pair the definitions it reaches for a later look."""
        a_null, a_core = _split(a)
        b_null, b_core = _split(b)
        before, after = _signature(a_core, self.old), _signature(b_core, self.new)
        if before != after:
            was, now = self._describe(a_core, self.old, schema), \
                self._describe(b_core, self.new, schema)
            self._add("type-changed", True, ptr, f"{what} type changed from `{was}` to `{now}`"
                      + (self._gone(a_core) if schema is not None else ""))
        else:
            self._pair(a_core, b_core)
        if b_null and not a_null:
            self._add("made-nullable", RESPONSE in use, ptr, f"{what} can now be null")
        elif a_null and not b_null:
            self._add("made-non-nullable", REQUEST in use, ptr, f"{what} can no longer be null")

    def _pair(self, a: ir.Type, b: ir.Type) -> None:
        """Queue the definitions that stand at the same place in two equal-shaped types."""
        if isinstance(a, ir.Nullable) and isinstance(b, ir.Nullable):
            self._pair(a.inner, b.inner)
        elif isinstance(a, ir.Ref) and isinstance(b, ir.Ref):
            if (a.key, b.key) not in self._seen:
                self._seen.add((a.key, b.key))
                self._pairs.append((a.key, b.key))
        elif isinstance(a, ir.ArrayType) and isinstance(b, ir.ArrayType):
            self._pair(a.items, b.items)
        elif isinstance(a, ir.MapType) and isinstance(b, ir.MapType):
            self._pair(a.values, b.values)
        elif isinstance(a, ir.UnionType) and isinstance(b, ir.UnionType):
            self._pair_variants(a.variants, b.variants)

    def _pair_variants(self, a: Iterable[ir.Type], b: Iterable[ir.Type]) -> None:
        """Variants pair with the same definition first, then with one of the same shape.

        Objects all have the signature `object`, so by shape alone the variants of
        `Cat | Dog` would meet the wrong partner (and report Cat's fields as removed).
        """
        before, after = list(a), list(b)
        for variant in [v for v in before if v in after]:
            before.remove(variant)
            after.remove(variant)
            self._pair(variant, variant)
        for variant in before:
            shape = _signature(variant, self.old)
            match = next((v for v in after if _signature(v, self.new) == shape), None)
            if match is not None:
                after.remove(match)
                self._pair(variant, match)

    def _definitions(self, old_key: str, new_key: str) -> None:
        a, b = self.old.api.definitions[old_key], self.new.api.definitions[new_key]
        use = self.old.use[old_key] | self.new.use[new_key]
        if isinstance(a, ir.ObjectDef) and isinstance(b, ir.ObjectDef):
            self._properties(a, b, use)
        elif isinstance(a, ir.EnumDef) and isinstance(b, ir.EnumDef):
            self._enum(a, b, use)
        elif isinstance(a, ir.UnionDef) and isinstance(b, ir.UnionDef):
            self._union(a, b, use)

    def _properties(self, a: ir.ObjectDef, b: ir.ObjectDef, use: set[str]) -> None:
        old = {p.wire_name: p for p in a.properties}
        new = {p.wire_name: p for p in b.properties}
        for name in sorted(old.keys() | new.keys()):
            before, after = old.get(name), new.get(name)
            if after is None:
                assert before is not None
                sides = _property_use(before, use)
                self._add("property-removed", True, _prop_pointer(a, name),
                          f"{_role(sides)}property `{name}` removed")
                continue
            ptr = _prop_pointer(b, name)
            sides = _property_use(after, use)
            what = f"{_role(sides)}property `{name}`"
            if before is None:
                required = after.required and REQUEST in sides
                self._add("property-added", required, ptr,
                          f"{_role(sides)}property `{name}` added"
                          + (" as required" if after.required else ""))
                continue
            if after.required and not before.required:
                self._add("property-required", REQUEST in sides, ptr, f"{what} is now required")
            elif before.required and not after.required:
                self._add("property-optional", RESPONSE in sides, ptr, f"{what} is now optional")
            was, now = self.old.names.fields[a.key][name], self.new.names.fields[b.key][name]
            if was != now:  # another property took its attribute: `.x` may mean the other
                self._add("name-changed", True, ptr, f"{what} is now the attribute `{now}` of "
                          f"`models.{self.new.names.model(b.key)}` (was `{was}`)")
            self._type(before.type, after.type, ptr, what, sides)

    def _enum(self, a: ir.EnumDef, b: ir.EnumDef, use: set[str]) -> None:
        ptr = b.key + "/enum"
        removed = [v for v in a.values if v not in b.values]
        added = [v for v in b.values if v not in a.values]
        old_members = dict(zip(a.values, self.old.names.members[a.key], strict=True))
        new_members = dict(zip(b.values, self.new.names.members[b.key], strict=True))
        if removed:
            # a member that goes away breaks code naming it, even where the value only
            # stops arriving
            gone = [f"`models.{self.old.names.model(a.key)}.{old_members[v]}`" for v in removed
                    if old_members[v] not in new_members.values()]
            self._add("enum-value-removed", REQUEST in use or bool(gone), ptr, f"{_role(use)}enum "
                      f"`{self.old.label(a.key)}`: {_plural(removed, 'value')} removed: "
                      f"{_values(removed)}" + (f" ({_going(gone)})" if gone else ""))
        if added:
            self._add("enum-value-added", False, ptr, f"{_role(use)}enum "
                      f"`{self.new.label(b.key)}`: {_plural(added, 'value')} added: "
                      f"{_values(added)}")
        for value in [v for v in b.values if v in old_members]:
            if old_members[value] != new_members[value]:
                self._add("name-changed", True, ptr, f"enum `{self.new.label(b.key)}`: value "
                          f"`{value}` is now the member `{self.new.names.model(b.key)}."
                          f"{new_members[value]}` (was `{old_members[value]}`)")

    def _union(self, a: ir.UnionDef, b: ir.UnionDef, use: set[str]) -> None:
        before = {_signature(v, self.old): v for v in a.union.variants}
        after = {_signature(v, self.new): v for v in b.union.variants}
        what = f"{_role(use)}union `{self.new.label(b.key)}`"
        for sig in sorted(before.keys() - after.keys()):
            self._add("variant-removed", REQUEST in use, b.key, f"{what}: variant "
                      f"`{self._describe(before[sig], self.old)}` removed")
        for sig in sorted(after.keys() - before.keys()):
            self._add("variant-added", False, b.key, f"{what}: variant "
                      f"`{self._describe(after[sig], self.new)}` added")
        self._pair_variants(a.union.variants, b.union.variants)

    def _describe(self, t: ir.Type, side: _Version, schema: str | None = None) -> str:
        """A type for messages, naming the definitions in it; the definition that is
        `schema` itself is shown by its shape (`object`, not its own name)."""
        if isinstance(t, ir.Ref) and schema is not None and side.components.get(t.key) == schema:
            return _signature(t, side)
        return _signature(t, side, names=True)

    def _gone(self, t: ir.Type) -> str:
        """` (`models.X` and `types.XParam` go away)` when `t` is a definition of the old
        version whose names the new client does not have (a class another schema keeps is
        not gone)."""
        gone = self._names_gone(("definition", t.key)) if isinstance(t, ir.Ref) else []
        return f" ({_going([f'`{name}`' for name in gone])})" if gone else ""

    def _names_gone(self, owner: tuple[str, ...]) -> list[str]:
        """The old names of `owner` the new client lacks, now told (a message names them)."""
        gone = [name for name, public in self.old.public.items()
                if public.owner == owner and name not in self.new.public]
        self._told.update(gone)
        return gone

    # -- schemas and security -----------------------------------------------------------

    def _schemas(self) -> None:
        """Component schemas by name; one in both versions is compared as a type, so an
        array of inline objects or a plain `string` is compared as a model is."""
        old = {s.name: s for s in self.old.api.schemas}
        new = {s.name: s for s in self.new.api.schemas}
        for name, schema in old.items():
            if name not in new:
                self._add("schema-removed", True, schema.pointer, f"schema `{name}` removed"
                          + self._gone(schema.type))
        for name, schema in new.items():
            if name not in old:
                self._add("schema-added", False, schema.pointer, f"schema `{name}` added")
        for name in sorted(old.keys() & new.keys()):
            a, b = old[name].type, new[name].type
            self._type(a, b, new[name].pointer, f"schema `{name}`", self._schema_use(a, b),
                       schema=name)

    def _schema_use(self, a: ir.Type, b: ir.Type) -> set[str]:
        """Whether a component schema is sent or received: as the definitions it reaches
        are, else (used only inlined, or not at all: unknown here) both, to be safe."""
        use = {side for key in _refs(a) for side in self.old.use.get(key, ())}
        use |= {side for key in _refs(b) for side in self.new.use.get(key, ())}
        return use or {REQUEST, RESPONSE}

    def _models(self) -> None:
        """A definition in both versions whose class is named otherwise now: code that
        says `models.<old name>` breaks, or gets another schema's class."""
        old, new = self.old.names.classes, self.new.names.classes
        owners = {model: key for key, model in new.items()}
        for key in sorted(old.keys() & new.keys()):
            if old[key] == new[key]:
                continue
            definition = self.new.api.definitions[key]
            schema = self.new.components.get(key)
            message = f"`models.{old[key]}` renamed to `models.{new[key]}`" \
                + (f" (schema `{schema}`)" if schema else "")
            self._told.add(f"models.{old[key]}")
            params = [self.old.roles.get((("definition", key), "params")),
                      self.new.roles.get((("definition", key), "params"))]
            if params[0] and params[1] and params[0] != params[1]:
                self._told.add(params[0])
                message += f", `{params[0]}` to `{params[1]}`"
            owner = owners.get(old[key])
            if owner is not None:
                taker = self.new.components.get(owner)
                message += f"; `models.{old[key]}` is now " + (
                    f"schema `{taker}`" if taker else
                    f"the schema at `{self.new.api.definitions[owner].pointer}`")
            self._add("model-renamed", True, definition.pointer, message)

    def _public_names(self) -> None:
        """Every old public name no change has named yet that the new client spells
        otherwise (renamed: its owner is still there, named anew) or lacks (gone), one line
        per owner: an inline schema's model and TypedDict when their operation or place
        went, a group and its classes, an `_iter` form."""
        renamed: dict[tuple[str, ...], list[tuple[_Public, str, str]]] = defaultdict(list)
        gone: dict[tuple[str, ...], list[tuple[_Public, str]]] = defaultdict(list)
        for name, public in self.old.public.items():
            now = self._now(public)
            if name in self._told or now == name:
                continue
            if now is not None:
                renamed[public.owner].append((public, name, now))
            elif name not in self.new.public:
                gone[public.owner].append((public, name))
        for pairs in renamed.values():
            shown = [(f"`{was}`", _quoted(p, now)) for p, was, now in pairs]
            where = self.new.public[pairs[0][2]].pointer
            self._add("name-renamed", True, where, f"{shown[0][0]} renamed to "
                      f"{shown[0][1]}" + "".join(f", {a} to {b}" for a, b in shown[1:]))
        for names in gone.values():
            self._add("name-removed", True, names[0][0].pointer,
                      _going([_quoted(p, name) for p, name in names])
                      + self._why([p.role for p, _ in names], names[0][0].owner))

    def _now(self, public: _Public) -> str | None:
        """The new name of the same owner in the same role, when the owner has one."""
        kind, *rest = public.owner
        partners: list[tuple[str, ...]]
        if kind == "definition" and rest[0] not in self.new.api.definitions:
            partners = [("definition", b) for a, b in sorted(self._seen) if a == rest[0]]
        else:
            partners = [self._moved.get(public.owner, public.owner)]
        found = [self.new.roles[(p, public.role)] for p in partners
                 if (p, public.role) in self.new.roles]
        return found[0] if found else None

    def _why(self, roles: list[str], owner: tuple[str, ...]) -> str:
        """Why a name went when what it belonged to stayed."""
        if roles == ["params"] and owner[1] in self.new.api.definitions:
            return f" (no request sends `models.{self.new.names.model(owner[1])}` now)"
        if roles == ["iterator"] and (owner, "method") in self.new.roles:
            return f" (`{self.new.roles[(owner, 'method')]}` no longer pages)"
        return ""

    def _security(self) -> None:
        old_root, new_root = _alternatives(self.old.api.security), \
            _alternatives(self.new.api.security)
        if old_root != new_root:
            self._add("security-changed", True, "#/security", f"default security changed from "
                      f"{_show(old_root)} to {_show(new_root)}")
        old_ops = {(op.method, op.path): op for op in self.old.api.operations}
        new_ops = {(op.method, op.path): op for op in self.new.api.operations}
        for key in sorted(old_ops.keys() & new_ops.keys()):
            a, b = old_ops[key], new_ops[key]
            if not a.own_security and not b.own_security:
                continue  # both follow the default, compared above
            before, after = _alternatives(a.security), _alternatives(b.security)
            if before != after:
                self._add("security-changed", True, _op_pointer(b) + "/security",
                          f"`{b.method} {b.path}` security changed from {_show(before)} "
                          f"to {_show(after)}")
        old_schemes = {s.name: s for s in self.old.api.security_schemes}
        new_schemes = {s.name: s for s in self.new.api.security_schemes}
        for name in sorted(old_schemes.keys() | new_schemes.keys()):
            if name not in new_schemes:
                self._add("security-scheme-removed", True, old_schemes[name].pointer,
                          f"security scheme `{name}` removed")
                continue
            after_scheme = new_schemes[name]
            if name not in old_schemes:
                self._add("security-scheme-added", False, after_scheme.pointer,
                          f"security scheme `{name}` added (`{after_scheme.summary}`)")
            elif old_schemes[name].summary != after_scheme.summary:
                self._add("security-scheme-changed", True, after_scheme.pointer,
                          f"security scheme `{name}` changed from `{old_schemes[name].summary}` "
                          f"to `{after_scheme.summary}`")


# -- the public names of a generated package ------------------------------------------------


def _owner(op: ir.Operation) -> tuple[str, ...]:
    return ("operation", op.method, op.path)


def _public_names(api: ir.Api, names: Names) -> dict[str, _Public]:
    """Every name a caller of the generated package may write, as written, with its owner:
    `models.X`, `types.XParam` (a TypedDict or an enum's alias), `client.<group>`,
    `resources.<group>.<Class>`, `client.<group>.<method>` and its `_iter` form."""
    found: dict[str, _Public] = {}
    for key, model in names.classes.items():
        found[f"models.{model}"] = _Public(("definition", key), "class",
                                           api.definitions[key].pointer)
    for key in sent_objects(api):
        found[f"types.{names.typed_dict(key)}"] = _Public(("definition", key), "params",
                                                          api.definitions[key].pointer)
    for key in sent_enums(api):  # an enum's alias is its dict form, as a TypedDict is
        found[f"types.{names.enum_param(key)}"] = _Public(("definition", key), "params",
                                                          api.definitions[key].pointer)
    for op in api.operations:
        called = names.operation(op)
        tag, ptr = ("tag", op.tag or "default"), _op_pointer(op)
        found.setdefault(f"client.{called.group}", _Public(tag, "group", ptr))
        # the Async and WithRawResponse classes are named with it, and told with it
        found.setdefault(f"resources.{called.group}.{called.group_classes.sync}",
                         _Public(tag, "classes", ptr))
        found[called.call] = _Public(_owner(op), "method", ptr)
        if called.iterator is not None:
            found[f"client.{called.group}.{called.iterator}"] = _Public(_owner(op), "iterator",
                                                                       ptr)
    return found


def _quoted(public: _Public, name: str) -> str:
    """A public name in a message; a group's class stands for the four named together."""
    if public.role == "classes":
        return f"`{name}` (with its Async and WithRawResponse forms)"
    return f"`{name}`"


def _going(shown: list[str]) -> str:
    """`a` goes away; `a`, `b` and `c` go away (each already as a message shows it)."""
    if len(shown) == 1:
        return f"{shown[0]} goes away"
    return f"{', '.join(shown[:-1])} and {shown[-1]} go away"


# -- where each definition is used ----------------------------------------------------------


def _usage(api: ir.Api) -> dict[str, set[str]]:
    """For each definition key: whether it is sent (request), received (response), or both."""
    use: dict[str, set[str]] = defaultdict(set)
    stack: list[tuple[ir.Type, str]] = []
    for op in api.operations:
        stack += [(p.type, REQUEST) for p in op.parameters]
        stack += [(op.body.type, REQUEST)] if op.body else []
        stack += [(r.type, RESPONSE) for r in op.responses if r.type is not None]
    while stack:
        t, side = stack.pop()
        for key in _refs(t):
            if side in use[key] or key not in api.definitions:
                continue
            use[key].add(side)
            definition = api.definitions[key]
            if isinstance(definition, ir.ObjectDef):
                stack += [(p.type, side) for p in definition.properties
                          if side in _property_use(p, {side})]
            elif isinstance(definition, ir.UnionDef):
                stack += [(v, side) for v in definition.union.variants]
    return use


def _refs(t: ir.Type) -> list[str]:
    t = ir.without_null(t)
    if isinstance(t, ir.Ref):
        return [t.key]
    if isinstance(t, ir.ArrayType):
        return _refs(t.items)
    if isinstance(t, ir.MapType):
        return _refs(t.values)
    if isinstance(t, ir.UnionType):
        return [key for v in t.variants for key in _refs(v)]
    return []


def _property_use(prop: ir.Property, use: set[str]) -> set[str]:
    """readOnly properties are never sent, writeOnly ones never received."""
    sides = set(use)
    if prop.read_only:
        sides.discard(REQUEST)
    if prop.write_only:
        sides.discard(RESPONSE)
    return sides


def _role(use: set[str]) -> str:
    if use == {REQUEST}:
        return "request "
    if use == {RESPONSE}:
        return "response "
    return "request and response " if use else ""


# -- describing types -------------------------------------------------------------------------


def _split(t: ir.Type) -> tuple[bool, ir.Type]:
    return isinstance(t, ir.Nullable), ir.without_null(t)


def _signature(t: ir.Type, side: _Version, names: bool = False) -> str:
    """What a value looks like on the wire (with schema names when `names`, for messages).

    Objects compare as `object` whatever their name: their properties are compared one
    by one, and a renamed schema shows as removed and added.
    """
    if isinstance(t, ir.Primitive):
        return f"{t.kind}({t.format})" if t.format else t.kind
    null, core = _split(t)
    if null:
        return f"{_signature(core, side, names)} | null"
    if isinstance(t, ir.ArrayType):
        return f"array<{_signature(t.items, side, names)}>"
    if isinstance(t, ir.MapType):
        return f"map<{_signature(t.values, side, names)}>"
    if isinstance(t, ir.UnionType):
        return " | ".join(sorted({_signature(v, side, names) for v in t.variants}))
    if isinstance(t, ir.Ref):
        definition = side.api.definitions[t.key]
        name = side.components.get(t.key)
        if names and name:
            return name
        if isinstance(definition, ir.EnumDef):
            return f"{definition.value_kind} enum"
        return "object" if isinstance(definition, ir.ObjectDef) else "union"
    return "any"


def _values(values: list[str | int]) -> str:
    return ", ".join(f"`{v}`" for v in values)


def _plural(items: list[Any], word: str) -> str:
    return f"{len(items)} {word}{'' if len(items) == 1 else 's'}"


def _prop_pointer(definition: ir.ObjectDef, name: str) -> str:
    return definition.key + pointer("properties", name)[1:]


# -- operations ---------------------------------------------------------------------------------


def _op_pointer(op: ir.Operation) -> str:
    """The operation's entry (3.2's `additionalOperations` too); an operation in a path
    item kept in another file is shown where the root document lists its path."""
    if op.pointer.startswith(pointer("paths", op.path) + "/"):
        return op.pointer
    return pointer("paths", op.path, op.method.lower())


def _moved(removed: list[ir.Operation],
           added: list[ir.Operation]) -> list[tuple[ir.Operation, ir.Operation]]:
    """Removed and added operations with the same operationId: the path or method changed."""
    def by_id(ops: list[ir.Operation]) -> dict[str, ir.Operation]:
        ids = [op.operation_id for op in ops if op.operation_id]
        return {op.operation_id: op for op in ops
                if op.operation_id and ids.count(op.operation_id) == 1}
    before, after = by_id(removed), by_id(added)
    return [(before[i], after[i]) for i in sorted(before.keys() & after.keys())]


# -- security requirements --------------------------------------------------------------------


def _alternatives(requirements: tuple[ir.SecurityRequirement, ...]) -> tuple[str, ...]:
    """Requirements as sorted alternatives, each `scheme[scopes] + scheme` (`anonymous`
    when it needs no credentials)."""
    shown = set()
    for requirement in requirements:
        parts = [f"{name}[{', '.join(sorted(scopes))}]" if scopes else name
                 for name, scopes in requirement.schemes]
        shown.add(" + ".join(parts) or "anonymous")
    return tuple(sorted(shown))


def _show(requirements: tuple[str, ...]) -> str:
    return " or ".join(f"`{r}`" for r in requirements) if requirements else "none"


# -- reports ------------------------------------------------------------------------------------


def breaking(changes: Iterable[Change]) -> list[Change]:
    return [c for c in changes if c.breaking]


def format_text(changes: list[Change]) -> str:
    """One line per change: `BREAKING|safe  <pointer>  <message>`."""
    if not changes:
        return "no API changes\n"
    return "".join(f"{'BREAKING' if c.breaking else 'safe'}  {c.pointer}  {c.message}\n"
                   for c in changes)


def format_json(changes: list[Change]) -> str:
    report = {"breaking": len(breaking(changes)), "total": len(changes),
              "changes": [asdict(c) for c in changes]}
    return json.dumps(report, indent=2, ensure_ascii=False) + "\n"


def title(old_path: Path, new_path: Path, old: ir.Api, new: ir.Api) -> str:
    """A heading for a report: the API's title, the two files, and versions when they differ."""
    heading = f"{new.title}: {old_path} → {new_path}"
    if old.version != new.version:
        heading += f" (version {old.version} → {new.version})"
    return heading


def format_markdown(changes: list[Change], title: str, note: str | None = None) -> str:
    """A changelog entry: `## title`, an optional note, breaking changes, other changes."""
    lines = [f"## {title}", ""] + ([note, ""] if note else [])
    hard = breaking(changes)
    soft = [c for c in changes if not c.breaking]
    if not changes:
        return "\n".join([*lines, "No API changes.", ""])
    lines.append(f"{len(hard)} breaking, {len(soft)} other.")
    for heading, group in (("Breaking changes", hard), ("Other changes", soft)):
        lines += ["", f"### {heading}", ""]
        lines += [f"- {_md(c.message)} (`{c.pointer}`)" for c in group] or ["None."]
    return "\n".join(lines) + "\n"


def _md(text: str) -> str:
    """A message as one Markdown line: escaped outside its `code` spans, kept inside."""
    parts = " ".join(text.split()).split("`")
    for index in range(0, len(parts), 2):
        for char in "\\*_[]<>|#":
            parts[index] = parts[index].replace(char, "\\" + char)
    return "`".join(parts)
