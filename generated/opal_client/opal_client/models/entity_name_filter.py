from __future__ import annotations

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class EntityNameFilter(_rt.Model):
    """Filters entities by name using a string match strategy."""

    string_match_type: _m.StringMatchType | str = _rt.field(wire="stringMatchType")
    string: str
    """The string value to match against the entity name."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
