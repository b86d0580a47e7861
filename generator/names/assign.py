"""The naming pass: every Python name a generated package uses, decided once from the IR.

The view (what the templates get), the TypedDicts, the test kit and `clientgen diff` (what a
change means to a caller) all read one `Names`; no other module makes a name. How spec text
becomes an identifier is identifiers.py's (`class_name`, `snake_case`, `constant_name`), and so is
the table of what each scope may never be. This pass applies them in a fixed order:

| scope                    | cased by        | may not be (besides keywords)        | a clash gets |
| ------------------------ | --------------- | ------------------------------------ | ------------ |
| model class              | `class_name`    | CamelCase builtins                   | trailing `_` |
| model module             | `snake_case`    | (lower case: no two differ by case)  | trailing `_` |
| model field              | `snake_case`    | MODEL_FIELD_RESERVED                 | trailing `_` |
| enum member              | `constant_name` |                                      | trailing `_` |
| group attribute, module  | `snake_case`    | CLIENT_MEMBER_RESERVED               | trailing `_` |
| group class              | `class_name`    | Client, AsyncClient, another group's | trailing `_` |
|                          |                 | X, AsyncX, XWithRawResponse,         |              |
|                          |                 | AsyncXWithRawResponse                |              |
| method, `_iter` form     | `snake_case`    | GROUP_MEMBER_RESERVED                | trailing `_` |
| method argument          | `snake_case`    | PARAMETER_RESERVED                   | trailing `_` |
| enum alias in `types`    | class + `Param` | a TypedDict's name                   | trailing `_` |

First come keeps the plain name: components in the order the spec lists them, then other
schemas the spec names, then those named after their place (by key, never by the order
operations reach them); operations in the spec's order, and every plain method name before
any `_iter` form. An inline schema is named after its place: its
parent's name (the definition it is part of, or the operation) followed by its role; a
response's body by the operation's and `Response` (`Response201` when it has several
successes) or `Error404`, made here from the status code the IR keeps.
Nothing here depends on the Python that runs the generator.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.model import ir
from generator.names.identifiers import (
    BUILTIN_CLASSES,
    CLIENT_MEMBER_RESERVED,
    GROUP_MEMBER_RESERVED,
    MAX_MODULE,
    MODEL_FIELD_RESERVED,
    PARAMETER_RESERVED,
    Namespace,
    class_name,
    constant_name,
    param_name,
    snake_case,
)


@dataclass(frozen=True)
class GroupClasses:
    """The four classes a group's module defines: named together, so none meets another's."""

    sync: str
    async_: str
    raw: str
    async_raw: str

    @classmethod
    def of(cls, name: str) -> GroupClasses:
        return cls(name, "Async" + name, name + "WithRawResponse",
                   "Async" + name + "WithRawResponse")

    def all(self) -> tuple[str, ...]:
        return (self.sync, self.async_, self.raw, self.async_raw)


@dataclass(frozen=True)
class OperationNames:
    """Where an operation is in the client: `client.<group>.<method>(<arguments>)`."""

    group: str  # the attribute on Client and AsyncClient, and the module in resources/
    group_classes: GroupClasses
    method: str
    responses: str  # the module constant holding its response table
    arguments: dict[tuple[str, str], str]  # (location, wire name) -> argument
    iterator: str | None = None  # `<method>_iter`, for an operation that pages
    paging: str | None = None  # the module constant holding its Paging

    @property
    def call(self) -> str:
        return f"client.{self.group}.{self.method}"


class Names:
    """Every name, for one Api. Look-ups by definition key and by operation."""

    def __init__(self, api: ir.Api) -> None:
        self._definitions = api.definitions
        self._schemas = api.schemas
        self._operation_bases = {(op.method, op.path): _operation_base(op)
                                 for op in api.operations}
        self._successes = {(op.method, op.path): sum(r.status.startswith("2")
                                                     for r in op.responses)
                           for op in api.operations}
        self._bases: dict[str, str] = {}
        self.classes: dict[str, str] = {}  # definition key -> class in `models`
        self.modules: dict[str, str] = {}  # definition key -> module in `models/`
        self.fields: dict[str, dict[str, str]] = {}  # object key -> wire name -> attribute
        self.members: dict[str, tuple[str, ...]] = {}  # enum key -> member per value
        self.enum_params: dict[str, str] = {}  # enum key -> its alias in `types`
        self._name_definitions()
        self._name_enum_params()
        self._operations = _name_operations(api)

    def model(self, key: str) -> str:
        """The class of a definition (model, enum or union alias) in `<pkg>.models`."""
        return self.classes[key]

    def typed_dict(self, key: str) -> str:
        """The TypedDict of a model's dict form in `<pkg>.types`."""
        return param_name(self.classes[key])

    def enum_param(self, key: str) -> str:
        """The alias in `<pkg>.types` of what a request may send for an enum: a member or
        one of its wire values (`StatusParam`)."""
        return self.enum_params[key]

    def operation(self, op: ir.Operation) -> OperationNames:
        return self._operations[(op.method, op.path)]

    # -- definitions ----------------------------------------------------------------------

    def _name_definitions(self) -> None:
        classes = Namespace(BUILTIN_CLASSES)
        # lower case, so two modules never differ only by case (case-insensitive disks)
        modules = Namespace(longest=MAX_MODULE)
        for definition in _claim_order(self._definitions, self._schemas):
            name = classes.claim(self._base(definition.key))
            self.classes[definition.key] = name
            self.modules[definition.key] = modules.claim(snake_case(name))
        for definition in self._definitions.values():
            if isinstance(definition, ir.ObjectDef):
                attrs = Namespace(MODEL_FIELD_RESERVED)
                self.fields[definition.key] = {
                    p.wire_name: attrs.claim(snake_case(p.wire_name))
                    for p in definition.properties}
            elif isinstance(definition, ir.EnumDef):
                members = Namespace()
                self.members[definition.key] = tuple(
                    members.claim(constant_name(str(v))) for v in definition.values)

    def _name_enum_params(self) -> None:
        """Every enum's alias, sent or not (so an operation that starts sending one renames
        none), in the order classes were claimed, after every TypedDict's name."""
        taken = {param_name(name) for key, name in self.classes.items()
                 if isinstance(self._definitions[key], ir.ObjectDef)}
        params = Namespace(taken)  # the module's own names (`_t`, ...) end not in Param
        for key, name in self.classes.items():
            if isinstance(self._definitions[key], ir.EnumDef):
                self.enum_params[key] = params.claim(param_name(name))

    def _base(self, key: str) -> str:
        """The name a definition wants before clashes: its parent's wanted name, then its role.

        Parents are followed in a loop, so a chain of a thousand nested objects costs no
        stack; a parent missing from the IR counts as none.
        """
        chain: list[str] = []  # keys not named yet, the child first
        current = key
        while current in self._definitions and current not in self._bases \
                and current not in chain:
            chain.append(current)
            current = self._definitions[current].place.parent or ""
        for pending in reversed(chain):
            place = self._definitions[pending].place
            if place.operation is not None:
                head = self._operation_bases.get(place.operation, "")
                if place.response is not None:
                    head += class_name(self._response_word(place.operation, place.response))
            else:
                head = self._bases.get(place.parent or "", "")
            self._bases[pending] = head + "".join(class_name(part) for part in place.role) \
                or "Model"
        return self._bases.get(key, "Model")

    def _response_word(self, operation: tuple[str, str], status: str) -> str:
        """What a response's body is named after: `Response`, or `Response201` when the
        operation has several successes; `Error404`, `ErrorDefault` for the others."""
        if not status.startswith("2"):
            return f"Error{status}".replace("default", "Default")
        return "Response" if self._successes.get(operation, 0) <= 1 else f"Response{status}"


