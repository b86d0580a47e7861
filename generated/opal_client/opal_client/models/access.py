from __future__ import annotations

import datetime as _dt
import uuid as _uuid

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class Access(_rt.Model):
    """# Access Object
    ### Description
    The `Access` object is used to represent a principal's access to an entity, either directly or inherited.

    ### Usage Example
    Fetch from the `LIST ResourceNonHumanIdentities` endpoint.
    """

    principal_id: _uuid.UUID
    """The ID of the principal with access."""
    principal_type: _m.EntityTypeEnum | str
    entity_id: _uuid.UUID
    """The ID of the entity being accessed."""
    entity_type: _m.EntityTypeEnum | str
    has_direct_access: bool
    """The principal has direct access to this entity (vs. inherited access)."""
    num_access_paths: int
    """The number of ways in which the principal has access to this entity (directly and inherited)."""
    access_level: _m.ResourceAccessLevel | None = _rt.UNSET
    expiration_date: _dt.datetime | None = _rt.field(_rt.Nullable(_rt.DATETIME), default=_rt.UNSET)
    """The day and time the principal's access will expire."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
