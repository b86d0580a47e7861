from __future__ import annotations

import typing as _t

from .. import _runtime as _rt

if _t.TYPE_CHECKING:
    from .. import types as _types
else:  # only annotations name it: imported when something reads them (get_type_hints)
    _types = _rt.LazyModule(__package__.rpartition(".")[0] + ".types")


@_rt.model
class CreateMessageChannelInfo(_rt.Model):
    """# CreateMessageChannelInfo Object
    ### Description
    The `CreateMessageChannelInfo` object is used to describe the message channel object to be created.
    """

    third_party_provider: _types.MessageChannelProviderEnumParam = _rt.field(
        _rt.EnumOf("MessageChannelProviderEnum")
    )
    remote_id: str
    """The remote ID of the message channel"""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
