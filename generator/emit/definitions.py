"""The module of each spec definition: a model (its fields and their codecs), an enum or a
type alias, aliases ordered so each follows the aliases it names."""

from __future__ import annotations

from generator.emit.context import AliasView, EnumView, FieldView, ModelView
from generator.emit.escape import docstring, literal
from generator.emit.typerecords import TypeRecord, TypeRecords, field_annotation, import_lines
from generator.model import ir


def definition_views(api: ir.Api, types: TypeRecords, closed: frozenset[str],
                     ) -> tuple[list[ModelView], list[EnumView], list[AliasView]]:
    """Every definition's module, by class name; `closed`: the models no response reaches
    (typeddicts.request_only_objects)."""
    names = types.names
    models: list[ModelView] = []
    enums: list[EnumView] = []
    aliases: list[AliasView] = []
    for key, definition in sorted(api.definitions.items(), key=lambda kv: names.model(kv[0])):
        name = names.model(key)
        module = names.modules[key]
        if isinstance(definition, ir.ObjectDef):
            models.append(model_view(definition, name, module, types, key in closed))
        elif isinstance(definition, ir.EnumDef):
            enums.append(enum_view(definition, name, module, names.members[key]))
        else:
            record = types.record(definition.union, "_m.")
            aliases.append(AliasView(name, module, record.annotation,
                                     docstring(definition.description),
                                     import_lines(record.needs | {"typing"}), key, record.refs))
    return models, enums, alias_order(aliases)


def model_view(definition: ir.ObjectDef, name: str, module: str, types: TypeRecords,
               closed: bool) -> ModelView:
    """A model's module; `closed` (no response reaches the model), its sent enum fields
    take only the spec's values, by their `<pkg>.types` aliases, as a request's
    parameters and TypedDicts do."""
    attrs = types.names.fields[definition.key]
    fields: list[tuple[bool, FieldView]] = []
    needs = {"_runtime"}
    for prop in definition.properties:
        # a field the server sets is never sent: its enum stays open, as in sent_enums
        sent = closed and not prop.read_only
        record = types.record(prop.type, "_m.", sent=sent)
        needs |= record.needs
        # readOnly/writeOnly fields travel one way only, so a caller never has to give them
        optional = not prop.required or prop.read_only or prop.write_only
        # absent reads as None; the instance remembers which fields were given
        annotation = field_annotation(record, optional)
        attr = attrs[prop.wire_name]
        value = _field_value(prop, attr, optional, record, types, sent)
        fields.append((optional, FieldView(attr, literal(prop.wire_name), annotation, value,
                                           docstring(_with_pattern(prop), "    "))))
    fields.sort(key=lambda pair: pair[0])  # required first: a dataclass wants defaults last
    deprecated = [attrs[p.wire_name] for p in definition.properties if p.deprecated]
    if definition.deprecated:
        deprecated.insert(0, "")
    needs_types = "types" in needs
    if needs_types:
        needs |= {"typing"}  # the import block below reads `_t.TYPE_CHECKING`
    return ModelView(name, module, docstring(definition.description, "    "),
                     [f for _, f in fields], import_lines(needs), deprecated, needs_types)


def _with_pattern(prop: ir.Property) -> str | None:
    """The field's description, and the pattern its strings follow (the spec's ECMA-262
    text: documentation, whether or not the test kit can check it)."""
    rule = pattern_rule(prop.type)
    if rule is None:
        return prop.description
    return f"{prop.description}\n\n{rule}" if prop.description else rule


def pattern_rule(t: ir.Type) -> str | None:
    """`Matches the pattern ...` for a string (or an array of strings) with a pattern, said
    of a model field and of a method's parameter alike; None without one."""
    t = ir.without_null(t)
    each = isinstance(t, ir.ArrayType)
    t = ir.without_null(t.items) if isinstance(t, ir.ArrayType) else t
    if not isinstance(t, ir.Primitive) or t.pattern is None:
        return None
    return f"{'Each item matches' if each else 'Matches'} the pattern {t.pattern.source}"


def _field_value(prop: ir.Property, attr: str, optional: bool, record: TypeRecord,
                 types: TypeRecords, sent: bool) -> str | None:
    """What follows `attr: annotation =`: the declaration the runtime reads the field from.

    The codec is written out unless the annotation names it (typerecords.declared_codec:
    the runtime's annotation grammar); the wire name unless it is the attribute's.
    """
    codec = types.declared_codec(prop.type, record, optional, sent)
    args = [] if codec is None else [codec]
    if prop.wire_name != attr:
        args.append(f"wire={literal(prop.wire_name)}")
    if optional:
        args.append("default=_rt.UNSET")
    if prop.read_only:
        args.append("read_only=True")
    if optional and prop.required and not prop.write_only:  # readOnly yet always sent
        args.append("required=True")
    if not args:
        return None
    if args == ["default=_rt.UNSET"]:
        return "_rt.UNSET"
    return f"_rt.field({', '.join(args)})"


def enum_view(definition: ir.EnumDef, name: str, module: str,
              members: tuple[str, ...]) -> EnumView:
    return EnumView(
        name=name,
        module=module,
        base="_enum.StrEnum" if definition.value_kind == "string" else "_enum.IntEnum",
        doc=docstring(definition.description, "    "),
        members=[(member, literal(v)) for member, v in zip(members, definition.values,
                                                             strict=True)],
    )


def alias_order(aliases: list[AliasView]) -> list[AliasView]:
    """Aliases after the aliases they name (each is evaluated when its module is imported).

    Walks the definitions each alias refers to, depth first without recursion; an alias
    that names one not defined yet (a cycle) is written quoted, read only by type checkers.
    """
    by_key = {a.key: a for a in aliases}
    ordered: list[AliasView] = []
    seen: set[str] = set()
    for alias in aliases:
        stack = [(alias, False)]
        while stack:
            current, done = stack.pop()
            if done:
                ordered.append(current)
                continue
            if current.key in seen:
                continue
            seen.add(current.key)
            stack.append((current, True))
            stack += [(by_key[k], False) for k in reversed(current.refs)
                      if k in by_key and k not in seen]
    position = {alias.key: index for index, alias in enumerate(ordered)}
    for index, alias in enumerate(ordered):
        if any(position.get(key, -1) >= index for key in alias.refs):
            alias.annotation = literal(alias.annotation)
    return ordered
