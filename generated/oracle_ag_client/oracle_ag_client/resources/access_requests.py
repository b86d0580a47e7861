"""Operations tagged 'access_requests' (generated)."""

from __future__ import annotations

import functools as _ft
import typing as _t

from .. import _runtime as _rt
from .. import models as _m

if _t.TYPE_CHECKING:
    from .. import types as _types
else:  # only annotations name it: imported when something reads them (get_type_hints)
    _types = _rt.LazyModule(__package__.rpartition(".")[0] + ".types")

_LIST_ACCESS_REQUESTS_RESPONSES: _rt.Responses = {
    "200": ("json", _rt.ModelOf("AccessRequestCollection")),
    "400": ("json", _rt.ModelOf("Error")),
    "401": ("json", _rt.ModelOf("Error")),
}
_LIST_ACCESS_REQUESTS_PAGING = _rt.Paging(
    param="page", items_attr="items", items_wire="items", token_header="opc-next-page"
)
_CREATE_ACCESS_REQUEST_RESPONSES: _rt.Responses = {
    "200": ("json", _rt.ModelOf("AccessRequest")),
    "400": ("json", _rt.ModelOf("Error")),
    "401": ("json", _rt.ModelOf("Error")),
    "404": ("json", _rt.ModelOf("Error")),
    "409": ("json", _rt.ModelOf("Error")),
    "429": ("json", _rt.ModelOf("Error")),
    "500": ("json", _rt.ModelOf("Error")),
    "default": ("json", _rt.ModelOf("Error")),
}
_PRECHECK_ACCESS_REQUEST_RESPONSES: _rt.Responses = {"default": ("empty", None)}
_CREATE_EXTENSION_REQUEST_RESPONSES: _rt.Responses = {
    "200": ("json", _rt.ModelOf("ExtensionRequest")),
    "400": ("json", _rt.ModelOf("Error")),
    "401": ("json", _rt.ModelOf("Error")),
    "404": ("json", _rt.ModelOf("Error")),
    "409": ("json", _rt.ModelOf("Error")),
    "429": ("json", _rt.ModelOf("Error")),
}
_GET_ACCESS_REQUEST_RESPONSES: _rt.Responses = {
    "200": ("json", _rt.ModelOf("AccessRequest")),
    "400": ("json", _rt.ModelOf("Error")),
    "401": ("json", _rt.ModelOf("Error")),
    "404": ("json", _rt.ModelOf("Error")),
}


