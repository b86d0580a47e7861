from __future__ import annotations

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class RequestCustomFieldResponse(_rt.Model):
    field_name: str
    field_type: _m.RequestTemplateCustomFieldTypeEnum | str
    field_value: str | bool = _rt.field(_rt.UnionOf((_rt.STR, _rt.BOOL)))
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
