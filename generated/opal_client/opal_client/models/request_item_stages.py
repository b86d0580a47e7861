from __future__ import annotations

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class RequestItemStages(_rt.Model):
    """The stages configuration for a request item"""

    requested_item_name: str = _rt.field(wire="requestedItemName")
    """The name of the requested item"""
    stages: list[_m.RequestStage]
    """The stages of review for this request"""
    requested_role_name: str | None = _rt.field(wire="requestedRoleName", default=_rt.UNSET)
    """The name of the requested role"""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)

    def __post_init__(self) -> None:
        _rt.warn_deprecated(self, ("",))
