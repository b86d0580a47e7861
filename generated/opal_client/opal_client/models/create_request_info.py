from __future__ import annotations

import uuid as _uuid

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class CreateRequestInfo(_rt.Model):
    """All the information needed for creating a request"""

    resources: list[_m.CreateRequestInfoResourcesItem]
    groups: list[_m.CreateRequestInfoGroupsItem]
    reason: str
    duration_minutes: int
    """The duration of the request in minutes. -1 represents an indefinite duration"""
    target_user_id: _uuid.UUID | None = _rt.UNSET
    """The ID of the user to be granted access. Should not be specified if target_group_id is specified."""
    target_group_id: _uuid.UUID | None = _rt.UNSET
    """The ID of the group the request is for.  Should not be specified if target_user_id is specified."""
    support_ticket: _m.CreateRequestInfoSupportTicket | None = _rt.UNSET
    custom_metadata: list[_m.CreateRequestInfoCustomMetadataItem] | None = _rt.UNSET
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
