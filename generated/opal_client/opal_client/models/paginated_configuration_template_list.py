from __future__ import annotations

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class PaginatedConfigurationTemplateList(_rt.Model):
    """# PaginatedConfigurationTemplateList Object
    ### Description
    The `PaginatedConfigurationTemplateList` object is used to store a list of configuration templates.

    ### Usage Example
    Returned from the `GET Configuration Templates` endpoint.
    """

    results: list[_m.ConfigurationTemplate] | None = _rt.UNSET
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
