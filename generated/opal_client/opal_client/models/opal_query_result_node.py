from __future__ import annotations

import uuid as _uuid

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class OpalQueryResultNode(_rt.Model):
    """A matched entity from an OpalQuery result."""

    id: _uuid.UUID
    """The entity's unique identifier."""
    name: str
    """The display name of the entity."""
    entity_type: _m.OpalQueryResultNodeEntityType | str = _rt.field(wire="entityType")
    """The top-level entity type."""
    entity_item_type: _m.EntityItemTypeEnum | str = _rt.field(wire="entityItemType")
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
