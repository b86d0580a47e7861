from __future__ import annotations

import uuid as _uuid

from .. import _runtime as _rt


@_rt.model
class CreateOwnerInfo(_rt.Model):
    """# CreateOwnerInfo Object
    ### Description
    The `CreateOwnerInfo` object is used to store creation info for an owner.

    ### Usage Example
    Use in the `POST Owners` endpoint.
    """

    name: str
    """The name of the owner."""
    user_ids: list[_uuid.UUID]
    """Users to add to the created owner. If setting a source_group_id this list must be empty."""
    description: str | None = _rt.UNSET
    """A description of the owner."""
    access_request_escalation_period: int | None = _rt.UNSET
    """The amount of time (in minutes) before the next reviewer is notified. Use 0 to remove escalation policy."""
    reviewer_message_channel_id: str | None = _rt.UNSET
    """The message channel id for the reviewer channel."""
    source_group_id: _uuid.UUID | None = _rt.UNSET
    """Sync this owner's user list with a source group."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
