from __future__ import annotations

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class RuleDisjunction(_rt.Model):
    selectors: list[_m.TagSelector]
    attribute_selectors: list[_m.UserAttributeSelector] | None = _rt.UNSET
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
