from __future__ import annotations

import uuid as _uuid

from .. import _runtime as _rt


@_rt.model
class CreateRequestInfoResourcesItem(_rt.Model):
    id: _uuid.UUID | None = _rt.UNSET
    """The ID of the resource requested. Should not be specified if group_id is specified."""
    access_level_remote_id: str | None = _rt.UNSET
    """The ID of the access level requested on the remote system."""
    access_level_name: str | None = _rt.UNSET
    """The ID of the access level requested on the remote system. This field is deprecated and no longer required. We will populate based on the access_level_remote_id."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)

    def __post_init__(self) -> None:
        _rt.warn_deprecated(self, ("access_level_name",))
