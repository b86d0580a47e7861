from __future__ import annotations

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class CreateRequestInfoCustomMetadataItem(_rt.Model):
    name: str
    type: _m.RequestTemplateCustomFieldTypeEnum | str
    value: str
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
