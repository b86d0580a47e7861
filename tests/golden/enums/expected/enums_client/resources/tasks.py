"""Operations tagged 'tasks' (generated)."""

from __future__ import annotations

import functools as _ft
import typing as _t

from .. import _runtime as _rt
from .. import models as _m

if _t.TYPE_CHECKING:
    from .. import types as _types
else:  # only annotations name it: imported when something reads them (get_type_hints)
    _types = _rt.LazyModule(__package__.rpartition(".")[0] + ".types")

_LIST_TASKS_RESPONSES: _rt.Responses = {"200": ("json", _rt.ListOf(_rt.ModelOf("Task")))}
_CREATE_TASK_RESPONSES: _rt.Responses = {"201": ("json", _rt.ModelOf("Task"))}


class Tasks(_rt.Group):
    """Operations of this group; each returns the decoded body."""

    @_ft.cached_property
    def with_raw_response(self) -> TasksWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return TasksWithRawResponse(_rt.RawCalls(self._client))

    def list_tasks(
        self, *, status: _types.StatusParam | None = None, **options: _t.Unpack[_rt.RequestOptions]
    ) -> list[_m.Task]:
        """GET /tasks

        Args:
            status:
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "GET", "/tasks", _LIST_TASKS_RESPONSES, query={"status": status}, options=options
        )
        return _t.cast("list[_m.Task]", self._client.request(call))

    def create_task(
        self, *, body: _m.Task | _types.TaskParam, **options: _t.Unpack[_rt.RequestOptions]
    ) -> _m.Task:
        """POST /tasks

        Args:
            body:
                status (required)
                priority (required)
                kind (optional): Inline enum on a property.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "POST",
            "/tasks",
            _CREATE_TASK_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
            options=options,
        )
        return _t.cast("_m.Task", self._client.request(call))


class TasksWithRawResponse(_rt.Group):
    """Operations of this group, returning RawResponse objects."""

    list_tasks = _rt.to_raw_response(Tasks.list_tasks)
    create_task = _rt.to_raw_response(Tasks.create_task)


class AsyncTasks(_rt.Group):
    """Operations of this group as coroutines (the same methods: the client awaits)."""

    @_ft.cached_property
    def with_raw_response(self) -> AsyncTasksWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncTasksWithRawResponse(_rt.RawCalls(self._client))

    list_tasks = _rt.to_async(Tasks.list_tasks)
    create_task = _rt.to_async(Tasks.create_task)


class AsyncTasksWithRawResponse(_rt.Group):
    """Operations of this group as coroutines, returning RawResponse objects."""

    list_tasks = _rt.to_async_raw_response(Tasks.list_tasks)
    create_task = _rt.to_async_raw_response(Tasks.create_task)
