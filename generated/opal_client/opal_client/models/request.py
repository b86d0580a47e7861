from __future__ import annotations

import datetime as _dt
import uuid as _uuid

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class Request(_rt.Model):
    """# Request Object
    ### Description
    The `Request` object is used to represent a request.

    ### Usage Example
    Returned from the `GET Requests` endpoint.
    """

    id: _uuid.UUID
    """The unique identifier of the request."""
    created_at: _dt.datetime
    """The date and time the request was created."""
    updated_at: _dt.datetime
    """The date and time the request was last updated."""
    requester_id: _uuid.UUID
    """The unique identifier of the user who created the request."""
    status: _m.RequestStatusEnum | str
    """The status of the request."""
    reason: str
    """The reason for the request."""
    target_user_id: _uuid.UUID | None = _rt.UNSET
    """The unique identifier of the user who is the target of the request."""
    target_group_id: _uuid.UUID | None = _rt.UNSET
    """The unique identifier of the group who is the target of the request."""
    duration_minutes: int | None = _rt.UNSET
    """The duration of the request in minutes."""
    requested_items_list: list[_m.RequestedItem] | None = _rt.UNSET
    """The list of targets for the request."""
    custom_fields_responses: list[_m.RequestCustomFieldResponse] | None = _rt.UNSET
    """The responses given to the custom fields associated to the request"""
    stages: _m.RequestItemStages | None = _rt.UNSET
    """The stages configuration for this request"""
    reviewer_stages: list[_m.RequestReviewerStages] | str | None = _rt.field(
        _rt.UnionOf((_rt.ListOf(_rt.ModelOf("RequestReviewerStages")), _rt.STR)), default=_rt.UNSET
    )
    """The configured reviewer stages for every item in this request, or an error message if reviewers could not be loaded"""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)

    def __post_init__(self) -> None:
        _rt.warn_deprecated(self, ("stages",))
