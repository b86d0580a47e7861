"""Operations tagged 'session' (generated)."""

from __future__ import annotations

import functools as _ft
import typing as _t

from .. import _runtime as _rt
from .. import models as _m

if _t.TYPE_CHECKING:
    from .. import types as _types
else:  # only annotations name it: imported when something reads them (get_type_hints)
    _types = _rt.LazyModule(__package__.rpartition(".")[0] + ".types")

_GET_SESSION_RESPONSES: _rt.Responses = {"200": ("json", _rt.ModelOf("Session"))}


class Session(_rt.Group):
    """Operations of this group; each returns the decoded body."""

    @_ft.cached_property
    def with_raw_response(self) -> SessionWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return SessionWithRawResponse(_rt.RawCalls(self._client))

    def get_session(
        self,
        *,
        session_id: str,
        theme: _types.GetSessionThemeParam | None = None,
        visits: int | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.Session:
        """GET /session

        Args:
            session_id:
            theme:
            visits:
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "GET",
            "/session",
            _GET_SESSION_RESPONSES,
            cookies={"session_id": session_id, "theme": theme, "visits": visits},
            options=options,
        )
        return _t.cast("_m.Session", self._client.request(call))


class SessionWithRawResponse(_rt.Group):
    """Operations of this group, returning RawResponse objects."""

    get_session = _rt.to_raw_response(Session.get_session)


class AsyncSession(_rt.Group):
    """Operations of this group as coroutines (the same methods: the client awaits)."""

    @_ft.cached_property
    def with_raw_response(self) -> AsyncSessionWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncSessionWithRawResponse(_rt.RawCalls(self._client))

    get_session = _rt.to_async(Session.get_session)


class AsyncSessionWithRawResponse(_rt.Group):
    """Operations of this group as coroutines, returning RawResponse objects."""

    get_session = _rt.to_async_raw_response(Session.get_session)
