from __future__ import annotations

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class RequestCommentList(_rt.Model):
    """A paginated list of request comments"""

    comments: list[_m.RequestComment]
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
