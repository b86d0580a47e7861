from __future__ import annotations

import uuid as _uuid

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class RequestReviewerStages(_rt.Model):
    """The stages configuration for a request item"""

    item_name: str
    """The name of the requested item"""
    item_id: _uuid.UUID
    """The ID of the resource requested."""
    stages: list[_m.RequestStage]
    """The stages of review for this request"""
    access_level_name: str | None = _rt.UNSET
    """The name of the access level requested."""
    access_level_remote_id: str | None = _rt.UNSET
    """The ID of the access level requested on the remote system."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