class AccessRequests(_rt.Group):
    """Operations of this group; each returns the decoded body."""

    @_ft.cached_property
    def with_raw_response(self) -> AccessRequestsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AccessRequestsWithRawResponse(_rt.RawCalls(self._client))

    def list_access_requests(
        self,
        *,
        limit: int | None = None,
        page: str | None = None,
        sort_order: _types.ListAccessBundlesSortOrderParam | None = None,
        opc_request_id: str | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.AccessRequestCollection:
        """Get a list of Access Requests

        Returns details of all available access requests with support for pagination.

        Args:
            limit: The maximum number of items to return.
            page: A token representing the position at which to start retrieving results. This must come from the `opc-next-page` header field of a previous response.
            sort_order: The sort order to use, either 'ASC' or 'DESC'.
            opc_request_id: The client request ID for tracing. The only valid characters for request IDs are letters, numbers, underscore, and dash.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.

        Raises:
            BadRequestError: 400 Bad Request
            AuthenticationError: 401 Unauthorized
        """
        call = _rt.Call(
            "GET",
            "/access-governance/access-controls/20250331/accessRequests",
            _LIST_ACCESS_REQUESTS_RESPONSES,
            query={"limit": limit, "page": page, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
            options=options,
        )
        return _t.cast("_m.AccessRequestCollection", self._client.request(call))

    def list_access_requests_iter(
        self,
        *,
        limit: int | None = None,
        sort_order: _types.ListAccessBundlesSortOrderParam | None = None,
        opc_request_id: str | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _t.Iterator[_m.AccessRequestSummary]:
        """Like `list_access_requests`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            "GET",
            "/access-governance/access-controls/20250331/accessRequests",
            _LIST_ACCESS_REQUESTS_RESPONSES,
            query={"limit": limit, "sortOrder": sort_order},
            headers={"opc-request-id": opc_request_id},
            options=options,
        )
        return _t.cast(
            "_t.Iterator[_m.AccessRequestSummary]",
            self._client.paginate(call, _LIST_ACCESS_REQUESTS_PAGING),
        )

    def create_access_request(
        self,
        *,
        opc_request_id: str | None = None,
        body: _m.CreateAccessRequestDetails | _types.CreateAccessRequestDetailsParam | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.AccessRequest:
        """Create an Access Request

        Creates a new access request for an identity with the specified details.

        Args:
            opc_request_id: The client request ID for tracing. The only valid characters for request IDs are letters, numbers, underscore, and dash.
            body: Details for the new Access Request
                accessBundles (optional): list of Access bundle items.
                accountProfileDetails (optional): list of account profiles associated to access request
                attributes (optional): Attributes of the corresponding model. Example: `{"foo-namespace": {"bar-key": "value"}}`
                createdBy (optional): The user that created the request
                identities (optional): list of identity ids
                justification (optional): Justification for creating the access request
                permissionRoles (optional): list of Permission roles items.
                requestStatus (optional): Status of the access request
                targetAttributes (optional): list of targetAttributes associated with targets
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.

        Raises:
            BadRequestError: 400 Bad Request
            AuthenticationError: 401 Unauthorized
            NotFoundError: 404 Not Found
            ConflictError: 409 Conflict
            RateLimitError: 429 Too Many Requests
            ServerError: 500 Internal Server Error
            ApiError: default Unknown Error
        """
        call = _rt.Call(
            "POST",
            "/access-governance/access-controls/20250331/accessRequests",
            _CREATE_ACCESS_REQUEST_RESPONSES,
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
            options=options,
        )
        return _t.cast("_m.AccessRequest", self._client.request(call))

    def precheck_access_request(
        self,
        *,
        opc_request_id: str | None = None,
        body: _m.CreateAccessRequestDetails | _types.CreateAccessRequestDetailsParam | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> None:
        """Precheck an Access Request

        Checks a proposed access request for access guardrails & separation of duties violations.
        You can call this API before creating an access request when needed.

        Args:
            opc_request_id: The client request ID for tracing. The only valid characters for request IDs are letters, numbers, underscore, and dash.
            body: Details for the proposed Access Request.
                accessBundles (optional): list of Access bundle items.
                accountProfileDetails (optional): list of account profiles associated to access request
                attributes (optional): Attributes of the corresponding model. Example: `{"foo-namespace": {"bar-key": "value"}}`
                createdBy (optional): The user that created the request
                identities (optional): list of identity ids
                justification (optional): Justification for creating the access request
                permissionRoles (optional): list of Permission roles items.
                requestStatus (optional): Status of the access request
                targetAttributes (optional): list of targetAttributes associated with targets
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.

        Raises:
            ApiError: default Response section not visible in the copy of this documentation page we could read; placeholder added only to keep the document valid (see SOURCES.md, Gaps).
        """
        call = _rt.Call(
            "POST",
            "/access-governance/access-controls/20250331/accessRequests/actions/precheck",
            _PRECHECK_ACCESS_REQUEST_RESPONSES,
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
            options=options,
        )
        return _t.cast("None", self._client.request(call))

    def create_extension_request(
        self,
        *,
        opc_request_id: str | None = None,
        body: _m.CreateExtensionRequestDetails
        | _types.CreateExtensionRequestDetailsParam
        | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.ExtensionRequest:
        """Create an extension request

        Creates a new extension request for an identity with the specified details.

        Args:
            opc_request_id: The client request ID for tracing. The only valid characters for request IDs are letters, numbers, underscore, and dash.
            body: Details for the new Extension Request
                extensionDateInEpoch (required): Requested extension date represented as epoch timestamp
                justification (required): Justification for creating the extension request
                processInstanceId (required): Process Instance id of the request being extended
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.

        Raises:
            BadRequestError: 400 Bad Request
            AuthenticationError: 401 Unauthorized
            NotFoundError: 404 Not Found
            ConflictError: 409 Conflict
            RateLimitError: 429 Too Many Requests
        """
        call = _rt.Call(
            "POST",
            "/access-governance/access-controls/20250331/accessRequests/extension",
            _CREATE_EXTENSION_REQUEST_RESPONSES,
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
            options=options,
        )
        return _t.cast("_m.ExtensionRequest", self._client.request(call))

    def get_access_request(
        self,
        *,
        access_request_id: str,
        opc_request_id: str | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.AccessRequest:
        """Get an Access Request

        Returns details of an access request with a given ID.

        Args:
            access_request_id: Unique AccessRequest identifier
            opc_request_id: The client request ID for tracing. The only valid characters for request IDs are letters, numbers, underscore, and dash.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.

        Raises:
            BadRequestError: 400 Bad Request
            AuthenticationError: 401 Unauthorized
            NotFoundError: 404 Not Found
        """
        call = _rt.Call(
            "GET",
            "/access-governance/access-controls/20250331/accessRequests/{accessRequestId}",
            _GET_ACCESS_REQUEST_RESPONSES,
            path_params={"accessRequestId": access_request_id},
            headers={"opc-request-id": opc_request_id},
            options=options,
        )
        return _t.cast("_m.AccessRequest", self._client.request(call))


class AccessRequestsWithRawResponse(_rt.Group):
    """Operations of this group, returning RawResponse objects."""

    list_access_requests = _rt.to_raw_response(AccessRequests.list_access_requests)
    create_access_request = _rt.to_raw_response(AccessRequests.create_access_request)
    precheck_access_request = _rt.to_raw_response(AccessRequests.precheck_access_request)
    create_extension_request = _rt.to_raw_response(AccessRequests.create_extension_request)
    get_access_request = _rt.to_raw_response(AccessRequests.get_access_request)


class AsyncAccessRequests(_rt.Group):
    """Operations of this group as coroutines (the same methods: the client awaits)."""

    @_ft.cached_property
    def with_raw_response(self) -> AsyncAccessRequestsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncAccessRequestsWithRawResponse(_rt.RawCalls(self._client))

    list_access_requests = _rt.to_async(AccessRequests.list_access_requests)
    list_access_requests_iter = _rt.to_async_iterator(AccessRequests.list_access_requests_iter)
    create_access_request = _rt.to_async(AccessRequests.create_access_request)
    precheck_access_request = _rt.to_async(AccessRequests.precheck_access_request)
    create_extension_request = _rt.to_async(AccessRequests.create_extension_request)
    get_access_request = _rt.to_async(AccessRequests.get_access_request)


class AsyncAccessRequestsWithRawResponse(_rt.Group):
    """Operations of this group as coroutines, returning RawResponse objects."""

    list_access_requests = _rt.to_async_raw_response(AccessRequests.list_access_requests)
    create_access_request = _rt.to_async_raw_response(AccessRequests.create_access_request)
    precheck_access_request = _rt.to_async_raw_response(AccessRequests.precheck_access_request)
    create_extension_request = _rt.to_async_raw_response(AccessRequests.create_extension_request)
    get_access_request = _rt.to_async_raw_response(AccessRequests.get_access_request)
