from __future__ import annotations

import uuid as _uuid

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class CreateGroupBindingInfo(_rt.Model):
    """# CreateGroupBindingInfo Object
    ### Description
    The `CreateGroupBindingInfo` object is used as an input to the CreateGroupBinding API.
    """

    source_group_id: _uuid.UUID
    """The ID of the source group."""
    groups: list[_m.CreateGroupBindingInfoGroupsItem]
    """The list of groups."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
