"""Operations tagged 'tasks' (generated)."""

from __future__ import annotations

import typing as _t

from .. import _runtime as _rt
from .. import models as _models

_LIST_TASKS_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ListOf(_rt.ModelOf(_models.Task)))
}
_CREATE_TASK_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "201": ("json", _rt.ModelOf(_models.Task))
}


class Tasks:
    """Operations of this group; each returns the decoded body."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> TasksWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return TasksWithRawResponse(self._client)

    def list_tasks(self, *, status: _models.Status | str | None = None) -> list[_models.Task]:
        """GET /tasks"""
        call = _rt.Call(
            method="GET", path="/tasks", responses=_LIST_TASKS_RESPONSES, query={"status": status}
        )
        return _t.cast("list[_models.Task]", self._client.request(call))

    def create_task(self, *, body: _models.Task | _t.Mapping[str, _t.Any]) -> _models.Task:
        """POST /tasks"""
        call = _rt.Call(
            method="POST",
            path="/tasks",
            responses=_CREATE_TASK_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_models.Task", self._client.request(call))


class TasksWithRawResponse:
    """Operations of this group, returning RawResponse objects."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    def list_tasks(
        self, *, status: _models.Status | str | None = None
    ) -> _rt.RawResponse[list[_models.Task]]:
        """GET /tasks"""
        call = _rt.Call(
            method="GET", path="/tasks", responses=_LIST_TASKS_RESPONSES, query={"status": status}
        )
        return _t.cast("_rt.RawResponse[list[_models.Task]]", self._client.request_raw(call))

    def create_task(
        self, *, body: _models.Task | _t.Mapping[str, _t.Any]
    ) -> _rt.RawResponse[_models.Task]:
        """POST /tasks"""
        call = _rt.Call(
            method="POST",
            path="/tasks",
            responses=_CREATE_TASK_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_rt.RawResponse[_models.Task]", self._client.request_raw(call))


class AsyncTasks:
    """Operations of this group as coroutines."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncTasksWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncTasksWithRawResponse(self._client)

    async def list_tasks(self, *, status: _models.Status | str | None = None) -> list[_models.Task]:
        """GET /tasks"""
        call = _rt.Call(
            method="GET", path="/tasks", responses=_LIST_TASKS_RESPONSES, query={"status": status}
        )
        return _t.cast("list[_models.Task]", await self._client.request(call))

    async def create_task(self, *, body: _models.Task | _t.Mapping[str, _t.Any]) -> _models.Task:
        """POST /tasks"""
        call = _rt.Call(
            method="POST",
            path="/tasks",
            responses=_CREATE_TASK_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_models.Task", await self._client.request(call))


class AsyncTasksWithRawResponse:
    """Operations of this group as coroutines, returning RawResponse objects."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    async def list_tasks(
        self, *, status: _models.Status | str | None = None
    ) -> _rt.RawResponse[list[_models.Task]]:
        """GET /tasks"""
        call = _rt.Call(
            method="GET", path="/tasks", responses=_LIST_TASKS_RESPONSES, query={"status": status}
        )
        return _t.cast("_rt.RawResponse[list[_models.Task]]", await self._client.request_raw(call))

    async def create_task(
        self, *, body: _models.Task | _t.Mapping[str, _t.Any]
    ) -> _rt.RawResponse[_models.Task]:
        """POST /tasks"""
        call = _rt.Call(
            method="POST",
            path="/tasks",
            responses=_CREATE_TASK_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_rt.RawResponse[_models.Task]", await self._client.request_raw(call))
