from __future__ import annotations

import uuid as _uuid

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class UARScope(_rt.Model):
    """If set, the access review will only contain resources and groups that match at least one of the filters in scope."""

    group_visibility: _m.UARScopeGroupVisibility | str | None = _rt.UNSET
    """Specifies what users can see during an Access Review"""
    users: list[_uuid.UUID] | None = _rt.UNSET
    """The access review will only include the following users. If any users are selected, any entity filters will be applied to only the entities that the selected users have access to."""
    filter_operator: _m.UARScopeFilterOperator | str | None = _rt.UNSET
    """Specifies whether entities must match all (AND) or any (OR) of the filters."""
    entities: list[_uuid.UUID] | None = _rt.UNSET
    """This access review will include resources and groups with ids in the given strings."""
    apps: list[_uuid.UUID] | None = _rt.UNSET
    """This access review will include items in the specified applications"""
    admins: list[_uuid.UUID] | None = _rt.UNSET
    """This access review will include resources and groups who are owned by one of the owners corresponding to the given IDs."""
    group_types: list[_m.GroupTypeEnum | str] | None = _rt.UNSET
    """This access review will include items of the specified group types"""
    resource_types: list[_m.ResourceTypeEnum | str] | None = _rt.UNSET
    """This access review will include items of the specified resource types"""
    include_group_bindings: bool | None = _rt.UNSET
    tags: list[_m.TagFilter] | None = _rt.UNSET
    """This access review will include resources and groups who are tagged with one of the given tags."""
    names: list[str] | None = _rt.UNSET
    """This access review will include resources and groups whose name contains one of the given strings."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
