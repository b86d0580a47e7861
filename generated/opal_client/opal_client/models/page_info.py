from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class PageInfo(_rt.Model):
    has_next_page: bool = _rt.field(wire="hasNextPage")
    """Whether there are more items after the end cursor"""
    end_cursor: str = _rt.field(wire="endCursor")
    """The cursor to continue pagination forwards"""
    has_previous_page: bool = _rt.field(wire="hasPreviousPage")
    """Whether there are more items before the start cursor"""
    start_cursor: str = _rt.field(wire="startCursor")
    """The cursor to continue pagination backwards"""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
