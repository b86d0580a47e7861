from __future__ import annotations

import uuid as _uuid

from .. import _runtime as _rt


@_rt.model
class UpdateOwnerInfo(_rt.Model):
    """# UpdateOwnerInfo Object
    ### Description
    The `UpdateOwnerInfo` object is used as an input to the UpdateOwner API.
    """

    owner_id: _uuid.UUID
    """The ID of the owner."""
    name: str | None = _rt.UNSET
    """The name of the owner."""
    description: str | None = _rt.UNSET
    """A description of the owner."""
    access_request_escalation_period: int | None = _rt.UNSET
    """The amount of time (in minutes) before the next reviewer is notified. Use 0 to remove escalation policy."""
    reviewer_message_channel_id: str | None = _rt.UNSET
    """The message channel id for the reviewer channel. Use \"\" to remove an existing message channel."""
    source_group_id: _uuid.UUID | None = _rt.UNSET
    """Sync this owner's user list with a source group. Use \"\" to remove an existing source group."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
