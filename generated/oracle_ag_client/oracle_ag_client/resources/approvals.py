"""Operations tagged 'approvals' (generated)."""

from __future__ import annotations

import datetime as _dt
import functools as _ft
import typing as _t

from .. import _runtime as _rt
from .. import models as _models

_LIST_APPROVAL_TASKS_RESPONSES: _rt.Responses = {"default": ("empty", None)}
_LIST_APPROVAL_TASKS_PAGING = _rt.Paging(
    param="page", items_attr="items", items_wire="items", token_header="opc-next-page"
)
_ACT_ON_APPROVAL_TASKS_RESPONSES: _rt.Responses = {
    "200": ("json", _rt.ModelOf("ApprovalDecisionResults")),
    "400": ("json", _rt.ModelOf("Error")),
    "401": ("json", _rt.ModelOf("Error")),
    "404": ("json", _rt.ModelOf("Error")),
    "409": ("json", _rt.ModelOf("Error")),
}
_LIST_MY_APPROVAL_TASKS_RESPONSES: _rt.Responses = {"default": ("empty", None)}
_LIST_MY_APPROVAL_TASKS_PAGING = _rt.Paging(
    param="page", items_attr="items", items_wire="items", token_header="opc-next-page"
)
_GET_APPROVAL_WORK_REQUEST_RESPONSES: _rt.Responses = {
    "200": ("json", _rt.ModelOf("ApprovalDecisionResults")),
    "400": ("json", _rt.ModelOf("Error")),
    "401": ("json", _rt.ModelOf("Error")),
    "404": ("json", _rt.ModelOf("Error")),
    "409": ("json", _rt.ModelOf("Error")),
    "429": ("json", _rt.ModelOf("Error")),
}
_GET_APPROVAL_TASK_RESPONSES: _rt.Responses = {
    "200": ("json", _rt.ModelOf("Task")),
    "400": ("json", _rt.ModelOf("Error")),
    "401": ("json", _rt.ModelOf("Error")),
}


