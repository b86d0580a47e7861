"""Operations tagged 'things' (generated)."""

from __future__ import annotations

import functools as _ft
import typing as _t

from .. import _runtime as _rt
from .. import models as _m

if _t.TYPE_CHECKING:
    from .. import types as _types
else:  # only annotations name it: imported when something reads them (get_type_hints)
    _types = _rt.LazyModule(__package__.rpartition(".")[0] + ".types")

_CREATE_THING_RESPONSES: _rt.Responses = {"201": ("json", _rt.ModelOf("Thing"))}
_GET_ANYTHING_RESPONSES: _rt.Responses = {"200": ("json", _rt.ModelOf("Thing"))}
_GET_NOTE_RESPONSES: _rt.Responses = {"200": ("text", None)}
_PUT_NOTE_RESPONSES: _rt.Responses = {"204": ("empty", None)}
_PUT_BLOB_RESPONSES: _rt.Responses = {"200": ("json", _rt.ModelOf("Stored"))}


class Things(_rt.Group):
    """Operations of this group; each returns the decoded body."""

    @_ft.cached_property
    def with_raw_response(self) -> ThingsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return ThingsWithRawResponse(_rt.RawCalls(self._client))

    def create_thing(
        self, *, body: _m.Thing | _types.ThingParam, **options: _t.Unpack[_rt.RequestOptions]
    ) -> _m.Thing:
        """POST /things

        Args:
            body:
                id (required)
                label (optional)
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "POST",
            "/things",
            _CREATE_THING_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/vnd.x+json",
            options=options,
        )
        return _t.cast("_m.Thing", self._client.request(call))

    def get_anything(self, *, id: str, **options: _t.Unpack[_rt.RequestOptions]) -> _m.Thing:
        """GET /things/{id}/any

        Args:
            id:
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "GET",
            "/things/{id}/any",
            _GET_ANYTHING_RESPONSES,
            path_params={"id": id},
            options=options,
        )
        return _t.cast("_m.Thing", self._client.request(call))

    def get_note(self, *, id: str, **options: _t.Unpack[_rt.RequestOptions]) -> str:
        """GET /things/{id}/note

        Args:
            id:
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "GET", "/things/{id}/note", _GET_NOTE_RESPONSES, path_params={"id": id}, options=options
        )
        return _t.cast("str", self._client.request(call))

    def put_note(self, *, id: str, body: str, **options: _t.Unpack[_rt.RequestOptions]) -> None:
        """PUT /things/{id}/note

        Args:
            id:
            body:
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "PUT",
            "/things/{id}/note",
            _PUT_NOTE_RESPONSES,
            path_params={"id": id},
            body=body,
            body_kind="text",
            content_type="text/plain",
            options=options,
        )
        return _t.cast("None", self._client.request(call))

    def put_blob(
        self, *, id: str, body: bytes, **options: _t.Unpack[_rt.RequestOptions]
    ) -> _m.Stored:
        """PUT /things/{id}/blob

        Args:
            id:
            body:
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "PUT",
            "/things/{id}/blob",
            _PUT_BLOB_RESPONSES,
            path_params={"id": id},
            body=body,
            body_kind="binary",
            content_type="application/octet-stream",
            options=options,
        )
        return _t.cast("_m.Stored", self._client.request(call))


class ThingsWithRawResponse(_rt.Group):
    """Operations of this group, returning RawResponse objects."""

    create_thing = _rt.to_raw_response(Things.create_thing)
    get_anything = _rt.to_raw_response(Things.get_anything)
    get_note = _rt.to_raw_response(Things.get_note)
    put_note = _rt.to_raw_response(Things.put_note)
    put_blob = _rt.to_raw_response(Things.put_blob)


class AsyncThings(_rt.Group):
    """Operations of this group as coroutines (the same methods: the client awaits)."""

    @_ft.cached_property
    def with_raw_response(self) -> AsyncThingsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncThingsWithRawResponse(_rt.RawCalls(self._client))

    create_thing = _rt.to_async(Things.create_thing)
    get_anything = _rt.to_async(Things.get_anything)
    get_note = _rt.to_async(Things.get_note)
    put_note = _rt.to_async(Things.put_note)
    put_blob = _rt.to_async(Things.put_blob)


class AsyncThingsWithRawResponse(_rt.Group):
    """Operations of this group as coroutines, returning RawResponse objects."""

    create_thing = _rt.to_async_raw_response(Things.create_thing)
    get_anything = _rt.to_async_raw_response(Things.get_anything)
    get_note = _rt.to_async_raw_response(Things.get_note)
    put_note = _rt.to_async_raw_response(Things.put_note)
    put_blob = _rt.to_async_raw_response(Things.put_blob)
