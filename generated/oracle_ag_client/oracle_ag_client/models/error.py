from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class Error(_rt.Model):
    """Error Information."""

    code: str
    """A short error code that defines the error, meant for programmatic parsing."""
    message: str
    """A human-readable error string."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
