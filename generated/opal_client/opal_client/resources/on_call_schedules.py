"""Operations tagged 'on_call_schedules' (generated)."""

from __future__ import annotations

import typing as _t
import uuid as _uuid

from .. import _runtime as _rt
from .. import models as _models

_GET_ON_CALL_SCHEDULES_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.OnCallScheduleList))
}
_CREATE_ON_CALL_SCHEDULE_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.OnCallSchedule))
}
_GET_ON_CALL_SCHEDULE_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.OnCallSchedule))
}


class OnCallSchedules:
    """Operations of this group; each returns the decoded body."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> OnCallSchedulesWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return OnCallSchedulesWithRawResponse(self._client)

    def get_on_call_schedules(self) -> _models.OnCallScheduleList:
        """Get on call schedules

        Returns a list of `OnCallSchedule` objects.
        """
        call = _rt.Call(
            method="GET", path="/on-call-schedules", responses=_GET_ON_CALL_SCHEDULES_RESPONSES
        )
        return _t.cast("_models.OnCallScheduleList", self._client.request(call))

    def create_on_call_schedule(
        self, *, body: _models.CreateOnCallScheduleInfo | _t.Mapping[str, _t.Any]
    ) -> _models.OnCallSchedule:
        """Creates a `OnCallSchedule` objects."""
        call = _rt.Call(
            method="POST",
            path="/on-call-schedules",
            responses=_CREATE_ON_CALL_SCHEDULE_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_models.OnCallSchedule", self._client.request(call))

    def get_on_call_schedule(self, *, on_call_schedule_id: _uuid.UUID) -> _models.OnCallSchedule:
        """Get on call schedule by ID

        Gets a `OnCallSchedule` object.
        """
        call = _rt.Call(
            method="GET",
            path="/on-call-schedules/{on_call_schedule_id}",
            responses=_GET_ON_CALL_SCHEDULE_RESPONSES,
            path_params={"on_call_schedule_id": on_call_schedule_id},
        )
        return _t.cast("_models.OnCallSchedule", self._client.request(call))


class OnCallSchedulesWithRawResponse:
    """Operations of this group, returning RawResponse objects."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    def get_on_call_schedules(self) -> _rt.RawResponse[_models.OnCallScheduleList]:
        """Get on call schedules

        Returns a list of `OnCallSchedule` objects.
        """
        call = _rt.Call(
            method="GET", path="/on-call-schedules", responses=_GET_ON_CALL_SCHEDULES_RESPONSES
        )
        return _t.cast(
            "_rt.RawResponse[_models.OnCallScheduleList]", self._client.request_raw(call)
        )

    def create_on_call_schedule(
        self, *, body: _models.CreateOnCallScheduleInfo | _t.Mapping[str, _t.Any]
    ) -> _rt.RawResponse[_models.OnCallSchedule]:
        """Creates a `OnCallSchedule` objects."""
        call = _rt.Call(
            method="POST",
            path="/on-call-schedules",
            responses=_CREATE_ON_CALL_SCHEDULE_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_rt.RawResponse[_models.OnCallSchedule]", self._client.request_raw(call))

    def get_on_call_schedule(
        self, *, on_call_schedule_id: _uuid.UUID
    ) -> _rt.RawResponse[_models.OnCallSchedule]:
        """Get on call schedule by ID

        Gets a `OnCallSchedule` object.
        """
        call = _rt.Call(
            method="GET",
            path="/on-call-schedules/{on_call_schedule_id}",
            responses=_GET_ON_CALL_SCHEDULE_RESPONSES,
            path_params={"on_call_schedule_id": on_call_schedule_id},
        )
        return _t.cast("_rt.RawResponse[_models.OnCallSchedule]", self._client.request_raw(call))


class AsyncOnCallSchedules:
    """Operations of this group as coroutines."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncOnCallSchedulesWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncOnCallSchedulesWithRawResponse(self._client)

    async def get_on_call_schedules(self) -> _models.OnCallScheduleList:
        """Get on call schedules

        Returns a list of `OnCallSchedule` objects.
        """
        call = _rt.Call(
            method="GET", path="/on-call-schedules", responses=_GET_ON_CALL_SCHEDULES_RESPONSES
        )
        return _t.cast("_models.OnCallScheduleList", await self._client.request(call))

    async def create_on_call_schedule(
        self, *, body: _models.CreateOnCallScheduleInfo | _t.Mapping[str, _t.Any]
    ) -> _models.OnCallSchedule:
        """Creates a `OnCallSchedule` objects."""
        call = _rt.Call(
            method="POST",
            path="/on-call-schedules",
            responses=_CREATE_ON_CALL_SCHEDULE_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_models.OnCallSchedule", await self._client.request(call))

    async def get_on_call_schedule(
        self, *, on_call_schedule_id: _uuid.UUID
    ) -> _models.OnCallSchedule:
        """Get on call schedule by ID

        Gets a `OnCallSchedule` object.
        """
        call = _rt.Call(
            method="GET",
            path="/on-call-schedules/{on_call_schedule_id}",
            responses=_GET_ON_CALL_SCHEDULE_RESPONSES,
            path_params={"on_call_schedule_id": on_call_schedule_id},
        )
        return _t.cast("_models.OnCallSchedule", await self._client.request(call))


class AsyncOnCallSchedulesWithRawResponse:
    """Operations of this group as coroutines, returning RawResponse objects."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    async def get_on_call_schedules(self) -> _rt.RawResponse[_models.OnCallScheduleList]:
        """Get on call schedules

        Returns a list of `OnCallSchedule` objects.
        """
        call = _rt.Call(
            method="GET", path="/on-call-schedules", responses=_GET_ON_CALL_SCHEDULES_RESPONSES
        )
        return _t.cast(
            "_rt.RawResponse[_models.OnCallScheduleList]", await self._client.request_raw(call)
        )

    async def create_on_call_schedule(
        self, *, body: _models.CreateOnCallScheduleInfo | _t.Mapping[str, _t.Any]
    ) -> _rt.RawResponse[_models.OnCallSchedule]:
        """Creates a `OnCallSchedule` objects."""
        call = _rt.Call(
            method="POST",
            path="/on-call-schedules",
            responses=_CREATE_ON_CALL_SCHEDULE_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast(
            "_rt.RawResponse[_models.OnCallSchedule]", await self._client.request_raw(call)
        )

    async def get_on_call_schedule(
        self, *, on_call_schedule_id: _uuid.UUID
    ) -> _rt.RawResponse[_models.OnCallSchedule]:
        """Get on call schedule by ID

        Gets a `OnCallSchedule` object.
        """
        call = _rt.Call(
            method="GET",
            path="/on-call-schedules/{on_call_schedule_id}",
            responses=_GET_ON_CALL_SCHEDULE_RESPONSES,
            path_params={"on_call_schedule_id": on_call_schedule_id},
        )
        return _t.cast(
            "_rt.RawResponse[_models.OnCallSchedule]", await self._client.request_raw(call)
        )
