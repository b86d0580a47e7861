from __future__ import annotations

import uuid as _uuid

from .. import _runtime as _rt


@_rt.model
class Owner(_rt.Model):
    """# Owner Object
    ### Description
    The `Owner` object is used to represent an owner.
    """

    owner_id: _uuid.UUID
    """The ID of the owner."""
    name: str | None = _rt.UNSET
    """The name of the owner."""
    description: str | None = _rt.UNSET
    """A description of the owner."""
    access_request_escalation_period: int | None = _rt.UNSET
    """The amount of time (in minutes) before the next reviewer is notified. Use 0 to remove escalation policy."""
    reviewer_message_channel_id: _uuid.UUID | None = _rt.field(
        _rt.Nullable(_rt.UUID), default=_rt.UNSET
    )
    source_group_id: _uuid.UUID | None = _rt.field(_rt.Nullable(_rt.UUID), default=_rt.UNSET)
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
