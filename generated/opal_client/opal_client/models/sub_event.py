from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class SubEvent(_rt.Model):
    """# Sub event Object
    ### Description
    The `SubEvent` object is used to represent a subevent.

    ### Usage Example
    Fetch from the `LIST Events` endpoint.
    """

    sub_event_type: str
    """The subevent type."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
