from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class CreateIdpGroupMappingRequest(_rt.Model):
    alias: str | None = _rt.field(_rt.Nullable(_rt.STR), default=_rt.UNSET)
    """Optional alias for the group mapping"""
    hidden_from_end_user: bool | None = _rt.field(_rt.Nullable(_rt.BOOL), default=_rt.UNSET)
    """Whether this mapping should be hidden from end users.
    - **New mappings**: If not provided, defaults to `false`
    - **Existing mappings**: If not provided, existing value is preserved (no change)
    - **Explicit values**: If provided, value is updated to the specified boolean
    """
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
