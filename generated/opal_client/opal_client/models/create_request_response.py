from __future__ import annotations

import uuid as _uuid

from .. import _runtime as _rt


@_rt.model
class CreateRequestResponse(_rt.Model):
    id: _uuid.UUID | None = _rt.UNSET
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
