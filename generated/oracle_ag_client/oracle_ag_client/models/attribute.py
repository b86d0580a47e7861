from __future__ import annotations

import typing as _t

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class Attribute(_rt.Model):
    """Attribute of the account."""

    name: str
    action: _m.AttributeAction | str | None = _rt.UNSET
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
