from __future__ import annotations

import uuid as _uuid

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class UpdateGroupBindingInfo(_rt.Model):
    """# UpdateGroupBindingInfo Object
    ### Description
    The `UpdateGroupBindingInfo` object is used as an input to the UpdateGroupBinding API.
    """

    group_binding_id: _uuid.UUID
    """The ID of the group binding."""
    source_group_id: _uuid.UUID
    """The ID of the source group."""
    groups: list[_m.UpdateGroupBindingInfoGroupsItem]
    """The list of groups."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
