from __future__ import annotations

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class CreateOnCallScheduleInfo(_rt.Model):
    """# CreateOnCallScheduleInfo Object
    ### Description
    The `CreateOnCallScheduleInfo` object is used to describe the on call schedule object to be created.
    """

    third_party_provider: _m.OnCallScheduleProviderEnum | str
    remote_id: str
    """The remote ID of the on call schedule"""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
