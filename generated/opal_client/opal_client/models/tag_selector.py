from __future__ import annotations

import uuid as _uuid

from .. import _runtime as _rt


@_rt.model
class TagSelector(_rt.Model):
    key: str
    value: str
    connection_id: _uuid.UUID
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
