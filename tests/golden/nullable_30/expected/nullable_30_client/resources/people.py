"""Operations tagged 'people' (generated)."""

from __future__ import annotations

import functools as _ft
import typing as _t

from .. import _runtime as _rt
from .. import models as _m

if _t.TYPE_CHECKING:
    from .. import types as _types
else:  # only annotations name it: imported when something reads them (get_type_hints)
    _types = _rt.LazyModule(__package__.rpartition(".")[0] + ".types")

_GET_PERSON_RESPONSES: _rt.Responses = {"200": ("json", _rt.ModelOf("Person"))}
_UPDATE_PERSON_RESPONSES: _rt.Responses = {"200": ("json", _rt.ModelOf("Person"))}


class People(_rt.Group):
    """Operations of this group; each returns the decoded body."""

    @_ft.cached_property
    def with_raw_response(self) -> PeopleWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return PeopleWithRawResponse(_rt.RawCalls(self._client))

    def get_person(self, *, id: str, **options: _t.Unpack[_rt.RequestOptions]) -> _m.Person:
        """GET /people/{id}

        Args:
            id:
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "GET", "/people/{id}", _GET_PERSON_RESPONSES, path_params={"id": id}, options=options
        )
        return _t.cast("_m.Person", self._client.request(call))

    def update_person(
        self,
        *,
        id: str,
        body: _m.Person | _types.PersonParam,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.Person:
        """PUT /people/{id}

        Args:
            id:
            body:
                name (required)
                nickname (required)
                address (required): Nullable $ref via allOf.
                tags (required)
                middleName (optional): Optional and nullable.
                scores (optional): Non-null array of nullable integers.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "PUT",
            "/people/{id}",
            _UPDATE_PERSON_RESPONSES,
            path_params={"id": id},
            body=body,
            body_kind="json",
            content_type="application/json",
            options=options,
        )
        return _t.cast("_m.Person", self._client.request(call))


class PeopleWithRawResponse(_rt.Group):
    """Operations of this group, returning RawResponse objects."""

    get_person = _rt.to_raw_response(People.get_person)
    update_person = _rt.to_raw_response(People.update_person)


class AsyncPeople(_rt.Group):
    """Operations of this group as coroutines (the same methods: the client awaits)."""

    @_ft.cached_property
    def with_raw_response(self) -> AsyncPeopleWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncPeopleWithRawResponse(_rt.RawCalls(self._client))

    get_person = _rt.to_async(People.get_person)
    update_person = _rt.to_async(People.update_person)


class AsyncPeopleWithRawResponse(_rt.Group):
    """Operations of this group as coroutines, returning RawResponse objects."""

    get_person = _rt.to_async_raw_response(People.get_person)
    update_person = _rt.to_async_raw_response(People.update_person)
