"""Operations tagged 'requests' (generated)."""

from __future__ import annotations

import typing as _t
import uuid as _uuid
import warnings as _warnings

from .. import _runtime as _rt
from .. import models as _models

_GET_REQUESTS_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.RequestList))
}
_CREATE_REQUEST_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.CreateRequestResponse))
}
_GET_REQUESTS_RELAY_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.RequestConnection))
}
_GET_REQUEST_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.Request))
}
_APPROVE_REQUEST_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.ApproveRequestResponse))
}
_DENY_REQUEST_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.DenyRequestResponse))
}
_GET_REQUEST_COMMENTS_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.RequestCommentList))
}
_CREATE_REQUEST_COMMENT_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.CreateRequestCommentResponse))
}


class Requests:
    """Operations of this group; each returns the decoded body."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> RequestsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return RequestsWithRawResponse(self._client)

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
            method="GET",
            path="/requests",
            responses=_GET_REQUESTS_RESPONSES,
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
            method="GET",
            path="/requests",
            responses=_GET_REQUESTS_RESPONSES,
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
            "_t.Iterator[_models.Request]",
            self._client.paginate(
                call,
                _rt.Paging(
                    param="cursor",
                    items_attr="requests",
                    items_wire="requests",
                    token_attr="cursor",
                    token_wire="cursor",
                ),
            ),
        )

    def create_request(
        self, *, body: _models.CreateRequestInfo | _t.Mapping[str, _t.Any]
    ) -> _models.CreateRequestResponse:
        """Create an access request"""
        call = _rt.Call(
            method="POST",
            path="/requests",
            responses=_CREATE_REQUEST_RESPONSES,
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
        _warnings.warn("get_requests_relay is deprecated", DeprecationWarning, stacklevel=2)
        call = _rt.Call(
            method="GET",
            path="/requests/relay",
            responses=_GET_REQUESTS_RELAY_RESPONSES,
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
        call = _rt.Call(
            method="GET",
            path="/requests/{id}",
            responses=_GET_REQUEST_RESPONSES,
            path_params={"id": id},
        )
        return _t.cast("_models.Request", self._client.request(call))

    def approve_request(
        self, *, id: _uuid.UUID, body: _models.ApproveRequestRequest | _t.Mapping[str, _t.Any]
    ) -> _models.ApproveRequestResponse:
        """Approve an access request"""
        call = _rt.Call(
            method="POST",
            path="/requests/{id}/approve",
            responses=_APPROVE_REQUEST_RESPONSES,
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
            method="POST",
            path="/requests/{id}/deny",
            responses=_DENY_REQUEST_RESPONSES,
            path_params={"id": id},
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_models.DenyRequestResponse", self._client.request(call))

    def get_request_comments(self, *, id: _uuid.UUID) -> _models.RequestCommentList:
        """Returns a list of comments for a specific request."""
        call = _rt.Call(
            method="GET",
            path="/requests/{id}/comments",
            responses=_GET_REQUEST_COMMENTS_RESPONSES,
            path_params={"id": id},
        )
        return _t.cast("_models.RequestCommentList", self._client.request(call))

    def create_request_comment(
        self, *, id: _uuid.UUID, body: _models.CreateRequestCommentRequest | _t.Mapping[str, _t.Any]
    ) -> _models.CreateRequestCommentResponse:
        """Comment on an access request"""
        call = _rt.Call(
            method="POST",
            path="/requests/{id}/comments",
            responses=_CREATE_REQUEST_COMMENT_RESPONSES,
            path_params={"id": id},
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_models.CreateRequestCommentResponse", self._client.request(call))


class RequestsWithRawResponse:
    """Operations of this group, returning RawResponse objects."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

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
    ) -> _rt.RawResponse[_models.RequestList]:
        """Get requests

        Returns a list of requests for your organization that is visible by the admin.
        """
        call = _rt.Call(
            method="GET",
            path="/requests",
            responses=_GET_REQUESTS_RESPONSES,
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
        return _t.cast("_rt.RawResponse[_models.RequestList]", self._client.request_raw(call))

    def create_request(
        self, *, body: _models.CreateRequestInfo | _t.Mapping[str, _t.Any]
    ) -> _rt.RawResponse[_models.CreateRequestResponse]:
        """Create an access request"""
        call = _rt.Call(
            method="POST",
            path="/requests",
            responses=_CREATE_REQUEST_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast(
            "_rt.RawResponse[_models.CreateRequestResponse]", self._client.request_raw(call)
        )

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
    ) -> _rt.RawResponse[_models.RequestConnection]:
        """Get requests via Relay

        Returns a paginated list of requests using Relay-style cursor pagination.
        """
        _warnings.warn("get_requests_relay is deprecated", DeprecationWarning, stacklevel=2)
        call = _rt.Call(
            method="GET",
            path="/requests/relay",
            responses=_GET_REQUESTS_RELAY_RESPONSES,
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
        return _t.cast("_rt.RawResponse[_models.RequestConnection]", self._client.request_raw(call))

    def get_request(self, *, id: _uuid.UUID) -> _rt.RawResponse[_models.Request]:
        """Get request by ID

        Returns a request by ID.
        """
        call = _rt.Call(
            method="GET",
            path="/requests/{id}",
            responses=_GET_REQUEST_RESPONSES,
            path_params={"id": id},
        )
        return _t.cast("_rt.RawResponse[_models.Request]", self._client.request_raw(call))

    def approve_request(
        self, *, id: _uuid.UUID, body: _models.ApproveRequestRequest | _t.Mapping[str, _t.Any]
    ) -> _rt.RawResponse[_models.ApproveRequestResponse]:
        """Approve an access request"""
        call = _rt.Call(
            method="POST",
            path="/requests/{id}/approve",
            responses=_APPROVE_REQUEST_RESPONSES,
            path_params={"id": id},
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast(
            "_rt.RawResponse[_models.ApproveRequestResponse]", self._client.request_raw(call)
        )

    def deny_request(
        self, *, id: _uuid.UUID, body: _models.DenyRequestRequest | _t.Mapping[str, _t.Any]
    ) -> _rt.RawResponse[_models.DenyRequestResponse]:
        """Deny an access request"""
        call = _rt.Call(
            method="POST",
            path="/requests/{id}/deny",
            responses=_DENY_REQUEST_RESPONSES,
            path_params={"id": id},
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast(
            "_rt.RawResponse[_models.DenyRequestResponse]", self._client.request_raw(call)
        )

    def get_request_comments(
        self, *, id: _uuid.UUID
    ) -> _rt.RawResponse[_models.RequestCommentList]:
        """Returns a list of comments for a specific request."""
        call = _rt.Call(
            method="GET",
            path="/requests/{id}/comments",
            responses=_GET_REQUEST_COMMENTS_RESPONSES,
            path_params={"id": id},
        )
        return _t.cast(
            "_rt.RawResponse[_models.RequestCommentList]", self._client.request_raw(call)
        )

    def create_request_comment(
        self, *, id: _uuid.UUID, body: _models.CreateRequestCommentRequest | _t.Mapping[str, _t.Any]
    ) -> _rt.RawResponse[_models.CreateRequestCommentResponse]:
        """Comment on an access request"""
        call = _rt.Call(
            method="POST",
            path="/requests/{id}/comments",
            responses=_CREATE_REQUEST_COMMENT_RESPONSES,
            path_params={"id": id},
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast(
            "_rt.RawResponse[_models.CreateRequestCommentResponse]", self._client.request_raw(call)
        )


class AsyncRequests:
    """Operations of this group as coroutines."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncRequestsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncRequestsWithRawResponse(self._client)

    async def get_requests(
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
            method="GET",
            path="/requests",
            responses=_GET_REQUESTS_RESPONSES,
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
        return _t.cast("_models.RequestList", await self._client.request(call))

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
    ) -> _t.AsyncIterator[_models.Request]:
        """Like `get_requests`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            method="GET",
            path="/requests",
            responses=_GET_REQUESTS_RESPONSES,
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
            "_t.AsyncIterator[_models.Request]",
            self._client.paginate(
                call,
                _rt.Paging(
                    param="cursor",
                    items_attr="requests",
                    items_wire="requests",
                    token_attr="cursor",
                    token_wire="cursor",
                ),
            ),
        )

    async def create_request(
        self, *, body: _models.CreateRequestInfo | _t.Mapping[str, _t.Any]
    ) -> _models.CreateRequestResponse:
        """Create an access request"""
        call = _rt.Call(
            method="POST",
            path="/requests",
            responses=_CREATE_REQUEST_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_models.CreateRequestResponse", await self._client.request(call))

    async def get_requests_relay(
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
        _warnings.warn("get_requests_relay is deprecated", DeprecationWarning, stacklevel=2)
        call = _rt.Call(
            method="GET",
            path="/requests/relay",
            responses=_GET_REQUESTS_RELAY_RESPONSES,
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
        return _t.cast("_models.RequestConnection", await self._client.request(call))

    async def get_request(self, *, id: _uuid.UUID) -> _models.Request:
        """Get request by ID

        Returns a request by ID.
        """
        call = _rt.Call(
            method="GET",
            path="/requests/{id}",
            responses=_GET_REQUEST_RESPONSES,
            path_params={"id": id},
        )
        return _t.cast("_models.Request", await self._client.request(call))

    async def approve_request(
        self, *, id: _uuid.UUID, body: _models.ApproveRequestRequest | _t.Mapping[str, _t.Any]
    ) -> _models.ApproveRequestResponse:
        """Approve an access request"""
        call = _rt.Call(
            method="POST",
            path="/requests/{id}/approve",
            responses=_APPROVE_REQUEST_RESPONSES,
            path_params={"id": id},
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_models.ApproveRequestResponse", await self._client.request(call))

    async def deny_request(
        self, *, id: _uuid.UUID, body: _models.DenyRequestRequest | _t.Mapping[str, _t.Any]
    ) -> _models.DenyRequestResponse:
        """Deny an access request"""
        call = _rt.Call(
            method="POST",
            path="/requests/{id}/deny",
            responses=_DENY_REQUEST_RESPONSES,
            path_params={"id": id},
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_models.DenyRequestResponse", await self._client.request(call))

    async def get_request_comments(self, *, id: _uuid.UUID) -> _models.RequestCommentList:
        """Returns a list of comments for a specific request."""
        call = _rt.Call(
            method="GET",
            path="/requests/{id}/comments",
            responses=_GET_REQUEST_COMMENTS_RESPONSES,
            path_params={"id": id},
        )
        return _t.cast("_models.RequestCommentList", await self._client.request(call))

    async def create_request_comment(
        self, *, id: _uuid.UUID, body: _models.CreateRequestCommentRequest | _t.Mapping[str, _t.Any]
    ) -> _models.CreateRequestCommentResponse:
        """Comment on an access request"""
        call = _rt.Call(
            method="POST",
            path="/requests/{id}/comments",
            responses=_CREATE_REQUEST_COMMENT_RESPONSES,
            path_params={"id": id},
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_models.CreateRequestCommentResponse", await self._client.request(call))


class AsyncRequestsWithRawResponse:
    """Operations of this group as coroutines, returning RawResponse objects."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    async def get_requests(
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
    ) -> _rt.RawResponse[_models.RequestList]:
        """Get requests

        Returns a list of requests for your organization that is visible by the admin.
        """
        call = _rt.Call(
            method="GET",
            path="/requests",
            responses=_GET_REQUESTS_RESPONSES,
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
        return _t.cast("_rt.RawResponse[_models.RequestList]", await self._client.request_raw(call))

    async def create_request(
        self, *, body: _models.CreateRequestInfo | _t.Mapping[str, _t.Any]
    ) -> _rt.RawResponse[_models.CreateRequestResponse]:
        """Create an access request"""
        call = _rt.Call(
            method="POST",
            path="/requests",
            responses=_CREATE_REQUEST_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast(
            "_rt.RawResponse[_models.CreateRequestResponse]", await self._client.request_raw(call)
        )

    async def get_requests_relay(
        self,
        *,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        status: _models.RequestStatusEnum | str | None = None,
        to: _uuid.UUID | None = None,
        from_: _uuid.UUID | None = None,
    ) -> _rt.RawResponse[_models.RequestConnection]:
        """Get requests via Relay

        Returns a paginated list of requests using Relay-style cursor pagination.
        """
        _warnings.warn("get_requests_relay is deprecated", DeprecationWarning, stacklevel=2)
        call = _rt.Call(
            method="GET",
            path="/requests/relay",
            responses=_GET_REQUESTS_RELAY_RESPONSES,
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
        return _t.cast(
            "_rt.RawResponse[_models.RequestConnection]", await self._client.request_raw(call)
        )

    async def get_request(self, *, id: _uuid.UUID) -> _rt.RawResponse[_models.Request]:
        """Get request by ID

        Returns a request by ID.
        """
        call = _rt.Call(
            method="GET",
            path="/requests/{id}",
            responses=_GET_REQUEST_RESPONSES,
            path_params={"id": id},
        )
        return _t.cast("_rt.RawResponse[_models.Request]", await self._client.request_raw(call))

    async def approve_request(
        self, *, id: _uuid.UUID, body: _models.ApproveRequestRequest | _t.Mapping[str, _t.Any]
    ) -> _rt.RawResponse[_models.ApproveRequestResponse]:
        """Approve an access request"""
        call = _rt.Call(
            method="POST",
            path="/requests/{id}/approve",
            responses=_APPROVE_REQUEST_RESPONSES,
            path_params={"id": id},
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast(
            "_rt.RawResponse[_models.ApproveRequestResponse]", await self._client.request_raw(call)
        )

    async def deny_request(
        self, *, id: _uuid.UUID, body: _models.DenyRequestRequest | _t.Mapping[str, _t.Any]
    ) -> _rt.RawResponse[_models.DenyRequestResponse]:
        """Deny an access request"""
        call = _rt.Call(
            method="POST",
            path="/requests/{id}/deny",
            responses=_DENY_REQUEST_RESPONSES,
            path_params={"id": id},
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast(
            "_rt.RawResponse[_models.DenyRequestResponse]", await self._client.request_raw(call)
        )

    async def get_request_comments(
        self, *, id: _uuid.UUID
    ) -> _rt.RawResponse[_models.RequestCommentList]:
        """Returns a list of comments for a specific request."""
        call = _rt.Call(
            method="GET",
            path="/requests/{id}/comments",
            responses=_GET_REQUEST_COMMENTS_RESPONSES,
            path_params={"id": id},
        )
        return _t.cast(
            "_rt.RawResponse[_models.RequestCommentList]", await self._client.request_raw(call)
        )

    async def create_request_comment(
        self, *, id: _uuid.UUID, body: _models.CreateRequestCommentRequest | _t.Mapping[str, _t.Any]
    ) -> _rt.RawResponse[_models.CreateRequestCommentResponse]:
        """Comment on an access request"""
        call = _rt.Call(
            method="POST",
            path="/requests/{id}/comments",
            responses=_CREATE_REQUEST_COMMENT_RESPONSES,
            path_params={"id": id},
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast(
            "_rt.RawResponse[_models.CreateRequestCommentResponse]",
            await self._client.request_raw(call),
        )
