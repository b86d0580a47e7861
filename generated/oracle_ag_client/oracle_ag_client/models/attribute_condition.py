from __future__ import annotations

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class AttributeCondition(_rt.Model):
    """The Attribute condition for the Membership rule."""

    attr_key: _m.IdNameObject = _rt.field(wire="attrKey")
    attr_type: str = _rt.field(wire="attrType")
    attr_value: str = _rt.field(wire="attrValue")
    id: str
    operator: _m.IdNameObject
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
