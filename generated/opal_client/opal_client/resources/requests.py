"""Operations tagged 'requests' (generated)."""

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

_GET_REQUESTS_RESPONSES: _rt.Responses = {"200": ("json", _rt.ModelOf("RequestList"))}
_GET_REQUESTS_PAGING = _rt.Paging(
    param="cursor",
    items_attr="requests",
    items_wire="requests",
    token_attr="cursor",
    token_wire="cursor",
)
_CREATE_REQUEST_RESPONSES: _rt.Responses = {"200": ("json", _rt.ModelOf("CreateRequestResponse"))}
_GET_REQUESTS_RELAY_RESPONSES: _rt.Responses = {"200": ("json", _rt.ModelOf("RequestConnection"))}
_GET_REQUEST_RESPONSES: _rt.Responses = {"200": ("json", _rt.ModelOf("Request"))}
_APPROVE_REQUEST_RESPONSES: _rt.Responses = {"200": ("json", _rt.ModelOf("ApproveRequestResponse"))}
_DENY_REQUEST_RESPONSES: _rt.Responses = {"200": ("json", _rt.ModelOf("DenyRequestResponse"))}
_GET_REQUEST_COMMENTS_RESPONSES: _rt.Responses = {
    "200": ("json", _rt.ModelOf("RequestCommentList"))
}
_CREATE_REQUEST_COMMENT_RESPONSES: _rt.Responses = {
    "200": ("json", _rt.ModelOf("CreateRequestCommentResponse"))
}


