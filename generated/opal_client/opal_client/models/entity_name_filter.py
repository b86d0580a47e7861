from __future__ import annotations

import typing as _t

from .. import _runtime as _rt

if _t.TYPE_CHECKING:
    from .. import types as _types
else:  # only annotations name it: imported when something reads them (get_type_hints)
    _types = _rt.LazyModule(__package__.rpartition(".")[0] + ".types")


@_rt.model
class EntityNameFilter(_rt.Model):
    """Filters entities by name using a string match strategy."""

    string_match_type: _types.StringMatchTypeParam = _rt.field(
        _rt.EnumOf("StringMatchType"), wire="stringMatchType"
    )
    string: str
    """The string value to match against the entity name."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
