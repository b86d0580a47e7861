from __future__ import annotations

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class MessageChannelList(_rt.Model):
    channels: list[_m.MessageChannel]
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
