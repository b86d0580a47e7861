from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class CreateRequestCommentRequest(_rt.Model):
    comment: str
    """comment"""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
