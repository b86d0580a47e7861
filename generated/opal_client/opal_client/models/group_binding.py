from __future__ import annotations

import datetime as _dt
import uuid as _uuid

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class GroupBinding(_rt.Model):
    """# Group Binding Object
    ### Description
    The `GroupBinding` object is used to represent a group binding.

    ### Usage Example
    Get group bindings from the `GET Group Bindings` endpoint.
    """

    group_binding_id: _uuid.UUID
    """The ID of the group binding."""
    created_by_id: _uuid.UUID
    """The ID of the user that created the group binding."""
    created_at: _dt.datetime
    """The date the group binding was created."""
    source_group_id: _uuid.UUID
    """The ID of the source group."""
    groups: list[_m.GroupBindingGroup]
    """The list of groups."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
