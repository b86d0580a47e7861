"""Each IR type as one record: how a module writes it, how the runtime decodes it, what it needs.

The view builds a module from records, never by reading code back: a module imports the
union of its records' `needs`, and type aliases are ordered by the definitions their records
`refs`. So a type cannot appear in a module that forgot the import it needs.

The codec contract with the runtime: a model field declares its codec (`_rt.field(codec)`)
unless its annotation names it, and then the runtime reads the codec off the annotation
text. Which annotations name one, and what they mean, is the grammar in the docstring of
`_codec_of` in templates/runtime.py; `codec_from_annotation`, `declared_codec` and
`field_annotation` here are the generator's side of it. tests/unit/emit/test_typerecords.py
parses every annotation these records can write with the runtime's parser and checks it
decodes as the codec written here does; tests/unit/templates/test_runtime.py checks the
grammar itself.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.emit.escape import literal
from generator.model import ir
from generator.names.assign import Names

# a union definition has no name at run time, so its codec (and its dict form) is written out
# where it is used: at most this deep and this many times in one type, else left open
_UNION_DEPTH = 16
_UNION_EXPANSIONS = 32

# what each module-level alias stands for; `needs` holds these keys
STDLIB_IMPORTS = {
    "datetime": "import datetime as _dt",
    "functools": "import functools as _ft",
    "typing": "import typing as _t",
    "uuid": "import uuid as _uuid",
}
LOCAL_IMPORTS = {
    "_runtime": "from .. import _runtime as _rt",
    "models": "from .. import models as _m",
}
# the prefix a module writes model classes with, and the import that gives it
_PREFIX_NEEDS = {"_m.": "models", "": None}

_STRINGS = {"date-time": ("_dt.datetime", "datetime"), "date": ("_dt.date", "datetime"),
            "uuid": ("_uuid.UUID", "uuid"), "binary": ("bytes", None)}
_OTHERS = {"integer": "int", "number": "float", "boolean": "bool"}
# in a dict body a value may also be given as its wire text
_DICT_STRINGS = {"date-time": ("_dt.datetime | str", "datetime"),
                 "date": ("_dt.date | str", "datetime"), "uuid": ("_uuid.UUID | str", "uuid"),
                 "binary": ("bytes | str", None), "byte": ("str", None)}
_STRING_CODECS = {"date-time": "_rt.DATETIME", "date": "_rt.DATE", "uuid": "_rt.UUID",
                  "binary": "_rt.BASE64", "byte": "_rt.STR"}
_OTHER_CODECS = {"integer": "_rt.INT", "number": "_rt.FLOAT", "boolean": "_rt.BOOL"}


@dataclass(frozen=True)
class TypeRecord:
    """One IR type as a generated module writes it."""

    annotation: str  # the Python type, in the module's own aliases (`_dt.`, `_m.`)
    codec: str  # the runtime codec that decodes and encodes it
    needs: frozenset[str]  # keys of STDLIB_IMPORTS / LOCAL_IMPORTS the annotation uses
    refs: tuple[str, ...]  # keys of the definitions it names, in the order it names them
    is_any: bool = False  # the spec leaves it open: callers get what the server sent
    nullable: bool = False  # the annotation already admits None
    # the annotation (with the "_m." prefix) names the codec in the runtime's grammar
    codec_from_annotation: bool = False


class TypeRecords:
    """Records of IR types, with the class names the naming pass chose."""

    def __init__(self, api: ir.Api, names: Names) -> None:
        self.names = names
        self.definitions = api.definitions
        self._expanding: list[str] = []  # union definitions being written out, outermost first
        self._spent = 0  # union definitions written out so far in the type at hand

    def record(self, t: ir.Type, prefix: str = "", text_forms: bool = False,
               sent: bool = False) -> TypeRecord:
        """`t` as a module with model prefix `prefix` writes it; with `text_forms`
        (parameters), a uuid, date-time or date also accepts its string form; `sent`
        (what a request carries: parameters, a body), an enum is closed: its alias in
        `<pkg>.types` (see closed_enum), which needs "types"."""
        return self._record(t, prefix, text_forms, self.codec(t), sent)

    def _record(self, t: ir.Type, prefix: str, text_forms: bool, codec: str,
                sent: bool = False) -> TypeRecord:
        """The record of `t` with its codec given (the parts of `t` get none: only the
        whole type's codec is ever written)."""
        if isinstance(t, ir.Primitive):
            annotation, need = _primitive(t)
            if text_forms and t.kind == "string" and t.format in ("uuid", "date-time", "date"):
                annotation += " | str"
            return TypeRecord(annotation, codec, frozenset([need] if need else []), (),
                              codec_from_annotation=True)
        if isinstance(t, ir.AnyType):
            return TypeRecord("_t.Any", codec, frozenset({"typing"}), (), is_any=True,
                              codec_from_annotation=True)
        if isinstance(t, (ir.ArrayType, ir.MapType)):
            inner = self._record(t.items if isinstance(t, ir.ArrayType) else t.values, prefix,
                                 text_forms, "", sent)
            annotation = f"list[{inner.annotation}]" if isinstance(t, ir.ArrayType) \
                else f"dict[str, {inner.annotation}]"
            return TypeRecord(annotation, codec, inner.needs, inner.refs,
                              codec_from_annotation=inner.codec_from_annotation)
        if isinstance(t, ir.Nullable):
            inner = self._record(t.inner, prefix, text_forms, "", sent)
            return TypeRecord(f"{inner.annotation} | None", codec, inner.needs, inner.refs,
                              inner.is_any, nullable=True)
        if isinstance(t, ir.UnionType):
            parts = [self._record(v, prefix, text_forms, "", sent) for v in t.variants]
            return TypeRecord(
                " | ".join(dict.fromkeys(p.annotation for p in parts)), codec,
                frozenset().union(*(p.needs for p in parts)),
                tuple(dict.fromkeys(k for p in parts for k in p.refs)),
                nullable=any(p.nullable for p in parts))
        definition = self.definitions[t.key]
        name = prefix + self.names.model(t.key)
        need = _PREFIX_NEEDS[prefix]
        needs = frozenset([need] if need else [])
        if isinstance(definition, ir.EnumDef) and sent:  # closed, by its one alias
            return TypeRecord(f"_types.{self.names.enum_param(t.key)}", codec,
                              frozenset({"types"}), (t.key,))
        if isinstance(definition, ir.EnumDef):  # unknown values pass through as they came
            base = "str" if definition.value_kind == "string" else "int"
            return TypeRecord(f"{name} | {base}", codec, needs, (t.key,),
                              codec_from_annotation=True)
        return TypeRecord(name, codec, needs, (t.key,),
                          codec_from_annotation=isinstance(definition, ir.ObjectDef))

    def codec(self, t: ir.Type, checked: bool = False) -> str:
        """The runtime codec of `t` (a union definition is written out where it is used);
        `checked`: the test kit's, where a string with a translated pattern also matches it
        (`_tk.Matching(codec, python_pattern)`)."""
        if not self._expanding:
            self._spent = 0
        return self._codec(t, checked)

    def _codec(self, t: ir.Type, checked: bool = False) -> str:
        if isinstance(t, ir.Primitive):
            if t.kind == "string":
                codec = _STRING_CODECS.get(t.format or "", "_rt.STR")
                if checked and t.pattern is not None and t.pattern.python is not None:
                    return f"_tk.Matching({codec}, {literal(t.pattern.python)})"
                return codec
            return _OTHER_CODECS[t.kind]
        if isinstance(t, ir.AnyType):
            return "_rt.ANY"
        if isinstance(t, ir.ArrayType):
            return f"_rt.ListOf({self._codec(t.items, checked)})"
        if isinstance(t, ir.MapType):
            return f"_rt.MapOf({self._codec(t.values, checked)})"
        if isinstance(t, ir.Nullable):
            return f"_rt.Nullable({self._codec(t.inner, checked)})"
        if isinstance(t, ir.UnionType):
            return self._union_codec(t, checked)
        definition = self.definitions[t.key]
        name = literal(self.names.model(t.key))  # by name: the model loads when first decoded
        if isinstance(definition, ir.EnumDef):
            return f"_rt.EnumOf({name})"
        if isinstance(definition, ir.UnionDef):
            if not self._may_expand(t.key):
                return "_rt.ANY"  # the inner use is kept as received
            self._expanding.append(t.key)
            try:
                return self._union_codec(definition.union, checked)
            finally:
                self._expanding.pop()
        return f"_rt.ModelOf({name})"

    def _union_codec(self, t: ir.UnionType, checked: bool = False) -> str:
        variants = ", ".join(self._codec(v, checked) for v in t.variants)
        args = f"({variants},)" if len(t.variants) == 1 else f"({variants})"
        if t.discriminator:
            mapping = ", ".join(f"{literal(k)}: {self._codec(v, checked)}" for k, v in t.mapping)
            args += f", {literal(t.discriminator)}, {{{mapping}}}"
        return f"_rt.UnionOf({args})"

    def dict_form(self, t: ir.Type) -> TypeRecord:
        """`t` as a caller may write it inside a dict body (`<pkg>.types`): the parsed value
        or its wire text, any sequence or mapping, a model or its own dict. No codec: the
        request encoder reads the value itself."""
        if not self._expanding:
            self._spent = 0
        return self._dict_form(t)

    def _dict_form(self, t: ir.Type) -> TypeRecord:
        if isinstance(t, ir.Primitive):
            annotation, need = _DICT_STRINGS.get(t.format or "", ("str", None)) \
                if t.kind == "string" else (_OTHERS[t.kind], None)
            return TypeRecord(annotation, "", frozenset([need] if need else []), ())
        if isinstance(t, ir.AnyType):
            return TypeRecord("_t.Any", "", frozenset({"typing"}), (), is_any=True)
        if isinstance(t, (ir.ArrayType, ir.MapType)):
            inner = self._dict_form(t.items if isinstance(t, ir.ArrayType) else t.values)
            annotation = f"_t.Sequence[{inner.annotation}]" if isinstance(t, ir.ArrayType) \
                else f"_t.Mapping[str, {inner.annotation}]"
            return TypeRecord(annotation, "", inner.needs | {"typing"}, inner.refs)
        if isinstance(t, ir.Nullable):
            inner = self._dict_form(t.inner)
            return TypeRecord(f"{inner.annotation} | None", "", inner.needs, inner.refs,
                              inner.is_any, nullable=True)
        if isinstance(t, ir.UnionType):
            parts = [self._dict_form(v) for v in t.variants]
            return TypeRecord(" | ".join(dict.fromkeys(p.annotation for p in parts)), "",
                              frozenset().union(*(p.needs for p in parts)),
                              tuple(dict.fromkeys(k for p in parts for k in p.refs)),
                              nullable=any(p.nullable for p in parts))
        definition = self.definitions[t.key]
        name = self.names.model(t.key)
        if isinstance(definition, ir.ObjectDef):
            return TypeRecord(f"{self.names.typed_dict(t.key)} | _m.{name}", "",
                              frozenset({"models"}), (t.key,))
        if isinstance(definition, ir.EnumDef):  # closed: the alias this module defines
            return TypeRecord(self.names.enum_param(t.key), "", frozenset(), (t.key,))
        # a union's dict form is its variants'
        if not self._may_expand(t.key):
            return TypeRecord("_t.Any", "", frozenset({"typing"}), (), is_any=True)
        self._expanding.append(t.key)
        try:
            return self._dict_form(definition.union)
        finally:
            self._expanding.pop()

    def _may_expand(self, key: str) -> bool:
        """Whether a union definition may be written out once more in the type at hand: not
        inside itself, not past _UNION_DEPTH deep, not more than _UNION_EXPANSIONS times, so
        a chain or a diamond of unions cannot make one codec or annotation grow unbounded."""
        if key in self._expanding or len(self._expanding) >= _UNION_DEPTH \
                or self._spent >= _UNION_EXPANSIONS:
            return False
        self._spent += 1
        return True

    def declared_codec(self, t: ir.Type, record: TypeRecord, optional: bool,
                       sent: bool = False) -> str | None:
        """The codec a model field of type `t` (whose record is `record`) declares, as
        `_rt.field(codec)`, or None where its annotation (field_annotation) names it. On an
        optional field `| None` reads as "absent", so a nullable one declares its codec; a
        required one's `X | None` names it when `X` does."""
        inner = ir.without_null(t)
        if inner is not t:
            named = not optional and self.record(inner, sent=sent).codec_from_annotation
        else:
            named = record.codec_from_annotation
        return None if named else record.codec

    def is_model(self, t: ir.Type) -> bool:
        return isinstance(t, ir.Ref) and isinstance(self.definitions[t.key], ir.ObjectDef)


def closed_enum(name: str, definition: ir.EnumDef) -> str:
    """An enum as a request may carry it: a member or one of its wire values, nothing else,
    so a type checker flags a misspelt value (`_m.Level | _t.Literal["REGULAR", ...]`).
    Written once, as the enum's alias in `<pkg>.types`; every parameter and TypedDict names
    the alias. A response's enum stays open instead: the server may add values (_record)."""
    values = ", ".join(literal(v) for v in dict.fromkeys(definition.values))
    return f"{name} | _t.Literal[{values}]"


def field_annotation(record: TypeRecord, optional: bool) -> str:
    """A model field's annotation: an optional field also reads as None when absent."""
    return record.annotation + " | None" if optional and not record.nullable \
        else record.annotation


def _primitive(t: ir.Primitive) -> tuple[str, str | None]:
    if t.kind == "string":
        return _STRINGS.get(t.format or "", ("str", None))
    return _OTHERS[t.kind], None


def import_lines(needs: frozenset[str] | set[str], local_order: tuple[str, ...] = (
        "_runtime", "models")) -> list[str]:
    """A module's import block from what its records need: the standard library sorted,
    then a blank line, then the package's own modules in `local_order`."""
    stdlib = [STDLIB_IMPORTS[m] for m in sorted(needs) if m in STDLIB_IMPORTS]
    local = [LOCAL_IMPORTS[m] for m in local_order if m in needs]
    return stdlib + [""] + local if stdlib and local else stdlib + local
