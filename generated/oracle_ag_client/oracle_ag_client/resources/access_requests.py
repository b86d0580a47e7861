"""Operations tagged 'access_requests' (generated)."""

from __future__ import annotations

import typing as _t

from .. import _runtime as _rt
from .. import models as _models

_LIST_ACCESS_REQUESTS_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.AccessRequestCollection)),
    "400": ("json", _rt.ModelOf(_models.Error)),
    "401": ("json", _rt.ModelOf(_models.Error)),
}
_CREATE_ACCESS_REQUEST_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.AccessRequest)),
    "400": ("json", _rt.ModelOf(_models.Error)),
    "401": ("json", _rt.ModelOf(_models.Error)),
    "404": ("json", _rt.ModelOf(_models.Error)),
    "409": ("json", _rt.ModelOf(_models.Error)),
    "429": ("json", _rt.ModelOf(_models.Error)),
    "500": ("json", _rt.ModelOf(_models.Error)),
    "default": ("json", _rt.ModelOf(_models.Error)),
}
_PRECHECK_ACCESS_REQUEST_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "default": ("empty", None)
}
_CREATE_EXTENSION_REQUEST_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.ExtensionRequest)),
    "400": ("json", _rt.ModelOf(_models.Error)),
    "401": ("json", _rt.ModelOf(_models.Error)),
    "404": ("json", _rt.ModelOf(_models.Error)),
    "409": ("json", _rt.ModelOf(_models.Error)),
    "429": ("json", _rt.ModelOf(_models.Error)),
}
_GET_ACCESS_REQUEST_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.AccessRequest)),
    "400": ("json", _rt.ModelOf(_models.Error)),
    "401": ("json", _rt.ModelOf(_models.Error)),
    "404": ("json", _rt.ModelOf(_models.Error)),
}


