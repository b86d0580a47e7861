from __future__ import annotations

import datetime as _dt
import uuid as _uuid

from .. import _runtime as _rt


@_rt.model
class CreateDelegationRequest(_rt.Model):
    """Request body for creating a new delegation of access review requests from one user to another."""

    delegator_user_id: _uuid.UUID
    """The ID of the user delegating their access review requests."""
    delegate_user_id: _uuid.UUID
    """The ID of the user being delegated to."""
    start_time: _dt.datetime
    """The start time of the delegation."""
    end_time: _dt.datetime
    """The end time of the delegation."""
    reason: str
    """The reason for the delegation."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
