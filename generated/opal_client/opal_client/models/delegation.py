from __future__ import annotations

import datetime as _dt
import uuid as _uuid

from .. import _runtime as _rt


@_rt.model
class Delegation(_rt.Model):
    """# Delegation Object
    ### Description
    The `Delegation` object represents a delegation of access review requests from one user to another.

    ### Usage Example
    List from the `GET Delegations` endpoint.
    Get from the `GET Delegation` endpoint.
    """

    id: _uuid.UUID
    """The ID of the delegation."""
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
    created_at: _dt.datetime
    """The creation time of the delegation."""
    updated_at: _dt.datetime
    """The last updated time of the delegation."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
