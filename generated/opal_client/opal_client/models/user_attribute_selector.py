from __future__ import annotations

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class UserAttributeSelector(_rt.Model):
    attribute: _m.UserAttributeSelectorAttribute | str
    values: list[str]
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
