from __future__ import annotations

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class UserList(_rt.Model):
    """A list of users."""

    users: list[_m.User]
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
