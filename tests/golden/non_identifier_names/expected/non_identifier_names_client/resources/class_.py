"""Operations tagged 'class_' (generated)."""

from __future__ import annotations

import functools as _ft
import typing as _t

from .. import _runtime as _rt
from .. import models as _m

if _t.TYPE_CHECKING:
    from .. import types as _types
else:  # only annotations name it: imported when something reads them (get_type_hints)
    _types = _rt.LazyModule(__package__.rpartition(".")[0] + ".types")

_IMPORT_RESPONSES: _rt.Responses = {"200": ("json", _rt.ModelOf("M2faSettings"))}


class Class(_rt.Group):
    """Operations of this group; each returns the decoded body."""

    @_ft.cached_property
    def with_raw_response(self) -> ClassWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return ClassWithRawResponse(_rt.RawCalls(self._client))

    def import_(
        self, *, body: _m.Import | _types.ImportParam, **options: _t.Unpack[_rt.RequestOptions]
    ) -> _m.M2faSettings:
        """POST /imports

        Args:
            body:
                from (required)
                item.v2 (optional)
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "POST",
            "/imports",
            _IMPORT_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
            options=options,
        )
        return _t.cast("_m.M2faSettings", self._client.request(call))


class ClassWithRawResponse(_rt.Group):
    """Operations of this group, returning RawResponse objects."""

    import_ = _rt.to_raw_response(Class.import_)


class AsyncClass(_rt.Group):
    """Operations of this group as coroutines (the same methods: the client awaits)."""

    @_ft.cached_property
    def with_raw_response(self) -> AsyncClassWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncClassWithRawResponse(_rt.RawCalls(self._client))

    import_ = _rt.to_async(Class.import_)


class AsyncClassWithRawResponse(_rt.Group):
    """Operations of this group as coroutines, returning RawResponse objects."""

    import_ = _rt.to_async_raw_response(Class.import_)
