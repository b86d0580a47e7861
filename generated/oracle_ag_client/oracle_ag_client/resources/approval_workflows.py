"""Operations tagged 'approval_workflows' (generated)."""

from __future__ import annotations

import typing as _t

from .. import _runtime as _rt
from .. import models as _models

_LIST_APPROVAL_WORKFLOWS_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("empty", None)
}


class ApprovalWorkflows:
    """Operations of this group; each returns the decoded body."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> ApprovalWorkflowsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return ApprovalWorkflowsWithRawResponse(self._client)

    def list_approval_workflows(
        self,
        *,
        keyword_contains: list[str] | None = None,
        limit: int | None = None,
        out_of_box_category: _models.ListApprovalWorkflowsOutOfBoxCategory | str | None = None,
        owner_id: str | None = None,
        page: str | None = None,
        process_id: str | None = None,
        sort_by: _models.ListApprovalWorkflowsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        state: _models.ListApprovalWorkflowsState | str | None = None,
        opc_request_id: str | None = None,
    ) -> _t.Any:
        """Get a list of Approval Processes

        Returns details of all available approval workflows with support for pagination.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-controls/20250331/approvalWorkflows",
            responses=_LIST_APPROVAL_WORKFLOWS_RESPONSES,
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
        )
        return self._client.request(call)

    def list_approval_workflows_iter(
        self,
        *,
        keyword_contains: list[str] | None = None,
        limit: int | None = None,
        out_of_box_category: _models.ListApprovalWorkflowsOutOfBoxCategory | str | None = None,
        owner_id: str | None = None,
        process_id: str | None = None,
        sort_by: _models.ListApprovalWorkflowsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        state: _models.ListApprovalWorkflowsState | str | None = None,
        opc_request_id: str | None = None,
    ) -> _t.Iterator[_t.Any]:
        """Like `list_approval_workflows`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-controls/20250331/approvalWorkflows",
            responses=_LIST_APPROVAL_WORKFLOWS_RESPONSES,
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
        )
        return self._client.paginate(
            call,
            _rt.Paging(
                param="page", items_attr="items", items_wire="items", token_header="opc-next-page"
            ),
        )


class ApprovalWorkflowsWithRawResponse:
    """Operations of this group, returning RawResponse objects."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    def list_approval_workflows(
        self,
        *,
        keyword_contains: list[str] | None = None,
        limit: int | None = None,
        out_of_box_category: _models.ListApprovalWorkflowsOutOfBoxCategory | str | None = None,
        owner_id: str | None = None,
        page: str | None = None,
        process_id: str | None = None,
        sort_by: _models.ListApprovalWorkflowsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        state: _models.ListApprovalWorkflowsState | str | None = None,
        opc_request_id: str | None = None,
    ) -> _rt.RawResponse[_t.Any]:
        """Get a list of Approval Processes

        Returns details of all available approval workflows with support for pagination.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-controls/20250331/approvalWorkflows",
            responses=_LIST_APPROVAL_WORKFLOWS_RESPONSES,
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
        )
        return self._client.request_raw(call)


class AsyncApprovalWorkflows:
    """Operations of this group as coroutines."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncApprovalWorkflowsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncApprovalWorkflowsWithRawResponse(self._client)

    async def list_approval_workflows(
        self,
        *,
        keyword_contains: list[str] | None = None,
        limit: int | None = None,
        out_of_box_category: _models.ListApprovalWorkflowsOutOfBoxCategory | str | None = None,
        owner_id: str | None = None,
        page: str | None = None,
        process_id: str | None = None,
        sort_by: _models.ListApprovalWorkflowsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        state: _models.ListApprovalWorkflowsState | str | None = None,
        opc_request_id: str | None = None,
    ) -> _t.Any:
        """Get a list of Approval Processes

        Returns details of all available approval workflows with support for pagination.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-controls/20250331/approvalWorkflows",
            responses=_LIST_APPROVAL_WORKFLOWS_RESPONSES,
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
        )
        return await self._client.request(call)

    def list_approval_workflows_iter(
        self,
        *,
        keyword_contains: list[str] | None = None,
        limit: int | None = None,
        out_of_box_category: _models.ListApprovalWorkflowsOutOfBoxCategory | str | None = None,
        owner_id: str | None = None,
        process_id: str | None = None,
        sort_by: _models.ListApprovalWorkflowsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        state: _models.ListApprovalWorkflowsState | str | None = None,
        opc_request_id: str | None = None,
    ) -> _t.AsyncIterator[_t.Any]:
        """Like `list_approval_workflows`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-controls/20250331/approvalWorkflows",
            responses=_LIST_APPROVAL_WORKFLOWS_RESPONSES,
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
        )
        return self._client.paginate(
            call,
            _rt.Paging(
                param="page", items_attr="items", items_wire="items", token_header="opc-next-page"
            ),
        )


class AsyncApprovalWorkflowsWithRawResponse:
    """Operations of this group as coroutines, returning RawResponse objects."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    async def list_approval_workflows(
        self,
        *,
        keyword_contains: list[str] | None = None,
        limit: int | None = None,
        out_of_box_category: _models.ListApprovalWorkflowsOutOfBoxCategory | str | None = None,
        owner_id: str | None = None,
        page: str | None = None,
        process_id: str | None = None,
        sort_by: _models.ListApprovalWorkflowsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        state: _models.ListApprovalWorkflowsState | str | None = None,
        opc_request_id: str | None = None,
    ) -> _rt.RawResponse[_t.Any]:
        """Get a list of Approval Processes

        Returns details of all available approval workflows with support for pagination.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-controls/20250331/approvalWorkflows",
            responses=_LIST_APPROVAL_WORKFLOWS_RESPONSES,
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
        )
        return await self._client.request_raw(call)