class Requests(_rt.Group):
    """Operations of this group; each returns the decoded body."""

    @_ft.cached_property
    def with_raw_response(self) -> RequestsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return RequestsWithRawResponse(_rt.RawCalls(self._client))

    def get_requests(
        self,
        *,
        start_date_filter: str | None = None,
        end_date_filter: str | None = None,
        requester_id: _uuid.UUID | str | None = None,
        target_user_id: _uuid.UUID | str | None = None,
        resource_id: _uuid.UUID | str | None = None,
        group_id: _uuid.UUID | str | None = None,
        cursor: str | None = None,
        page_size: int | None = None,
        show_pending_only: bool | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.RequestList:
        """Get requests

        Returns a list of requests for your organization that is visible by the admin.

        Args:
            start_date_filter: A start date filter for the events.
            end_date_filter: An end date filter for the events.
            requester_id: Filter requests by their requester ID.
            target_user_id: Filter requests by their target user ID.
            resource_id: Filter requests by the resource ID that was requested.
            group_id: Filter requests by the group ID that was requested.
            cursor: The pagination cursor value.
            page_size: Number of results to return per page. Default is 200.
            show_pending_only: Boolean toggle for if it should only show pending requests.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "GET",
            "/requests",
            _GET_REQUESTS_RESPONSES,
            query={
                "start_date_filter": start_date_filter,
                "end_date_filter": end_date_filter,
                "requester_id": requester_id,
                "target_user_id": target_user_id,
                "resource_id": resource_id,
                "group_id": group_id,
                "cursor": cursor,
                "page_size": page_size,
                "show_pending_only": show_pending_only,
            },
            options=options,
        )
        return _t.cast("_m.RequestList", self._client.request(call))

    def get_requests_iter(
        self,
        *,
        start_date_filter: str | None = None,
        end_date_filter: str | None = None,
        requester_id: _uuid.UUID | str | None = None,
        target_user_id: _uuid.UUID | str | None = None,
        resource_id: _uuid.UUID | str | None = None,
        group_id: _uuid.UUID | str | None = None,
        page_size: int | None = None,
        show_pending_only: bool | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _t.Iterator[_m.Request]:
        """Like `get_requests`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            "GET",
            "/requests",
            _GET_REQUESTS_RESPONSES,
            query={
                "start_date_filter": start_date_filter,
                "end_date_filter": end_date_filter,
                "requester_id": requester_id,
                "target_user_id": target_user_id,
                "resource_id": resource_id,
                "group_id": group_id,
                "page_size": page_size,
                "show_pending_only": show_pending_only,
            },
            options=options,
        )
        return _t.cast("_t.Iterator[_m.Request]", self._client.paginate(call, _GET_REQUESTS_PAGING))

    def create_request(
        self,
        *,
        body: _m.CreateRequestInfo | _types.CreateRequestInfoParam,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.CreateRequestResponse:
        """Create an access request

        Args:
            body: Resources to be updated
                resources (required)
                groups (required)
                reason (required)
                duration_minutes (required): The duration of the request in minutes. -1 represents an indefinite duration
                target_user_id (optional): The ID of the user to be granted access. Should not be specified if target_group_id is specified.
                target_group_id (optional): The ID of the group the request is for. Should not be specified if target_user_id is specified.
                support_ticket (optional)
                custom_metadata (optional)
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "POST",
            "/requests",
            _CREATE_REQUEST_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
            options=options,
        )
        return _t.cast("_m.CreateRequestResponse", self._client.request(call))

    def get_requests_relay(
        self,
        *,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        status: _types.RequestStatusEnumParam | None = None,
        to: _uuid.UUID | str | None = None,
        from_: _uuid.UUID | str | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.RequestConnection:
        """Get requests via Relay

        Returns a paginated list of requests using Relay-style cursor pagination.

        Args:
            first: Number of results to return after the cursor. Use either first/after or last/before, not both.
            after: Cursor to fetch results after. Used with 'first' for forward pagination.
            last: Number of results to return before the cursor. Use either first/after or last/before, not both.
            before: Cursor to fetch results before. Used with 'last' for backward pagination.
            status: Filter requests by their status.
            to: Filter requests assigned to a specific user ID.
            from_: Filter requests made by a specific user ID.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        _rt.warn_deprecated_call("get_requests_relay is deprecated")
        call = _rt.Call(
            "GET",
            "/requests/relay",
            _GET_REQUESTS_RELAY_RESPONSES,
            query={
                "first": first,
                "after": after,
                "last": last,
                "before": before,
                "status": status,
                "to": to,
                "from": from_,
            },
            options=options,
        )
        return _t.cast("_m.RequestConnection", self._client.request(call))

    def get_request(
        self, *, id: _uuid.UUID | str, **options: _t.Unpack[_rt.RequestOptions]
    ) -> _m.Request:
        """Get request by ID

        Returns a request by ID.

        Args:
            id: The ID of the request.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "GET", "/requests/{id}", _GET_REQUEST_RESPONSES, path_params={"id": id}, options=options
        )
        return _t.cast("_m.Request", self._client.request(call))

    def approve_request(
        self,
        *,
        id: _uuid.UUID | str,
        body: _m.ApproveRequestRequest | _types.ApproveRequestRequestParam,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.ApproveRequestResponse:
        """Approve an access request

        Args:
            id: The ID of the request to approve
            body: Approval parameters
                level (required)
                comment (optional): Optional comment for the approval
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "POST",
            "/requests/{id}/approve",
            _APPROVE_REQUEST_RESPONSES,
            path_params={"id": id},
            body=body,
            body_kind="json",
            content_type="application/json",
            options=options,
        )
        return _t.cast("_m.ApproveRequestResponse", self._client.request(call))

    def deny_request(
        self,
        *,
        id: _uuid.UUID | str,
        body: _m.DenyRequestRequest | _types.DenyRequestRequestParam,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.DenyRequestResponse:
        """Deny an access request

        Args:
            id: The ID of the request to deny
            body: Denial parameters
                comment (required): Comment for the denial
                level (optional)
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "POST",
            "/requests/{id}/deny",
            _DENY_REQUEST_RESPONSES,
            path_params={"id": id},
            body=body,
            body_kind="json",
            content_type="application/json",
            options=options,
        )
        return _t.cast("_m.DenyRequestResponse", self._client.request(call))

    def get_request_comments(
        self, *, id: _uuid.UUID | str, **options: _t.Unpack[_rt.RequestOptions]
    ) -> _m.RequestCommentList:
        """Returns a list of comments for a specific request.

        Args:
            id: The ID of the request to get comments for
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "GET",
            "/requests/{id}/comments",
            _GET_REQUEST_COMMENTS_RESPONSES,
            path_params={"id": id},
            options=options,
        )
        return _t.cast("_m.RequestCommentList", self._client.request(call))

    def create_request_comment(
        self,
        *,
        id: _uuid.UUID | str,
        body: _m.CreateRequestCommentRequest | _types.CreateRequestCommentRequestParam,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.CreateRequestCommentResponse:
        """Comment on an access request

        Args:
            id: The ID of the request to comment on
            body: Comment parameters
                comment (required): comment
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "POST",
            "/requests/{id}/comments",
            _CREATE_REQUEST_COMMENT_RESPONSES,
            path_params={"id": id},
            body=body,
            body_kind="json",
            content_type="application/json",
            options=options,
        )
        return _t.cast("_m.CreateRequestCommentResponse", self._client.request(call))


class RequestsWithRawResponse(_rt.Group):
    """Operations of this group, returning RawResponse objects."""

    get_requests = _rt.to_raw_response(Requests.get_requests)
    create_request = _rt.to_raw_response(Requests.create_request)
    get_requests_relay = _rt.to_raw_response(Requests.get_requests_relay)
    get_request = _rt.to_raw_response(Requests.get_request)
    approve_request = _rt.to_raw_response(Requests.approve_request)
    deny_request = _rt.to_raw_response(Requests.deny_request)
    get_request_comments = _rt.to_raw_response(Requests.get_request_comments)
    create_request_comment = _rt.to_raw_response(Requests.create_request_comment)


class AsyncRequests(_rt.Group):
    """Operations of this group as coroutines (the same methods: the client awaits)."""

    @_ft.cached_property
    def with_raw_response(self) -> AsyncRequestsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncRequestsWithRawResponse(_rt.RawCalls(self._client))

    get_requests = _rt.to_async(Requests.get_requests)
    get_requests_iter = _rt.to_async_iterator(Requests.get_requests_iter)
    create_request = _rt.to_async(Requests.create_request)
    get_requests_relay = _rt.to_async(Requests.get_requests_relay)
    get_request = _rt.to_async(Requests.get_request)
    approve_request = _rt.to_async(Requests.approve_request)
    deny_request = _rt.to_async(Requests.deny_request)
    get_request_comments = _rt.to_async(Requests.get_request_comments)
    create_request_comment = _rt.to_async(Requests.create_request_comment)


class AsyncRequestsWithRawResponse(_rt.Group):
    """Operations of this group as coroutines, returning RawResponse objects."""

    get_requests = _rt.to_async_raw_response(Requests.get_requests)
    create_request = _rt.to_async_raw_response(Requests.create_request)
    get_requests_relay = _rt.to_async_raw_response(Requests.get_requests_relay)
    get_request = _rt.to_async_raw_response(Requests.get_request)
    approve_request = _rt.to_async_raw_response(Requests.approve_request)
    deny_request = _rt.to_async_raw_response(Requests.deny_request)
    get_request_comments = _rt.to_async_raw_response(Requests.get_request_comments)
    create_request_comment = _rt.to_async_raw_response(Requests.create_request_comment)
