from __future__ import annotations

import uuid as _uuid

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class VisibilityInfo(_rt.Model):
    """Visibility infomation of an entity."""

    visibility: _m.VisibilityTypeEnum | str
    visibility_group_ids: list[_uuid.UUID] | None = _rt.UNSET
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
