"""Operations tagged 'requests' (generated)."""

from __future__ import annotations

import functools as _ft
import typing as _t
import uuid as _uuid

from .. import _runtime as _rt
from .. import models as _models

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
        requester_id: _uuid.UUID | None = None,
        target_user_id: _uuid.UUID | None = None,
        resource_id: _uuid.UUID | None = None,
        group_id: _uuid.UUID | None = None,
        cursor: str | None = None,
        page_size: int | None = None,
        show_pending_only: bool | None = None,
    ) -> _models.RequestList:
        """Get requests

        Returns a list of requests for your organization that is visible by the admin.
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
        )
        return _t.cast("_models.RequestList", self._client.request(call))

    def get_requests_iter(
        self,
        *,
        start_date_filter: str | None = None,
        end_date_filter: str | None = None,
        requester_id: _uuid.UUID | None = None,
        target_user_id: _uuid.UUID | None = None,
        resource_id: _uuid.UUID | None = None,
        group_id: _uuid.UUID | None = None,
        page_size: int | None = None,
        show_pending_only: bool | None = None,
    ) -> _t.Iterator[_models.Request]:
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
        )
        return _t.cast(
            "_t.Iterator[_models.Request]", self._client.paginate(call, _GET_REQUESTS_PAGING)
        )

    def create_request(
        self, *, body: _models.CreateRequestInfo | _t.Mapping[str, _t.Any]
    ) -> _models.CreateRequestResponse:
        """Create an access request"""
        call = _rt.Call(
            "POST",
            "/requests",
            _CREATE_REQUEST_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_models.CreateRequestResponse", self._client.request(call))

    def get_requests_relay(
        self,
        *,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        status: _models.RequestStatusEnum | str | None = None,
        to: _uuid.UUID | None = None,
        from_: _uuid.UUID | None = None,
    ) -> _models.RequestConnection:
        """Get requests via Relay

        Returns a paginated list of requests using Relay-style cursor pagination.
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
        )
        return _t.cast("_models.RequestConnection", self._client.request(call))

    def get_request(self, *, id: _uuid.UUID) -> _models.Request:
        """Get request by ID

        Returns a request by ID.
        """
        call = _rt.Call("GET", "/requests/{id}", _GET_REQUEST_RESPONSES, path_params={"id": id})
        return _t.cast("_models.Request", self._client.request(call))

    def approve_request(
        self, *, id: _uuid.UUID, body: _models.ApproveRequestRequest | _t.Mapping[str, _t.Any]
    ) -> _models.ApproveRequestResponse:
        """Approve an access request"""
        call = _rt.Call(
            "POST",
            "/requests/{id}/approve",
            _APPROVE_REQUEST_RESPONSES,
            path_params={"id": id},
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_models.ApproveRequestResponse", self._client.request(call))

    def deny_request(
        self, *, id: _uuid.UUID, body: _models.DenyRequestRequest | _t.Mapping[str, _t.Any]
    ) -> _models.DenyRequestResponse:
        """Deny an access request"""
        call = _rt.Call(
            "POST",
            "/requests/{id}/deny",
            _DENY_REQUEST_RESPONSES,
            path_params={"id": id},
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_models.DenyRequestResponse", self._client.request(call))

    def get_request_comments(self, *, id: _uuid.UUID) -> _models.RequestCommentList:
        """Returns a list of comments for a specific request."""
        call = _rt.Call(
            "GET",
            "/requests/{id}/comments",
            _GET_REQUEST_COMMENTS_RESPONSES,
            path_params={"id": id},
        )
        return _t.cast("_models.RequestCommentList", self._client.request(call))

    def create_request_comment(
        self, *, id: _uuid.UUID, body: _models.CreateRequestCommentRequest | _t.Mapping[str, _t.Any]
    ) -> _models.CreateRequestCommentResponse:
        """Comment on an access request"""
        call = _rt.Call(
            "POST",
            "/requests/{id}/comments",
            _CREATE_REQUEST_COMMENT_RESPONSES,
            path_params={"id": id},
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_models.CreateRequestCommentResponse", self._client.request(call))


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
