"""Operations tagged 'approvals' (generated)."""

from __future__ import annotations

import datetime as _dt
import typing as _t

from .. import _runtime as _rt
from .. import models as _models

_LIST_APPROVAL_TASKS_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "default": ("empty", None)
}
_ACT_ON_APPROVAL_TASKS_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.ApprovalDecisionResults)),
    "400": ("json", _rt.ModelOf(_models.Error)),
    "401": ("json", _rt.ModelOf(_models.Error)),
    "404": ("json", _rt.ModelOf(_models.Error)),
    "409": ("json", _rt.ModelOf(_models.Error)),
}
_LIST_MY_APPROVAL_TASKS_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "default": ("empty", None)
}
_GET_APPROVAL_WORK_REQUEST_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.ApprovalDecisionResults)),
    "400": ("json", _rt.ModelOf(_models.Error)),
    "401": ("json", _rt.ModelOf(_models.Error)),
    "404": ("json", _rt.ModelOf(_models.Error)),
    "409": ("json", _rt.ModelOf(_models.Error)),
    "429": ("json", _rt.ModelOf(_models.Error)),
}
_GET_APPROVAL_TASK_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.Task)),
    "400": ("json", _rt.ModelOf(_models.Error)),
    "401": ("json", _rt.ModelOf(_models.Error)),
}


