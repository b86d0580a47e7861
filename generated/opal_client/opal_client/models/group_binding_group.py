from __future__ import annotations

import uuid as _uuid

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class GroupBindingGroup(_rt.Model):
    """# Group Binding Group Object
    ### Description
    The `GroupBindingGroup` object is used to represent a group binding group.

    ### Usage Example
    Get group binding groups from the `GET Group Bindings` endpoint.
    """

    group_id: _uuid.UUID
    """The ID of the group."""
    group_type: _m.GroupTypeEnum | str
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
