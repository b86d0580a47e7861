from __future__ import annotations

import typing as _t
import uuid as _uuid

from .. import _runtime as _rt
from .. import models as _m

if _t.TYPE_CHECKING:
    from .. import types as _types
else:  # only annotations name it: imported when something reads them (get_type_hints)
    _types = _rt.LazyModule(__package__.rpartition(".")[0] + ".types")


@_rt.model
class AccessEntityFilters(_rt.Model):
    """Filters for matching entities by type, name, tag, IDs, connections, or access levels. Supports recursive logical composition via allOf/anyOf."""

    entity_types: list[_types.AccessEntityFiltersEntityTypesItemParam] | None = _rt.field(
        _rt.ListOf(_rt.EnumOf("AccessEntityFiltersEntityTypesItem")),
        wire="entityTypes",
        default=_rt.UNSET,
    )
    """Filter by entity type. Only RESOURCE, GROUP, and USER are queryable via OpalQuery."""
    entity_item_types: list[_types.EntityItemTypeEnumParam] | None = _rt.field(
        _rt.ListOf(_rt.EnumOf("EntityItemTypeEnum")), wire="entityItemTypes", default=_rt.UNSET
    )
    """Filter by entity item types."""
    entity_name: _m.EntityNameFilter | None = _rt.field(wire="entityName", default=_rt.UNSET)
    entity_tag: _m.EntityTagFilter | None = _rt.field(wire="entityTag", default=_rt.UNSET)
    entity_ids: list[_uuid.UUID] | None = _rt.field(wire="entityIDs", default=_rt.UNSET)
    """Filter by specific entity UUIDs."""
    imported_from_app: list[_uuid.UUID] | None = _rt.field(
        wire="importedFromApp", default=_rt.UNSET
    )
    """Filter by app IDs from which returned nodes will be imported from."""
    role_remote_ids: list[str] | None = _rt.field(wire="roleRemoteIds", default=_rt.UNSET)
    """Filter by role remote IDs. Can only be applied within a hasAccessTo clause."""
    role_names: list[str] | None = _rt.field(wire="roleNames", default=_rt.UNSET)
    """Filter by role display names (e.g. "Admin", "Read"). Can only be applied within a hasAccessTo clause."""
    all_of: list[_m.AccessEntityFilters] | None = _rt.field(wire="allOf", default=_rt.UNSET)
    """A list of nested filters that must all match (logical AND). Each
     item has the same shape as this object — scalar fields like
     `entityTypes` or `entityTag`, and can further nest `allOf`,
     `anyOf`, or `not`.
    """
    any_of: list[_m.AccessEntityFilters] | None = _rt.field(wire="anyOf", default=_rt.UNSET)
    """A list of nested filters where at least one must match (logical
     OR). Each item has the same shape as this object.
    """
    not_: dict[str, _t.Any] | None = _rt.field(wire="not", default=_rt.UNSET)
    """Excludes entities matching the embedded filter (logical NOT). Pass a filter object with the same shape as this one — typically a single scalar field, like `{not: {entityTypes: ["RESOURCE"]}}` to exclude resources."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
