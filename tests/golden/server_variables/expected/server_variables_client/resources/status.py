"""Operations tagged 'status' (generated)."""

from __future__ import annotations

import functools as _ft
import typing as _t

from .. import _runtime as _rt
from .. import models as _m

_GET_STATUS_RESPONSES: _rt.Responses = {"200": ("json", _rt.ModelOf("Status"))}


class Status(_rt.Group):
    """Operations of this group; each returns the decoded body."""

    @_ft.cached_property
    def with_raw_response(self) -> StatusWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return StatusWithRawResponse(_rt.RawCalls(self._client))

    def get_status(self, **options: _t.Unpack[_rt.RequestOptions]) -> _m.Status:
        """GET /status

        Args:
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call("GET", "/status", _GET_STATUS_RESPONSES, options=options)
        return _t.cast("_m.Status", self._client.request(call))


class StatusWithRawResponse(_rt.Group):
    """Operations of this group, returning RawResponse objects."""

    get_status = _rt.to_raw_response(Status.get_status)


class AsyncStatus(_rt.Group):
    """Operations of this group as coroutines (the same methods: the client awaits)."""

    @_ft.cached_property
    def with_raw_response(self) -> AsyncStatusWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncStatusWithRawResponse(_rt.RawCalls(self._client))

    get_status = _rt.to_async(Status.get_status)


class AsyncStatusWithRawResponse(_rt.Group):
    """Operations of this group as coroutines, returning RawResponse objects."""

    get_status = _rt.to_async_raw_response(Status.get_status)
