from __future__ import annotations

import uuid as _uuid

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class RequestReviewer(_rt.Model):
    """A reviewer in a request stage"""

    id: _uuid.UUID
    """The unique identifier of the reviewer"""
    status: _m.RequestReviewerStatus | str
    """The status of this reviewer's review"""
    full_name: str | None = _rt.UNSET
    """The user's full name."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