def _claim_order(definitions: dict[str, ir.Definition],
                 schemas: tuple[ir.NamedSchema, ...]) -> list[ir.Definition]:
    """Who claims a class name first: the components in the order the spec lists them,
    then other schemas the spec names (another file's), then those named after their
    place, each by key. Never the order operations happen to reach them, so adding an
    operation cannot take a name from a model that had it."""
    listed = {s.type.key: index for index, s in enumerate(schemas)
              if isinstance(s.type, ir.Ref) and s.type.key == s.pointer}

    def rank(definition: ir.Definition) -> tuple[int, int, str]:
        if definition.key in listed:
            return (0, listed[definition.key], "")
        named = definition.place.parent is None and definition.place.operation is None
        return (1 if named else 2, 0, definition.key)

    return sorted(definitions.values(), key=rank)


def _operation_base(op: ir.Operation) -> str:
    """What an operation's inline schemas are named after: its operationId, else the call."""
    return class_name(op.operation_id or f"{op.method.lower()} {op.path}")


# -- operations -------------------------------------------------------------------------


def _name_operations(api: ir.Api) -> dict[tuple[str, str], OperationNames]:
    attrs = Namespace(CLIENT_MEMBER_RESERVED, longest=MAX_MODULE)  # each a module too
    classes: set[str] = {"Client", "AsyncClient"}  # what the client module itself defines
    groups: dict[str, tuple[str, GroupClasses]] = {}
    methods: dict[str, Namespace] = {}
    constants: dict[str, Namespace] = {}
    found: dict[tuple[str, str], OperationNames] = {}
    for op in api.operations:
        tag = op.tag or "default"
        if tag not in groups:
            groups[tag] = (attrs.claim(snake_case(tag)), _claim_group_classes(classes, tag))
            methods[tag] = Namespace(GROUP_MEMBER_RESERVED)
            constants[tag] = Namespace()
        method = methods[tag].claim(snake_case(op.operation_id or f"{op.method} {op.path}"))
        responses = constants[tag].claim(_constant(method, "RESPONSES"))
        arguments = Namespace(PARAMETER_RESERVED)
        found[(op.method, op.path)] = OperationNames(
            groups[tag][0], groups[tag][1], method, responses,
            {(p.location, p.wire_name): arguments.claim(snake_case(p.wire_name))
             for p in op.parameters})
    for op in api.operations:  # after every plain name, so an `_iter` form never takes one
        if op.paging is not None:
            tag = op.tag or "default"
            names = found[(op.method, op.path)]
            found[(op.method, op.path)] = OperationNames(
                names.group, names.group_classes, names.method, names.responses, names.arguments,
                iterator=methods[tag].claim(names.method + "_iter"),
                paging=constants[tag].claim(_constant(names.method, "PAGING")))
    return found


def _constant(method: str, what: str) -> str:
    return "_" + method.upper().strip("_") + "_" + what


def _claim_group_classes(taken: set[str], tag: str) -> GroupClasses:
    """Classes for a group that meet no other group's (or the client's)."""
    name = class_name(tag)
    while taken.intersection(GroupClasses.of(name).all()):
        name += "_"
    taken.update(GroupClasses.of(name).all())
    return GroupClasses.of(name)
