from __future__ import annotations

import uuid as _uuid

from .. import _runtime as _rt


@_rt.model
class UserIDList(_rt.Model):
    """A list of user IDs."""

    user_ids: list[_uuid.UUID]
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
