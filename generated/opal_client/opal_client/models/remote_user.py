from __future__ import annotations

import uuid as _uuid

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class RemoteUser(_rt.Model):
    """# RemoteUser Object
    ### Description
    The `RemoteUser` object is used to represent a remote user.
    """

    user_id: _uuid.UUID
    """The ID of the user."""
    remote_id: str
    """The ID of the remote user."""
    third_party_provider: _m.ThirdPartyProviderEnum | str
    """The third party provider of the remote user."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
