"""Operations tagged 'approvals' (generated)."""

from __future__ import annotations

import datetime as _dt
import functools as _ft
import typing as _t

from .. import _runtime as _rt
from .. import models as _m

if _t.TYPE_CHECKING:
    from .. import types as _types
else:  # only annotations name it: imported when something reads them (get_type_hints)
    _types = _rt.LazyModule(__package__.rpartition(".")[0] + ".types")

_LIST_APPROVAL_TASKS_RESPONSES: _rt.Responses = {"default": ("json", _rt.ANY)}
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
_LIST_MY_APPROVAL_TASKS_RESPONSES: _rt.Responses = {"default": ("json", _rt.ANY)}
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
        assignee_scope: _types.ListApprovalTasksAssigneeScopeParam | None = None,
        due_before: _dt.datetime | str | None = None,
        instance_tags: list[bool] | None = None,
        keyword_contains: str | None = None,
        limit: int | None = None,
        page: str | None = None,
        requested_after: _dt.datetime | str | None = None,
        sort_by: _types.ListApprovalTasksSortByParam | None = None,
        sort_order: _types.ListAccessBundlesSortOrderParam | None = None,
        status: list[_types.ListApprovalTasksStatusItemParam] | None = None,
        opc_request_id: str | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _t.Any:
        """Get a list of Approval tasks

        Returns details of all available approval tasks with support for pagination.

        Args:
            access_request_id: The access request id to filter on. This parameter is required when assigneeId is not provided.
            assignee_id: The global id for the assignee to filter on. This parameter is required when an accessRequestId is not provided.
            assignee_scope: Assignee scope to filter on. 'DIRECT' to filter on the tasks where the assignee id or authenticated user is the direct assignee, or 'INDIRECT' to filter on the tasks where the assignee has indirect approval rights.
            due_before: Return only tasks due before the specified date.
            instance_tags: List of tag filters to use. Each position in the array maps to the tag in the InstanceTags enum that is in the same position. Set the value to true to include instances that carry the tag. Set the value to false to exclude instances that carry the tag. Set the value to null in order to not apply the filter.
            keyword_contains: Keyword to use to filter against the names of the requestor and beneficiary.
            limit: The maximum number of items to return.
            page: A token representing the position at which to start retrieving results. This must come from the `opc-next-page` header field of a previous response.
            requested_after: Return only instances created after the specified date.
            sort_by: The field to sort by. Default sort by is 'dueDate'.
            sort_order: The sort order to use, either 'ASC' or 'DESC'.
            status: List of task statuses to filter on.
            opc_request_id: The client request ID for tracing. The only valid characters for request IDs are letters, numbers, underscore, and dash.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.

        Raises:
            ApiError: default Response section not visible in the copy of this documentation page we could read; placeholder added only to keep the document valid (see SOURCES.md, Gaps).
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
            options=options,
        )
        return self._client.request(call)

    def list_approval_tasks_iter(
        self,
        *,
        access_request_id: str | None = None,
        assignee_id: str | None = None,
        assignee_scope: _types.ListApprovalTasksAssigneeScopeParam | None = None,
        due_before: _dt.datetime | str | None = None,
        instance_tags: list[bool] | None = None,
        keyword_contains: str | None = None,
        limit: int | None = None,
        requested_after: _dt.datetime | str | None = None,
        sort_by: _types.ListApprovalTasksSortByParam | None = None,
        sort_order: _types.ListAccessBundlesSortOrderParam | None = None,
        status: list[_types.ListApprovalTasksStatusItemParam] | None = None,
        opc_request_id: str | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
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
            options=options,
        )
        return _t.cast(
            "_t.Iterator[_t.Any]", self._client.paginate(call, _LIST_APPROVAL_TASKS_PAGING)
        )

    def act_on_approval_tasks(
        self,
        *,
        opc_request_id: str | None = None,
        body: _m.ApprovalDecisionDetails | _types.ApprovalDecisionDetailsParam | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.ApprovalDecisionResults:
        """Act on one or more Approval Tasks.

        Act on one or more Approval Tasks in bulk.

        Args:
            opc_request_id: The client request ID for tracing. The only valid characters for request IDs are letters, numbers, underscore, and dash.
            body: One or more Approval Task decisions.
                decisions (required): List of Approval Task decisions.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.

        Raises:
            BadRequestError: 400 Bad Request
            AuthenticationError: 401 Unauthorized
            NotFoundError: 404 Not Found
            ConflictError: 409 Conflict
        """
        call = _rt.Call(
            "POST",
            "/access-governance/access-controls/20250331/approvals",
            _ACT_ON_APPROVAL_TASKS_RESPONSES,
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
            options=options,
        )
        return _t.cast("_m.ApprovalDecisionResults", self._client.request(call))

    def list_my_approval_tasks(
        self,
        *,
        access_request_id: str | None = None,
        assignee_scope: _types.ListMyApprovalTasksAssigneeScopeParam | None = None,
        due_before: _dt.datetime | str | None = None,
        instance_tags: list[bool] | None = None,
        keyword_contains: str | None = None,
        limit: int | None = None,
        page: str | None = None,
        requested_after: _dt.datetime | str | None = None,
        sort_by: _types.ListMyApprovalTasksSortByParam | None = None,
        sort_order: _types.ListAccessBundlesSortOrderParam | None = None,
        status: list[_types.ListMyApprovalTasksStatusItemParam] | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _t.Any:
        """Get a list of my Approval tasks

        Returns details of my available approval tasks with support for pagination. Password credentials are required
        for this API.

        Args:
            access_request_id: The access request id to filter on. This parameter is required when assigneeId is not provided.
            assignee_scope: Assignee scope to filter on. 'DIRECT' to filter on the tasks where the assignee id or authenticated user is the direct assignee, or 'INDIRECT' to filter on the tasks where the assignee has indirect approval rights.
            due_before: Return only tasks due before the specified date.
            instance_tags: List of tag filters to use. Each position in the array maps to the tag in the InstanceTags enum that is in the same position. Set the value to true to include instances that carry the tag. Set the value to false to exclude instances that carry the tag. Set the value to null in order to not apply the filter.
            keyword_contains: Keyword to use to filter against the names of the requestor and beneficiary.
            limit: The maximum number of items to return.
            page: A token representing the position at which to start retrieving results. This must come from the `opc-next-page` header field of a previous response.
            requested_after: Return only instances created after the specified date.
            sort_by: The field to sort by. Default sort by is 'dueDate'.
            sort_order: The sort order to use, either 'ASC' or 'DESC'.
            status: List of task statuses to filter on.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.

        Raises:
            ApiError: default Response section not visible in the copy of this documentation page we could read; placeholder added only to keep the document valid (see SOURCES.md, Gaps).
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
            options=options,
        )
        return self._client.request(call)

    def list_my_approval_tasks_iter(
        self,
        *,
        access_request_id: str | None = None,
        assignee_scope: _types.ListMyApprovalTasksAssigneeScopeParam | None = None,
        due_before: _dt.datetime | str | None = None,
        instance_tags: list[bool] | None = None,
        keyword_contains: str | None = None,
        limit: int | None = None,
        requested_after: _dt.datetime | str | None = None,
        sort_by: _types.ListMyApprovalTasksSortByParam | None = None,
        sort_order: _types.ListAccessBundlesSortOrderParam | None = None,
        status: list[_types.ListMyApprovalTasksStatusItemParam] | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
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
            options=options,
        )
        return _t.cast(
            "_t.Iterator[_t.Any]", self._client.paginate(call, _LIST_MY_APPROVAL_TASKS_PAGING)
        )

    def get_approval_work_request(
        self,
        *,
        work_request_id: str,
        opc_request_id: str | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.ApprovalDecisionResults:
        """Get status for asynchronous bulk Approval Task creation.

        Returns task actions in bulk status.

        Args:
            work_request_id: Unique work request identifier.
            opc_request_id: The client request ID for tracing. The only valid characters for request IDs are letters, numbers, underscore, and dash.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.

        Raises:
            BadRequestError: 400 Bad Request
            AuthenticationError: 401 Unauthorized
            NotFoundError: 404 Not Found
            ConflictError: 409 Conflict
            RateLimitError: 429 Too Many Requests
        """
        call = _rt.Call(
            "GET",
            "/access-governance/access-controls/20250331/approvals/workRequest/{workRequestId}",
            _GET_APPROVAL_WORK_REQUEST_RESPONSES,
            path_params={"workRequestId": work_request_id},
            headers={"opc-request-id": opc_request_id},
            options=options,
        )
        return _t.cast("_m.ApprovalDecisionResults", self._client.request(call))

    def get_approval_task(
        self,
        *,
        task_id: str,
        opc_request_id: str | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.Task:
        """Get an Approval task

        Returns details of an approval task with a given ID.

        Args:
            task_id: Unique approval task identifier.
            opc_request_id: The client request ID for tracing. The only valid characters for request IDs are letters, numbers, underscore, and dash.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.

        Raises:
            BadRequestError: 400 Bad Request
            AuthenticationError: 401 Unauthorized
        """
        call = _rt.Call(
            "GET",
            "/access-governance/access-controls/20250331/approvals/{taskId}",
            _GET_APPROVAL_TASK_RESPONSES,
            path_params={"taskId": task_id},
            headers={"opc-request-id": opc_request_id},
            options=options,
        )
        return _t.cast("_m.Task", self._client.request(call))


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
