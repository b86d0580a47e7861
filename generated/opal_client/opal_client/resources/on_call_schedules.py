"""Operations tagged 'on_call_schedules' (generated)."""

from __future__ import annotations

import functools as _ft
import typing as _t
import uuid as _uuid

from .. import _runtime as _rt
from .. import models as _m

if _t.TYPE_CHECKING:
    from .. import types as _types
else:  # only annotations name it: imported when something reads them (get_type_hints)
    _types = _rt.LazyModule(__package__.rpartition(".")[0] + ".types")

_GET_ON_CALL_SCHEDULES_RESPONSES: _rt.Responses = {
    "200": ("json", _rt.ModelOf("OnCallScheduleList"))
}
_CREATE_ON_CALL_SCHEDULE_RESPONSES: _rt.Responses = {"200": ("json", _rt.ModelOf("OnCallSchedule"))}
_GET_ON_CALL_SCHEDULE_RESPONSES: _rt.Responses = {"200": ("json", _rt.ModelOf("OnCallSchedule"))}


class OnCallSchedules(_rt.Group):
    """Operations of this group; each returns the decoded body."""

    @_ft.cached_property
    def with_raw_response(self) -> OnCallSchedulesWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return OnCallSchedulesWithRawResponse(_rt.RawCalls(self._client))

    def get_on_call_schedules(
        self, **options: _t.Unpack[_rt.RequestOptions]
    ) -> _m.OnCallScheduleList:
        """Get on call schedules

        Returns a list of `OnCallSchedule` objects.

        Args:
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "GET", "/on-call-schedules", _GET_ON_CALL_SCHEDULES_RESPONSES, options=options
        )
        return _t.cast("_m.OnCallScheduleList", self._client.request(call))

    def create_on_call_schedule(
        self,
        *,
        body: _m.CreateOnCallScheduleInfo | _types.CreateOnCallScheduleInfoParam,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.OnCallSchedule:
        """Creates a `OnCallSchedule` objects.

        Args:
            body: The `OnCallSchedule` object to be created.
                third_party_provider (required)
                remote_id (required): The remote ID of the on call schedule
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "POST",
            "/on-call-schedules",
            _CREATE_ON_CALL_SCHEDULE_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
            options=options,
        )
        return _t.cast("_m.OnCallSchedule", self._client.request(call))

    def get_on_call_schedule(
        self, *, on_call_schedule_id: _uuid.UUID | str, **options: _t.Unpack[_rt.RequestOptions]
    ) -> _m.OnCallSchedule:
        """Get on call schedule by ID

        Gets a `OnCallSchedule` object.

        Args:
            on_call_schedule_id: The ID of the on_call_schedule.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "GET",
            "/on-call-schedules/{on_call_schedule_id}",
            _GET_ON_CALL_SCHEDULE_RESPONSES,
            path_params={"on_call_schedule_id": on_call_schedule_id},
            options=options,
        )
        return _t.cast("_m.OnCallSchedule", self._client.request(call))


class OnCallSchedulesWithRawResponse(_rt.Group):
    """Operations of this group, returning RawResponse objects."""

    get_on_call_schedules = _rt.to_raw_response(OnCallSchedules.get_on_call_schedules)
    create_on_call_schedule = _rt.to_raw_response(OnCallSchedules.create_on_call_schedule)
    get_on_call_schedule = _rt.to_raw_response(OnCallSchedules.get_on_call_schedule)


class AsyncOnCallSchedules(_rt.Group):
    """Operations of this group as coroutines (the same methods: the client awaits)."""

    @_ft.cached_property
    def with_raw_response(self) -> AsyncOnCallSchedulesWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncOnCallSchedulesWithRawResponse(_rt.RawCalls(self._client))

    get_on_call_schedules = _rt.to_async(OnCallSchedules.get_on_call_schedules)
    create_on_call_schedule = _rt.to_async(OnCallSchedules.create_on_call_schedule)
    get_on_call_schedule = _rt.to_async(OnCallSchedules.get_on_call_schedule)


class AsyncOnCallSchedulesWithRawResponse(_rt.Group):
    """Operations of this group as coroutines, returning RawResponse objects."""

    get_on_call_schedules = _rt.to_async_raw_response(OnCallSchedules.get_on_call_schedules)
    create_on_call_schedule = _rt.to_async_raw_response(OnCallSchedules.create_on_call_schedule)
    get_on_call_schedule = _rt.to_async_raw_response(OnCallSchedules.get_on_call_schedule)