class Approvals(_rt.Group):
    """Operations of this group; each returns the decoded body."""

    @_ft.cached_property
    def with_raw_response(self) -> ApprovalsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return ApprovalsWithRawResponse(_rt.RawCalls(self._client))

    def list_approval_tasks(
        self,
        *,
        access_request_id: str | None = None,
        assignee_id: str | None = None,
        assignee_scope: _models.ListApprovalTasksAssigneeScope | str | None = None,
        due_before: _dt.datetime | None = None,
        instance_tags: list[bool] | None = None,
        keyword_contains: str | None = None,
        limit: int | None = None,
        page: str | None = None,
        requested_after: _dt.datetime | None = None,
        sort_by: _models.ListApprovalTasksSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        status: list[_models.ListApprovalTasksStatusItem | str] | None = None,
        opc_request_id: str | None = None,
    ) -> _t.Any:
        """Get a list of Approval tasks

        Returns details of all available approval tasks with support for pagination.
        """
        call = _rt.Call(
            "GET",
            "/access-governance/access-controls/20250331/approvals",
            _LIST_APPROVAL_TASKS_RESPONSES,
            query={
                "accessRequestId": access_request_id,
                "assigneeId": assignee_id,
                "assigneeScope": assignee_scope,
                "dueBefore": due_before,
                "instanceTags": instance_tags,
                "keywordContains": keyword_contains,
                "limit": limit,
                "page": page,
                "requestedAfter": requested_after,
                "sortBy": sort_by,
                "sortOrder": sort_order,
                "status": status,
            },
            exploded=frozenset({"instanceTags", "status"}),
            headers={"opc-request-id": opc_request_id},
        )
        return self._client.request(call)

    def list_approval_tasks_iter(
        self,
        *,
        access_request_id: str | None = None,
        assignee_id: str | None = None,
        assignee_scope: _models.ListApprovalTasksAssigneeScope | str | None = None,
        due_before: _dt.datetime | None = None,
        instance_tags: list[bool] | None = None,
        keyword_contains: str | None = None,
        limit: int | None = None,
        requested_after: _dt.datetime | None = None,
        sort_by: _models.ListApprovalTasksSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        status: list[_models.ListApprovalTasksStatusItem | str] | None = None,
        opc_request_id: str | None = None,
    ) -> _t.Iterator[_t.Any]:
        """Like `list_approval_tasks`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            "GET",
            "/access-governance/access-controls/20250331/approvals",
            _LIST_APPROVAL_TASKS_RESPONSES,
            query={
                "accessRequestId": access_request_id,
                "assigneeId": assignee_id,
                "assigneeScope": assignee_scope,
                "dueBefore": due_before,
                "instanceTags": instance_tags,
                "keywordContains": keyword_contains,
                "limit": limit,
                "requestedAfter": requested_after,
                "sortBy": sort_by,
                "sortOrder": sort_order,
                "status": status,
            },
            exploded=frozenset({"instanceTags", "status"}),
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast(
            "_t.Iterator[_t.Any]", self._client.paginate(call, _LIST_APPROVAL_TASKS_PAGING)
        )

    def act_on_approval_tasks(
        self,
        *,
        opc_request_id: str | None = None,
        body: _models.ApprovalDecisionDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _models.ApprovalDecisionResults:
        """Act on one or more Approval Tasks.

        Act on one or more Approval Tasks in bulk.
        """
        call = _rt.Call(
            "POST",
            "/access-governance/access-controls/20250331/approvals",
            _ACT_ON_APPROVAL_TASKS_RESPONSES,
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_models.ApprovalDecisionResults", self._client.request(call))

    def list_my_approval_tasks(
        self,
        *,
        access_request_id: str | None = None,
        assignee_scope: _models.ListMyApprovalTasksAssigneeScope | str | None = None,
        due_before: _dt.datetime | None = None,
        instance_tags: list[bool] | None = None,
        keyword_contains: str | None = None,
        limit: int | None = None,
        page: str | None = None,
        requested_after: _dt.datetime | None = None,
        sort_by: _models.ListMyApprovalTasksSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        status: list[_models.ListMyApprovalTasksStatusItem | str] | None = None,
    ) -> _t.Any:
        """Get a list of my Approval tasks

        Returns details of my available approval tasks with support for pagination. Password credentials are required
        for this API.
        """
        call = _rt.Call(
            "GET",
            "/access-governance/access-controls/20250331/approvals/me",
            _LIST_MY_APPROVAL_TASKS_RESPONSES,
            query={
                "accessRequestId": access_request_id,
                "assigneeScope": assignee_scope,
                "dueBefore": due_before,
                "instanceTags": instance_tags,
                "keywordContains": keyword_contains,
                "limit": limit,
                "page": page,
                "requestedAfter": requested_after,
                "sortBy": sort_by,
                "sortOrder": sort_order,
                "status": status,
            },
            exploded=frozenset({"instanceTags", "status"}),
        )
        return self._client.request(call)

    def list_my_approval_tasks_iter(
        self,
        *,
        access_request_id: str | None = None,
        assignee_scope: _models.ListMyApprovalTasksAssigneeScope | str | None = None,
        due_before: _dt.datetime | None = None,
        instance_tags: list[bool] | None = None,
        keyword_contains: str | None = None,
        limit: int | None = None,
        requested_after: _dt.datetime | None = None,
        sort_by: _models.ListMyApprovalTasksSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        status: list[_models.ListMyApprovalTasksStatusItem | str] | None = None,
    ) -> _t.Iterator[_t.Any]:
        """Like `list_my_approval_tasks`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            "GET",
            "/access-governance/access-controls/20250331/approvals/me",
            _LIST_MY_APPROVAL_TASKS_RESPONSES,
            query={
                "accessRequestId": access_request_id,
                "assigneeScope": assignee_scope,
                "dueBefore": due_before,
                "instanceTags": instance_tags,
                "keywordContains": keyword_contains,
                "limit": limit,
                "requestedAfter": requested_after,
                "sortBy": sort_by,
                "sortOrder": sort_order,
                "status": status,
            },
            exploded=frozenset({"instanceTags", "status"}),
        )
        return _t.cast(
            "_t.Iterator[_t.Any]", self._client.paginate(call, _LIST_MY_APPROVAL_TASKS_PAGING)
        )

    def get_approval_work_request(
        self, *, work_request_id: str, opc_request_id: str | None = None
    ) -> _models.ApprovalDecisionResults:
        """Get status for asynchronous bulk Approval Task creation.

        Returns task actions in bulk status.
        """
        call = _rt.Call(
            "GET",
            "/access-governance/access-controls/20250331/approvals/workRequest/{workRequestId}",
            _GET_APPROVAL_WORK_REQUEST_RESPONSES,
            path_params={"workRequestId": work_request_id},
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast("_models.ApprovalDecisionResults", self._client.request(call))

    def get_approval_task(self, *, task_id: str, opc_request_id: str | None = None) -> _models.Task:
        """Get an Approval task

        Returns details of an approval task with a given ID.
        """
        call = _rt.Call(
            "GET",
            "/access-governance/access-controls/20250331/approvals/{taskId}",
            _GET_APPROVAL_TASK_RESPONSES,
            path_params={"taskId": task_id},
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast("_models.Task", self._client.request(call))


class ApprovalsWithRawResponse(_rt.Group):
    """Operations of this group, returning RawResponse objects."""

    list_approval_tasks = _rt.to_raw_response(Approvals.list_approval_tasks)
    act_on_approval_tasks = _rt.to_raw_response(Approvals.act_on_approval_tasks)
    list_my_approval_tasks = _rt.to_raw_response(Approvals.list_my_approval_tasks)
    get_approval_work_request = _rt.to_raw_response(Approvals.get_approval_work_request)
    get_approval_task = _rt.to_raw_response(Approvals.get_approval_task)


class AsyncApprovals(_rt.Group):
    """Operations of this group as coroutines (the same methods: the client awaits)."""

    @_ft.cached_property
    def with_raw_response(self) -> AsyncApprovalsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncApprovalsWithRawResponse(_rt.RawCalls(self._client))

    list_approval_tasks = _rt.to_async(Approvals.list_approval_tasks)
    list_approval_tasks_iter = _rt.to_async_iterator(Approvals.list_approval_tasks_iter)
    act_on_approval_tasks = _rt.to_async(Approvals.act_on_approval_tasks)
    list_my_approval_tasks = _rt.to_async(Approvals.list_my_approval_tasks)
    list_my_approval_tasks_iter = _rt.to_async_iterator(Approvals.list_my_approval_tasks_iter)
    get_approval_work_request = _rt.to_async(Approvals.get_approval_work_request)
    get_approval_task = _rt.to_async(Approvals.get_approval_task)


class AsyncApprovalsWithRawResponse(_rt.Group):
    """Operations of this group as coroutines, returning RawResponse objects."""

    list_approval_tasks = _rt.to_async_raw_response(Approvals.list_approval_tasks)
    act_on_approval_tasks = _rt.to_async_raw_response(Approvals.act_on_approval_tasks)
    list_my_approval_tasks = _rt.to_async_raw_response(Approvals.list_my_approval_tasks)
    get_approval_work_request = _rt.to_async_raw_response(Approvals.get_approval_work_request)
    get_approval_task = _rt.to_async_raw_response(Approvals.get_approval_task)