class Approvals:
    """Operations of this group; each returns the decoded body."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> ApprovalsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return ApprovalsWithRawResponse(self._client)

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
            method="GET",
            path="/access-governance/access-controls/20250331/approvals",
            responses=_LIST_APPROVAL_TASKS_RESPONSES,
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
            method="GET",
            path="/access-governance/access-controls/20250331/approvals",
            responses=_LIST_APPROVAL_TASKS_RESPONSES,
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
        return self._client.paginate(
            call,
            _rt.Paging(
                param="page", items_attr="items", items_wire="items", token_header="opc-next-page"
            ),
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
            method="POST",
            path="/access-governance/access-controls/20250331/approvals",
            responses=_ACT_ON_APPROVAL_TASKS_RESPONSES,
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
            method="GET",
            path="/access-governance/access-controls/20250331/approvals/me",
            responses=_LIST_MY_APPROVAL_TASKS_RESPONSES,
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
            method="GET",
            path="/access-governance/access-controls/20250331/approvals/me",
            responses=_LIST_MY_APPROVAL_TASKS_RESPONSES,
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
        return self._client.paginate(
            call,
            _rt.Paging(
                param="page", items_attr="items", items_wire="items", token_header="opc-next-page"
            ),
        )

    def get_approval_work_request(
        self, *, work_request_id: str, opc_request_id: str | None = None
    ) -> _models.ApprovalDecisionResults:
        """Get status for asynchronous bulk Approval Task creation.

        Returns task actions in bulk status.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-controls/20250331/approvals/workRequest/{workRequestId}",
            responses=_GET_APPROVAL_WORK_REQUEST_RESPONSES,
            path_params={"workRequestId": work_request_id},
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast("_models.ApprovalDecisionResults", self._client.request(call))

    def get_approval_task(self, *, task_id: str, opc_request_id: str | None = None) -> _models.Task:
        """Get an Approval task

        Returns details of an approval task with a given ID.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-controls/20250331/approvals/{taskId}",
            responses=_GET_APPROVAL_TASK_RESPONSES,
            path_params={"taskId": task_id},
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast("_models.Task", self._client.request(call))


class ApprovalsWithRawResponse:
    """Operations of this group, returning RawResponse objects."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

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
    ) -> _rt.RawResponse[_t.Any]:
        """Get a list of Approval tasks

        Returns details of all available approval tasks with support for pagination.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-controls/20250331/approvals",
            responses=_LIST_APPROVAL_TASKS_RESPONSES,
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
        return self._client.request_raw(call)

    def act_on_approval_tasks(
        self,
        *,
        opc_request_id: str | None = None,
        body: _models.ApprovalDecisionDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _rt.RawResponse[_models.ApprovalDecisionResults]:
        """Act on one or more Approval Tasks.

        Act on one or more Approval Tasks in bulk.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-controls/20250331/approvals",
            responses=_ACT_ON_APPROVAL_TASKS_RESPONSES,
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast(
            "_rt.RawResponse[_models.ApprovalDecisionResults]", self._client.request_raw(call)
        )

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
    ) -> _rt.RawResponse[_t.Any]:
        """Get a list of my Approval tasks

        Returns details of my available approval tasks with support for pagination. Password credentials are required
        for this API.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-controls/20250331/approvals/me",
            responses=_LIST_MY_APPROVAL_TASKS_RESPONSES,
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
        return self._client.request_raw(call)

    def get_approval_work_request(
        self, *, work_request_id: str, opc_request_id: str | None = None
    ) -> _rt.RawResponse[_models.ApprovalDecisionResults]:
        """Get status for asynchronous bulk Approval Task creation.

        Returns task actions in bulk status.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-controls/20250331/approvals/workRequest/{workRequestId}",
            responses=_GET_APPROVAL_WORK_REQUEST_RESPONSES,
            path_params={"workRequestId": work_request_id},
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast(
            "_rt.RawResponse[_models.ApprovalDecisionResults]", self._client.request_raw(call)
        )

    def get_approval_task(
        self, *, task_id: str, opc_request_id: str | None = None
    ) -> _rt.RawResponse[_models.Task]:
        """Get an Approval task

        Returns details of an approval task with a given ID.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-controls/20250331/approvals/{taskId}",
            responses=_GET_APPROVAL_TASK_RESPONSES,
            path_params={"taskId": task_id},
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast("_rt.RawResponse[_models.Task]", self._client.request_raw(call))


class AsyncApprovals:
    """Operations of this group as coroutines."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncApprovalsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncApprovalsWithRawResponse(self._client)

    async def list_approval_tasks(
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
            method="GET",
            path="/access-governance/access-controls/20250331/approvals",
            responses=_LIST_APPROVAL_TASKS_RESPONSES,
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
        return await self._client.request(call)

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
    ) -> _t.AsyncIterator[_t.Any]:
        """Like `list_approval_tasks`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-controls/20250331/approvals",
            responses=_LIST_APPROVAL_TASKS_RESPONSES,
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
        return self._client.paginate(
            call,
            _rt.Paging(
                param="page", items_attr="items", items_wire="items", token_header="opc-next-page"
            ),
        )

    async def act_on_approval_tasks(
        self,
        *,
        opc_request_id: str | None = None,
        body: _models.ApprovalDecisionDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _models.ApprovalDecisionResults:
        """Act on one or more Approval Tasks.

        Act on one or more Approval Tasks in bulk.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-controls/20250331/approvals",
            responses=_ACT_ON_APPROVAL_TASKS_RESPONSES,
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_models.ApprovalDecisionResults", await self._client.request(call))

    async def list_my_approval_tasks(
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
            method="GET",
            path="/access-governance/access-controls/20250331/approvals/me",
            responses=_LIST_MY_APPROVAL_TASKS_RESPONSES,
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
        return await self._client.request(call)

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
    ) -> _t.AsyncIterator[_t.Any]:
        """Like `list_my_approval_tasks`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-controls/20250331/approvals/me",
            responses=_LIST_MY_APPROVAL_TASKS_RESPONSES,
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
        return self._client.paginate(
            call,
            _rt.Paging(
                param="page", items_attr="items", items_wire="items", token_header="opc-next-page"
            ),
        )

    async def get_approval_work_request(
        self, *, work_request_id: str, opc_request_id: str | None = None
    ) -> _models.ApprovalDecisionResults:
        """Get status for asynchronous bulk Approval Task creation.

        Returns task actions in bulk status.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-controls/20250331/approvals/workRequest/{workRequestId}",
            responses=_GET_APPROVAL_WORK_REQUEST_RESPONSES,
            path_params={"workRequestId": work_request_id},
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast("_models.ApprovalDecisionResults", await self._client.request(call))

    async def get_approval_task(
        self, *, task_id: str, opc_request_id: str | None = None
    ) -> _models.Task:
        """Get an Approval task

        Returns details of an approval task with a given ID.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-controls/20250331/approvals/{taskId}",
            responses=_GET_APPROVAL_TASK_RESPONSES,
            path_params={"taskId": task_id},
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast("_models.Task", await self._client.request(call))


class AsyncApprovalsWithRawResponse:
    """Operations of this group as coroutines, returning RawResponse objects."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    async def list_approval_tasks(
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
    ) -> _rt.RawResponse[_t.Any]:
        """Get a list of Approval tasks

        Returns details of all available approval tasks with support for pagination.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-controls/20250331/approvals",
            responses=_LIST_APPROVAL_TASKS_RESPONSES,
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
        return await self._client.request_raw(call)

    async def act_on_approval_tasks(
        self,
        *,
        opc_request_id: str | None = None,
        body: _models.ApprovalDecisionDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _rt.RawResponse[_models.ApprovalDecisionResults]:
        """Act on one or more Approval Tasks.

        Act on one or more Approval Tasks in bulk.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-controls/20250331/approvals",
            responses=_ACT_ON_APPROVAL_TASKS_RESPONSES,
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast(
            "_rt.RawResponse[_models.ApprovalDecisionResults]", await self._client.request_raw(call)
        )

    async def list_my_approval_tasks(
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
    ) -> _rt.RawResponse[_t.Any]:
        """Get a list of my Approval tasks

        Returns details of my available approval tasks with support for pagination. Password credentials are required
        for this API.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-controls/20250331/approvals/me",
            responses=_LIST_MY_APPROVAL_TASKS_RESPONSES,
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
        return await self._client.request_raw(call)

    async def get_approval_work_request(
        self, *, work_request_id: str, opc_request_id: str | None = None
    ) -> _rt.RawResponse[_models.ApprovalDecisionResults]:
        """Get status for asynchronous bulk Approval Task creation.

        Returns task actions in bulk status.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-controls/20250331/approvals/workRequest/{workRequestId}",
            responses=_GET_APPROVAL_WORK_REQUEST_RESPONSES,
            path_params={"workRequestId": work_request_id},
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast(
            "_rt.RawResponse[_models.ApprovalDecisionResults]", await self._client.request_raw(call)
        )

    async def get_approval_task(
        self, *, task_id: str, opc_request_id: str | None = None
    ) -> _rt.RawResponse[_models.Task]:
        """Get an Approval task

        Returns details of an approval task with a given ID.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-controls/20250331/approvals/{taskId}",
            responses=_GET_APPROVAL_TASK_RESPONSES,
            path_params={"taskId": task_id},
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast("_rt.RawResponse[_models.Task]", await self._client.request_raw(call))
