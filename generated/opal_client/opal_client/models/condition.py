from __future__ import annotations

import uuid as _uuid

from .. import _runtime as _rt


@_rt.model
class Condition(_rt.Model):
    """# Condition Object
    ### Description
    The `Condition` object is used to represent a condition.

    ### Usage Example
    Used to match request configurations to users in `RequestConfiguration`
    """

    group_ids: list[_uuid.UUID] | None = _rt.UNSET
    """The list of group IDs to match."""
    role_remote_ids: list[str] | None = _rt.UNSET
    """The list of role remote IDs to match."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
