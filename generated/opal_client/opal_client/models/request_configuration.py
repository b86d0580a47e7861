from __future__ import annotations

import uuid as _uuid

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class RequestConfiguration(_rt.Model):
    """# Request Configuration Object
    ### Description
    The `RequestConfiguration` object is used to represent a request configuration.

    ### Usage Example
    Returned from the `GET Request Configurations` endpoint.
    """

    allow_requests: bool
    """A bool representing whether or not to allow requests for this resource."""
    auto_approval: bool
    """A bool representing whether or not to automatically approve requests for this resource."""
    require_mfa_to_request: bool
    """A bool representing whether or not to require MFA for requesting access to this resource."""
    require_support_ticket: bool
    """A bool representing whether or not access requests to the resource require an access ticket."""
    priority: int
    """The priority of the request configuration."""
    condition: _m.Condition | None = _rt.UNSET
    """The condition for the request configuration."""
    max_duration_minutes: int | None = _rt.UNSET
    """The maximum duration for which the resource can be requested (in minutes)."""
    recommended_duration_minutes: int | None = _rt.UNSET
    """The recommended duration for which the resource should be requested (in minutes). -1 represents an indefinite duration."""
    extensions_duration_in_minutes: int | None = _rt.UNSET
    """The duration for which access can be extended (in minutes). Set to 0 to disable extensions. When > 0, extensions are enabled for the specified duration."""
    request_template_id: _uuid.UUID | None = _rt.UNSET
    """The ID of the associated request template."""
    reviewer_stages: list[_m.ReviewerStage] | None = _rt.UNSET
    """The list of reviewer stages for the request configuration."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
