from __future__ import annotations

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class CreateMessageChannelInfo(_rt.Model):
    """# CreateMessageChannelInfo Object
    ### Description
    The `CreateMessageChannelInfo` object is used to describe the message channel object to be created.
    """

    third_party_provider: _m.MessageChannelProviderEnum | str
    remote_id: str
    """The remote ID of the message channel"""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