class AccessRequests:
    """Operations of this group; each returns the decoded body."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AccessRequestsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AccessRequestsWithRawResponse(self._client)

    def list_access_requests(
        self,
        *,
        limit: int | None = None,
        page: str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
    ) -> _models.AccessRequestCollection:
        """Get a list of Access Requests

        Returns details of all available access requests with support for pagination.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-controls/20250331/accessRequests",
            responses=_LIST_ACCESS_REQUESTS_RESPONSES,
            query={"limit": limit, "page": page, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast("_models.AccessRequestCollection", self._client.request(call))

    def list_access_requests_iter(
        self,
        *,
        limit: int | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
    ) -> _t.Iterator[_models.AccessRequestSummary]:
        """Like `list_access_requests`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-controls/20250331/accessRequests",
            responses=_LIST_ACCESS_REQUESTS_RESPONSES,
            query={"limit": limit, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast(
            "_t.Iterator[_models.AccessRequestSummary]",
            self._client.paginate(
                call,
                _rt.Paging(
                    param="page",
                    items_attr="items",
                    items_wire="items",
                    token_header="opc-next-page",
                ),
            ),
        )

    def create_access_request(
        self,
        *,
        opc_request_id: str | None = None,
        body: _models.CreateAccessRequestDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _models.AccessRequest:
        """Create an Access Request

        Creates a new access request for an identity with the specified details.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-controls/20250331/accessRequests",
            responses=_CREATE_ACCESS_REQUEST_RESPONSES,
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_models.AccessRequest", self._client.request(call))

    def precheck_access_request(
        self,
        *,
        opc_request_id: str | None = None,
        body: _models.CreateAccessRequestDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _t.Any:
        """Precheck an Access Request

        Checks a proposed access request for access guardrails & separation of duties violations.
        You can call this API before creating an access request when needed.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-controls/20250331/accessRequests/actions/precheck",
            responses=_PRECHECK_ACCESS_REQUEST_RESPONSES,
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return self._client.request(call)

    def create_extension_request(
        self,
        *,
        opc_request_id: str | None = None,
        body: _models.CreateExtensionRequestDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _models.ExtensionRequest:
        """Create an extension request

        Creates a new extension request for an identity with the specified details.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-controls/20250331/accessRequests/extension",
            responses=_CREATE_EXTENSION_REQUEST_RESPONSES,
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_models.ExtensionRequest", self._client.request(call))

    def get_access_request(
        self, *, access_request_id: str, opc_request_id: str | None = None
    ) -> _models.AccessRequest:
        """Get an Access Request

        Returns details of an access request with a given ID.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-controls/20250331/accessRequests/{accessRequestId}",
            responses=_GET_ACCESS_REQUEST_RESPONSES,
            path_params={"accessRequestId": access_request_id},
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast("_models.AccessRequest", self._client.request(call))


class AccessRequestsWithRawResponse:
    """Operations of this group, returning RawResponse objects."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    def list_access_requests(
        self,
        *,
        limit: int | None = None,
        page: str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
    ) -> _rt.RawResponse[_models.AccessRequestCollection]:
        """Get a list of Access Requests

        Returns details of all available access requests with support for pagination.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-controls/20250331/accessRequests",
            responses=_LIST_ACCESS_REQUESTS_RESPONSES,
            query={"limit": limit, "page": page, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast(
            "_rt.RawResponse[_models.AccessRequestCollection]", self._client.request_raw(call)
        )

    def create_access_request(
        self,
        *,
        opc_request_id: str | None = None,
        body: _models.CreateAccessRequestDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _rt.RawResponse[_models.AccessRequest]:
        """Create an Access Request

        Creates a new access request for an identity with the specified details.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-controls/20250331/accessRequests",
            responses=_CREATE_ACCESS_REQUEST_RESPONSES,
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_rt.RawResponse[_models.AccessRequest]", self._client.request_raw(call))

    def precheck_access_request(
        self,
        *,
        opc_request_id: str | None = None,
        body: _models.CreateAccessRequestDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _rt.RawResponse[_t.Any]:
        """Precheck an Access Request

        Checks a proposed access request for access guardrails & separation of duties violations.
        You can call this API before creating an access request when needed.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-controls/20250331/accessRequests/actions/precheck",
            responses=_PRECHECK_ACCESS_REQUEST_RESPONSES,
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return self._client.request_raw(call)

    def create_extension_request(
        self,
        *,
        opc_request_id: str | None = None,
        body: _models.CreateExtensionRequestDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _rt.RawResponse[_models.ExtensionRequest]:
        """Create an extension request

        Creates a new extension request for an identity with the specified details.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-controls/20250331/accessRequests/extension",
            responses=_CREATE_EXTENSION_REQUEST_RESPONSES,
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_rt.RawResponse[_models.ExtensionRequest]", self._client.request_raw(call))

    def get_access_request(
        self, *, access_request_id: str, opc_request_id: str | None = None
    ) -> _rt.RawResponse[_models.AccessRequest]:
        """Get an Access Request

        Returns details of an access request with a given ID.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-controls/20250331/accessRequests/{accessRequestId}",
            responses=_GET_ACCESS_REQUEST_RESPONSES,
            path_params={"accessRequestId": access_request_id},
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast("_rt.RawResponse[_models.AccessRequest]", self._client.request_raw(call))


class AsyncAccessRequests:
    """Operations of this group as coroutines."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncAccessRequestsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncAccessRequestsWithRawResponse(self._client)

    async def list_access_requests(
        self,
        *,
        limit: int | None = None,
        page: str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
    ) -> _models.AccessRequestCollection:
        """Get a list of Access Requests

        Returns details of all available access requests with support for pagination.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-controls/20250331/accessRequests",
            responses=_LIST_ACCESS_REQUESTS_RESPONSES,
            query={"limit": limit, "page": page, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast("_models.AccessRequestCollection", await self._client.request(call))

    def list_access_requests_iter(
        self,
        *,
        limit: int | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
    ) -> _t.AsyncIterator[_models.AccessRequestSummary]:
        """Like `list_access_requests`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-controls/20250331/accessRequests",
            responses=_LIST_ACCESS_REQUESTS_RESPONSES,
            query={"limit": limit, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast(
            "_t.AsyncIterator[_models.AccessRequestSummary]",
            self._client.paginate(
                call,
                _rt.Paging(
                    param="page",
                    items_attr="items",
                    items_wire="items",
                    token_header="opc-next-page",
                ),
            ),
        )

    async def create_access_request(
        self,
        *,
        opc_request_id: str | None = None,
        body: _models.CreateAccessRequestDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _models.AccessRequest:
        """Create an Access Request

        Creates a new access request for an identity with the specified details.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-controls/20250331/accessRequests",
            responses=_CREATE_ACCESS_REQUEST_RESPONSES,
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_models.AccessRequest", await self._client.request(call))

    async def precheck_access_request(
        self,
        *,
        opc_request_id: str | None = None,
        body: _models.CreateAccessRequestDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _t.Any:
        """Precheck an Access Request

        Checks a proposed access request for access guardrails & separation of duties violations.
        You can call this API before creating an access request when needed.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-controls/20250331/accessRequests/actions/precheck",
            responses=_PRECHECK_ACCESS_REQUEST_RESPONSES,
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return await self._client.request(call)

    async def create_extension_request(
        self,
        *,
        opc_request_id: str | None = None,
        body: _models.CreateExtensionRequestDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _models.ExtensionRequest:
        """Create an extension request

        Creates a new extension request for an identity with the specified details.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-controls/20250331/accessRequests/extension",
            responses=_CREATE_EXTENSION_REQUEST_RESPONSES,
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_models.ExtensionRequest", await self._client.request(call))

    async def get_access_request(
        self, *, access_request_id: str, opc_request_id: str | None = None
    ) -> _models.AccessRequest:
        """Get an Access Request

        Returns details of an access request with a given ID.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-controls/20250331/accessRequests/{accessRequestId}",
            responses=_GET_ACCESS_REQUEST_RESPONSES,
            path_params={"accessRequestId": access_request_id},
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast("_models.AccessRequest", await self._client.request(call))


class AsyncAccessRequestsWithRawResponse:
    """Operations of this group as coroutines, returning RawResponse objects."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    async def list_access_requests(
        self,
        *,
        limit: int | None = None,
        page: str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
    ) -> _rt.RawResponse[_models.AccessRequestCollection]:
        """Get a list of Access Requests

        Returns details of all available access requests with support for pagination.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-controls/20250331/accessRequests",
            responses=_LIST_ACCESS_REQUESTS_RESPONSES,
            query={"limit": limit, "page": page, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast(
            "_rt.RawResponse[_models.AccessRequestCollection]", await self._client.request_raw(call)
        )

    async def create_access_request(
        self,
        *,
        opc_request_id: str | None = None,
        body: _models.CreateAccessRequestDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _rt.RawResponse[_models.AccessRequest]:
        """Create an Access Request

        Creates a new access request for an identity with the specified details.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-controls/20250331/accessRequests",
            responses=_CREATE_ACCESS_REQUEST_RESPONSES,
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast(
            "_rt.RawResponse[_models.AccessRequest]", await self._client.request_raw(call)
        )

    async def precheck_access_request(
        self,
        *,
        opc_request_id: str | None = None,
        body: _models.CreateAccessRequestDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _rt.RawResponse[_t.Any]:
        """Precheck an Access Request

        Checks a proposed access request for access guardrails & separation of duties violations.
        You can call this API before creating an access request when needed.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-controls/20250331/accessRequests/actions/precheck",
            responses=_PRECHECK_ACCESS_REQUEST_RESPONSES,
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return await self._client.request_raw(call)

    async def create_extension_request(
        self,
        *,
        opc_request_id: str | None = None,
        body: _models.CreateExtensionRequestDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _rt.RawResponse[_models.ExtensionRequest]:
        """Create an extension request

        Creates a new extension request for an identity with the specified details.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-controls/20250331/accessRequests/extension",
            responses=_CREATE_EXTENSION_REQUEST_RESPONSES,
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast(
            "_rt.RawResponse[_models.ExtensionRequest]", await self._client.request_raw(call)
        )

    async def get_access_request(
        self, *, access_request_id: str, opc_request_id: str | None = None
    ) -> _rt.RawResponse[_models.AccessRequest]:
        """Get an Access Request

        Returns details of an access request with a given ID.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-controls/20250331/accessRequests/{accessRequestId}",
            responses=_GET_ACCESS_REQUEST_RESPONSES,
            path_params={"accessRequestId": access_request_id},
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast(
            "_rt.RawResponse[_models.AccessRequest]", await self._client.request_raw(call)
        )
