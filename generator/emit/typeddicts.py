"""`<pkg>.types`: the dict form of every request body, as TypedDicts a type checker reads.

A caller may pass `body={...}` instead of a model; typing that dict by the schema's wire
names catches a misspelt key, a value of the wrong type or a missing required key before
the request is sent. Only schemas a request can carry get a TypedDict, so the module
grows with what is sent, not with the whole spec. Nothing here runs in a request: the
module is for type checkers and for callers who annotate their own dicts.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.emit.escape import docstring, literal
from generator.emit.typerecords import TypeRecords, closed_enum, import_lines
from generator.model import ir
from generator.names.assign import Names
from generator.names.identifiers import is_keyword

# names an annotation in the class body could mean: a key of that name must not shadow them
_ANNOTATION_NAMES = frozenset({"str", "int", "float", "bool", "bytes", "None", "_t", "_dt",
                               "_uuid", "_m"})


@dataclass(frozen=True)
class KeyRecord:
    name: str  # the wire name itself (class syntax) or its Python literal (call form)
    annotation: str


@dataclass(frozen=True)
class ParamRecord:
    """One TypedDict: class syntax when every key is a plain name, else the call form."""

    name: str
    doc: str
    keys: tuple[KeyRecord, ...]
    class_syntax: bool


def sent_objects(api: ir.Api) -> list[str]:
    """Keys of the object definitions a request body can reach, in a stable order."""
    reached = _reached(api, [op.body.type for op in api.operations if op.body], True)
    return sorted(k for k in reached if isinstance(api.definitions[k], ir.ObjectDef))


def sent_enums(api: ir.Api) -> list[str]:
    """Keys of the enums a request can carry, each given one alias in `<pkg>.types`: those
    a body reaches (as sent_objects), and those a parameter names (through lists, maps,
    unions; a parameter's model, which is not closed, is not entered), in a stable order."""
    reached = _reached(api, [op.body.type for op in api.operations if op.body], True)
    reached |= _reached(api, [p.type for op in api.operations for p in op.parameters], False)
    return sorted(k for k in reached if isinstance(api.definitions[k], ir.EnumDef))


def request_only_objects(api: ir.Api) -> frozenset[str]:
    """Keys of the objects a request body reaches (sent_objects) and no response does:
    nothing the client decodes is ever one of them, so their models' sent enum fields are
    closed, by the aliases in `<pkg>.types` (a value a type checker accepts is one the spec
    accepts). A model a response reaches keeps its enums open: the server may add values,
    kept as received; so does a parameter's model, as in sent_enums."""
    received = _reached(api, [r.type for op in api.operations for r in op.responses
                              if r.type is not None], True, received=True)
    return frozenset(sent_objects(api)) - received


def _reached(api: ir.Api, roots: list[ir.Type], enter: bool,
             received: bool = False) -> set[str]:
    """Keys of the definitions `roots` name; with `enter`, also through an object's sent
    properties (`received`: those a response carries) and a union definition's variants
    (what a dict body spells out)."""
    seen: set[str] = set()
    stack = list(roots)
    while stack:
        t = stack.pop()
        if not isinstance(t, ir.Ref):
            stack.extend(ir.inner_types(t))
        elif t.key not in seen:
            seen.add(t.key)
            definition = api.definitions[t.key]
            if not enter:
                continue
            if isinstance(definition, ir.ObjectDef):
                stack.extend(p.type for p in definition.properties
                             if not (p.write_only if received else p.read_only))
            elif isinstance(definition, ir.UnionDef):
                stack.extend(definition.union.variants)
    return seen


class ParamTypes:
    """The TypedDict of each object a request can carry, from the dict-form type records."""

    def __init__(self, records: TypeRecords) -> None:
        self.records = records
        names = self.names = records.names
        self.taken = set(names.classes.values()) | {names.typed_dict(k) for k in names.classes} \
            | set(names.enum_params.values())
        self.needs: set[str] = {"typing"}  # what the module's annotations use

    def record(self, definition: ir.ObjectDef) -> ParamRecord:
        sent = [p for p in definition.properties if not p.read_only]  # the server sets those
        plain = all(_plain_key(p.wire_name) and p.wire_name not in self.taken for p in sent)
        keys = []
        for prop in sent:
            value = self.records.dict_form(prop.type)
            self.needs |= value.needs
            wrapper = "_t.Required" if prop.required else "_t.NotRequired"
            annotation = f"{wrapper}[{value.annotation}]"
            keys.append(KeyRecord(prop.wire_name, annotation) if plain
                        else KeyRecord(literal(prop.wire_name), literal(annotation)))
        name = self.names.model(definition.key)
        doc = docstring(f"The dict form of `models.{name}`, keyed by wire names.", "    ")
        return ParamRecord(self.names.typed_dict(definition.key), doc, tuple(keys), plain)


def _plain_key(wire: str) -> bool:
    return wire.isidentifier() and not is_keyword(wire) \
        and wire not in _ANNOTATION_NAMES and not wire.startswith("__") and wire.isascii()


@dataclass(frozen=True)
class EnumParamRecord:
    """One enum's alias: what a request may send for it, spelt out once."""

    name: str
    value: str  # `_m.Level | _t.Literal[...]`, its values through literal()
    doc: str


@dataclass(frozen=True)
class TypesModule:
    enums: list[EnumParamRecord]
    params: list[ParamRecord]
    imports: list[str]  # the stdlib imports the annotations need

    @property
    def exported(self) -> list[str]:
        """`__all__`: the aliases, then the TypedDicts, each in the order written."""
        return [e.name for e in self.enums] + [p.name for p in self.params]


def types_module(api: ir.Api, records: TypeRecords) -> TypesModule:
    """`<pkg>.types` from the view's type records (their dict forms, their names)."""
    names = records.names
    types = ParamTypes(records)
    params = []
    for key in sorted(sent_objects(api), key=names.model):
        definition = api.definitions[key]
        assert isinstance(definition, ir.ObjectDef)
        params.append(types.record(definition))
    enums = [_enum_param(key, api.definitions[key], names)
             for key in sorted(sent_enums(api), key=names.enum_param)]
    # `_m` (the models package) is imported by the template (cheap: a model loads when first named)
    return TypesModule(enums, params, import_lines(frozenset(types.needs - {"models"})))


def _enum_param(key: str, definition: ir.Definition, names: Names) -> EnumParamRecord:
    assert isinstance(definition, ir.EnumDef)
    name = names.model(key)
    doc = docstring(f"A `models.{name}` member or its wire value.")
    return EnumParamRecord(names.enum_param(key), closed_enum(f"_m.{name}", definition),
                           doc)
