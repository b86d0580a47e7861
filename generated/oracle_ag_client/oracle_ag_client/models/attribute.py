from __future__ import annotations

import typing as _t

from .. import _runtime as _rt

if _t.TYPE_CHECKING:
    from .. import types as _types
else:  # only annotations name it: imported when something reads them (get_type_hints)
    _types = _rt.LazyModule(__package__.rpartition(".")[0] + ".types")


@_rt.model
class Attribute(_rt.Model):
    """Attribute of the account."""

    name: str
    action: _types.AttributeActionParam | None = _rt.field(
        _rt.EnumOf("AttributeAction"), default=_rt.UNSET
    )
    """Operation to be done on the attribute."""
    additional_attributes: list[dict[str, _t.Any]] | None = _rt.field(
        wire="additionalAttributes", default=_rt.UNSET
    )
    """Additional attributes."""
    attributes: list[_t.Any] | None = _rt.UNSET
    """Attributes."""
    display_name: str | None = _rt.field(wire="displayName", default=_rt.UNSET)
    """Display Name of the attribute."""
    value: list[_t.Any] | None = _rt.UNSET
    """Value of the attribute."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
