"""Operations tagged 'approval_workflows' (generated)."""

from __future__ import annotations

import functools as _ft
import typing as _t

from .. import _runtime as _rt

if _t.TYPE_CHECKING:
    from .. import types as _types
else:  # only annotations name it: imported when something reads them (get_type_hints)
    _types = _rt.LazyModule(__package__.rpartition(".")[0] + ".types")

_LIST_APPROVAL_WORKFLOWS_RESPONSES: _rt.Responses = {"200": ("json", _rt.ANY)}
_LIST_APPROVAL_WORKFLOWS_PAGING = _rt.Paging(
    param="page", items_attr="items", items_wire="items", token_header="opc-next-page"
)


class ApprovalWorkflows(_rt.Group):
    """Operations of this group; each returns the decoded body."""

    @_ft.cached_property
    def with_raw_response(self) -> ApprovalWorkflowsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return ApprovalWorkflowsWithRawResponse(_rt.RawCalls(self._client))

    def list_approval_workflows(
        self,
        *,
        keyword_contains: list[str] | None = None,
        limit: int | None = None,
        out_of_box_category: _types.ListApprovalWorkflowsOutOfBoxCategoryParam | None = None,
        owner_id: str | None = None,
        page: str | None = None,
        process_id: str | None = None,
        sort_by: _types.ListApprovalWorkflowsSortByParam | None = None,
        sort_order: _types.ListAccessBundlesSortOrderParam | None = None,
        state: _types.ListApprovalWorkflowsStateParam | None = None,
        opc_request_id: str | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _t.Any:
        """Get a list of Approval Processes

        Returns details of all available approval workflows with support for pagination.

        Args:
            keyword_contains: The list of keywords to filter on
            limit: The maximum number of items to return.
            out_of_box_category: Indicates the category of out of box workflow to filter on. If specified, 'isOutOfBox' is assumed true and 'isTransition' is ignored.
            owner_id: Owner ID to filter on
            page: A token representing the position at which to start retrieving results. This must come from the `opc-next-page` header field of a previous response.
            process_id: The approval process ID to filter on. If specified all existing versions of the approval process are provided.
            sort_by: The field to sort by. Default sort by is displayName.
            sort_order: The sort order to use, either 'ASC' or 'DESC'.
            state: A filter to return only the workflows that match the given approval process state.
            opc_request_id: The client request ID for tracing. The only valid characters for request IDs are letters, numbers, underscore, and dash.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "GET",
            "/access-governance/access-controls/20250331/approvalWorkflows",
            _LIST_APPROVAL_WORKFLOWS_RESPONSES,
            query={
                "keywordContains": keyword_contains,
                "limit": limit,
                "outOfBoxCategory": out_of_box_category,
                "ownerId": owner_id,
                "page": page,
                "processId": process_id,
                "sortBy": sort_by,
                "sortOrder": sort_order,
                "state": state,
            },
            exploded=frozenset({"keywordContains"}),
            headers={"opc-request-id": opc_request_id},
            options=options,
        )
        return self._client.request(call)

    def list_approval_workflows_iter(
        self,
        *,
        keyword_contains: list[str] | None = None,
        limit: int | None = None,
        out_of_box_category: _types.ListApprovalWorkflowsOutOfBoxCategoryParam | None = None,
        owner_id: str | None = None,
        process_id: str | None = None,
        sort_by: _types.ListApprovalWorkflowsSortByParam | None = None,
        sort_order: _types.ListAccessBundlesSortOrderParam | None = None,
        state: _types.ListApprovalWorkflowsStateParam | None = None,
        opc_request_id: str | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _t.Iterator[_t.Any]:
        """Like `list_approval_workflows`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            "GET",
            "/access-governance/access-controls/20250331/approvalWorkflows",
            _LIST_APPROVAL_WORKFLOWS_RESPONSES,
            query={
                "keywordContains": keyword_contains,
                "limit": limit,
                "outOfBoxCategory": out_of_box_category,
                "ownerId": owner_id,
                "processId": process_id,
                "sortBy": sort_by,
                "sortOrder": sort_order,
                "state": state,
            },
            exploded=frozenset({"keywordContains"}),
            headers={"opc-request-id": opc_request_id},
            options=options,
        )
        return _t.cast(
            "_t.Iterator[_t.Any]", self._client.paginate(call, _LIST_APPROVAL_WORKFLOWS_PAGING)
        )


class ApprovalWorkflowsWithRawResponse(_rt.Group):
    """Operations of this group, returning RawResponse objects."""

    list_approval_workflows = _rt.to_raw_response(ApprovalWorkflows.list_approval_workflows)


class AsyncApprovalWorkflows(_rt.Group):
    """Operations of this group as coroutines (the same methods: the client awaits)."""

    @_ft.cached_property
    def with_raw_response(self) -> AsyncApprovalWorkflowsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncApprovalWorkflowsWithRawResponse(_rt.RawCalls(self._client))

    list_approval_workflows = _rt.to_async(ApprovalWorkflows.list_approval_workflows)
    list_approval_workflows_iter = _rt.to_async_iterator(
        ApprovalWorkflows.list_approval_workflows_iter
    )


class AsyncApprovalWorkflowsWithRawResponse(_rt.Group):
    """Operations of this group as coroutines, returning RawResponse objects."""

    list_approval_workflows = _rt.to_async_raw_response(ApprovalWorkflows.list_approval_workflows)
