from __future__ import annotations

import typing as _t

from .. import _runtime as _rt


@_rt.model
class TemplateInstance(_rt.Model):
    """Instance of an approval template."""

    parameter_values: list[dict[str, _t.Any]] | None = _rt.field(
        wire="parameterValues", default=_rt.UNSET
    )
    """List of approval template parameter values."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
