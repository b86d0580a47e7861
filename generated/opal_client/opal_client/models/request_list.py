from __future__ import annotations

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class RequestList(_rt.Model):
    """# Request List
    ### Description
    The `RequestList` object is used to represent a list of requests.

    ### Usage Example
    Returned from the `GET Requests` endpoint.
    """

    requests: list[_m.Request] | None = _rt.UNSET
    """The list of requests."""
    cursor: str | None = _rt.UNSET
    """The cursor to use in the next request to get the next page of results."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
