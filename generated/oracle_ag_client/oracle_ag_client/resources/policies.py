"""Operations tagged 'policies' (generated)."""

from __future__ import annotations

import typing as _t

from .. import _runtime as _rt
from .. import models as _models

_LIST_POLICIES_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.PolicyCollection))
}
_CREATE_POLICY_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.Policy))
}
_GET_POLICY_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.Policy)),
    "400": ("json", _rt.ModelOf(_models.Error)),
    "401": ("json", _rt.ModelOf(_models.Error)),
}
_UPDATE_POLICY_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.Policy))
}
_DELETE_POLICY_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "204": ("empty", None),
    "400": ("json", _rt.ModelOf(_models.Error)),
    "401": ("json", _rt.ModelOf(_models.Error)),
    "404": ("json", _rt.ModelOf(_models.Error)),
    "412": ("json", _rt.ModelOf(_models.Error)),
    "429": ("json", _rt.ModelOf(_models.Error)),
    "500": ("json", _rt.ModelOf(_models.Error)),
}


class Policies:
    """Operations of this group; each returns the decoded body."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> PoliciesWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return PoliciesWithRawResponse(self._client)

    def list_policies(
        self,
        *,
        keyword_contains: str | None = None,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        status: _models.ListIdentityCollectionsStatus | str | None = None,
        opc_request_id: str | None = None,
    ) -> _models.PolicyCollection:
        """Get a list of Policies

        Returns details of all available policies with support for pagination.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-controls/20250331/policies",
            responses=_LIST_POLICIES_RESPONSES,
            query={
                "keywordContains": keyword_contains,
                "limit": limit,
                "page": page,
                "sortBy": sort_by,
                "sortOrder": sort_order,
                "status": status,
            },
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast("_models.PolicyCollection", self._client.request(call))

    def list_policies_iter(
        self,
        *,
        keyword_contains: str | None = None,
        limit: int | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        status: _models.ListIdentityCollectionsStatus | str | None = None,
        opc_request_id: str | None = None,
    ) -> _t.Iterator[dict[str, _t.Any]]:
        """Like `list_policies`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-controls/20250331/policies",
            responses=_LIST_POLICIES_RESPONSES,
            query={
                "keywordContains": keyword_contains,
                "limit": limit,
                "sortBy": sort_by,
                "sortOrder": sort_order,
                "status": status,
            },
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast(
            "_t.Iterator[dict[str, _t.Any]]",
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

    def create_policy(
        self,
        *,
        opc_request_id: str | None = None,
        body: _models.CreatePolicyDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _models.Policy:
        """Create a Policy

        Creates a new policy with the specified details.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-controls/20250331/policies",
            responses=_CREATE_POLICY_RESPONSES,
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_models.Policy", self._client.request(call))

    def get_policy(self, *, policy_id: str, opc_request_id: str | None = None) -> _models.Policy:
        """Get Policy

        Returns details of a policy with a given ID.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-controls/20250331/policies/{policyId}",
            responses=_GET_POLICY_RESPONSES,
            path_params={"policyId": policy_id},
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast("_models.Policy", self._client.request(call))

    def update_policy(
        self,
        *,
        policy_id: str,
        opc_request_id: str | None = None,
        body: _models.UpdatePolicyDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _models.Policy:
        """Update a Policy

        Updates the details of an existing policy with a given ID.
        """
        call = _rt.Call(
            method="PUT",
            path="/access-governance/access-controls/20250331/policies/{policyId}",
            responses=_UPDATE_POLICY_RESPONSES,
            path_params={"policyId": policy_id},
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_models.Policy", self._client.request(call))

    def delete_policy(self, *, policy_id: str, opc_request_id: str | None = None) -> None:
        """Delete a policy

        Deletes a policy with a given ID.
        """
        call = _rt.Call(
            method="DELETE",
            path="/access-governance/access-controls/20250331/policies/{policyId}",
            responses=_DELETE_POLICY_RESPONSES,
            path_params={"policyId": policy_id},
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast("None", self._client.request(call))


class PoliciesWithRawResponse:
    """Operations of this group, returning RawResponse objects."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    def list_policies(
        self,
        *,
        keyword_contains: str | None = None,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        status: _models.ListIdentityCollectionsStatus | str | None = None,
        opc_request_id: str | None = None,
    ) -> _rt.RawResponse[_models.PolicyCollection]:
        """Get a list of Policies

        Returns details of all available policies with support for pagination.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-controls/20250331/policies",
            responses=_LIST_POLICIES_RESPONSES,
            query={
                "keywordContains": keyword_contains,
                "limit": limit,
                "page": page,
                "sortBy": sort_by,
                "sortOrder": sort_order,
                "status": status,
            },
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast("_rt.RawResponse[_models.PolicyCollection]", self._client.request_raw(call))

    def create_policy(
        self,
        *,
        opc_request_id: str | None = None,
        body: _models.CreatePolicyDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _rt.RawResponse[_models.Policy]:
        """Create a Policy

        Creates a new policy with the specified details.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-controls/20250331/policies",
            responses=_CREATE_POLICY_RESPONSES,
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_rt.RawResponse[_models.Policy]", self._client.request_raw(call))

    def get_policy(
        self, *, policy_id: str, opc_request_id: str | None = None
    ) -> _rt.RawResponse[_models.Policy]:
        """Get Policy

        Returns details of a policy with a given ID.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-controls/20250331/policies/{policyId}",
            responses=_GET_POLICY_RESPONSES,
            path_params={"policyId": policy_id},
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast("_rt.RawResponse[_models.Policy]", self._client.request_raw(call))

    def update_policy(
        self,
        *,
        policy_id: str,
        opc_request_id: str | None = None,
        body: _models.UpdatePolicyDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _rt.RawResponse[_models.Policy]:
        """Update a Policy

        Updates the details of an existing policy with a given ID.
        """
        call = _rt.Call(
            method="PUT",
            path="/access-governance/access-controls/20250331/policies/{policyId}",
            responses=_UPDATE_POLICY_RESPONSES,
            path_params={"policyId": policy_id},
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_rt.RawResponse[_models.Policy]", self._client.request_raw(call))

    def delete_policy(
        self, *, policy_id: str, opc_request_id: str | None = None
    ) -> _rt.RawResponse[None]:
        """Delete a policy

        Deletes a policy with a given ID.
        """
        call = _rt.Call(
            method="DELETE",
            path="/access-governance/access-controls/20250331/policies/{policyId}",
            responses=_DELETE_POLICY_RESPONSES,
            path_params={"policyId": policy_id},
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast("_rt.RawResponse[None]", self._client.request_raw(call))


class AsyncPolicies:
    """Operations of this group as coroutines."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncPoliciesWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncPoliciesWithRawResponse(self._client)

    async def list_policies(
        self,
        *,
        keyword_contains: str | None = None,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        status: _models.ListIdentityCollectionsStatus | str | None = None,
        opc_request_id: str | None = None,
    ) -> _models.PolicyCollection:
        """Get a list of Policies

        Returns details of all available policies with support for pagination.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-controls/20250331/policies",
            responses=_LIST_POLICIES_RESPONSES,
            query={
                "keywordContains": keyword_contains,
                "limit": limit,
                "page": page,
                "sortBy": sort_by,
                "sortOrder": sort_order,
                "status": status,
            },
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast("_models.PolicyCollection", await self._client.request(call))

    def list_policies_iter(
        self,
        *,
        keyword_contains: str | None = None,
        limit: int | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        status: _models.ListIdentityCollectionsStatus | str | None = None,
        opc_request_id: str | None = None,
    ) -> _t.AsyncIterator[dict[str, _t.Any]]:
        """Like `list_policies`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-controls/20250331/policies",
            responses=_LIST_POLICIES_RESPONSES,
            query={
                "keywordContains": keyword_contains,
                "limit": limit,
                "sortBy": sort_by,
                "sortOrder": sort_order,
                "status": status,
            },
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast(
            "_t.AsyncIterator[dict[str, _t.Any]]",
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

    async def create_policy(
        self,
        *,
        opc_request_id: str | None = None,
        body: _models.CreatePolicyDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _models.Policy:
        """Create a Policy

        Creates a new policy with the specified details.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-controls/20250331/policies",
            responses=_CREATE_POLICY_RESPONSES,
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_models.Policy", await self._client.request(call))

    async def get_policy(
        self, *, policy_id: str, opc_request_id: str | None = None
    ) -> _models.Policy:
        """Get Policy

        Returns details of a policy with a given ID.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-controls/20250331/policies/{policyId}",
            responses=_GET_POLICY_RESPONSES,
            path_params={"policyId": policy_id},
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast("_models.Policy", await self._client.request(call))

    async def update_policy(
        self,
        *,
        policy_id: str,
        opc_request_id: str | None = None,
        body: _models.UpdatePolicyDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _models.Policy:
        """Update a Policy

        Updates the details of an existing policy with a given ID.
        """
        call = _rt.Call(
            method="PUT",
            path="/access-governance/access-controls/20250331/policies/{policyId}",
            responses=_UPDATE_POLICY_RESPONSES,
            path_params={"policyId": policy_id},
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_models.Policy", await self._client.request(call))

    async def delete_policy(self, *, policy_id: str, opc_request_id: str | None = None) -> None:
        """Delete a policy

        Deletes a policy with a given ID.
        """
        call = _rt.Call(
            method="DELETE",
            path="/access-governance/access-controls/20250331/policies/{policyId}",
            responses=_DELETE_POLICY_RESPONSES,
            path_params={"policyId": policy_id},
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast("None", await self._client.request(call))


class AsyncPoliciesWithRawResponse:
    """Operations of this group as coroutines, returning RawResponse objects."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    async def list_policies(
        self,
        *,
        keyword_contains: str | None = None,
        limit: int | None = None,
        page: str | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        status: _models.ListIdentityCollectionsStatus | str | None = None,
        opc_request_id: str | None = None,
    ) -> _rt.RawResponse[_models.PolicyCollection]:
        """Get a list of Policies

        Returns details of all available policies with support for pagination.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-controls/20250331/policies",
            responses=_LIST_POLICIES_RESPONSES,
            query={
                "keywordContains": keyword_contains,
                "limit": limit,
                "page": page,
                "sortBy": sort_by,
                "sortOrder": sort_order,
                "status": status,
            },
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast(
            "_rt.RawResponse[_models.PolicyCollection]", await self._client.request_raw(call)
        )

    async def create_policy(
        self,
        *,
        opc_request_id: str | None = None,
        body: _models.CreatePolicyDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _rt.RawResponse[_models.Policy]:
        """Create a Policy

        Creates a new policy with the specified details.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-controls/20250331/policies",
            responses=_CREATE_POLICY_RESPONSES,
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_rt.RawResponse[_models.Policy]", await self._client.request_raw(call))

    async def get_policy(
        self, *, policy_id: str, opc_request_id: str | None = None
    ) -> _rt.RawResponse[_models.Policy]:
        """Get Policy

        Returns details of a policy with a given ID.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-controls/20250331/policies/{policyId}",
            responses=_GET_POLICY_RESPONSES,
            path_params={"policyId": policy_id},
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast("_rt.RawResponse[_models.Policy]", await self._client.request_raw(call))

    async def update_policy(
        self,
        *,
        policy_id: str,
        opc_request_id: str | None = None,
        body: _models.UpdatePolicyDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _rt.RawResponse[_models.Policy]:
        """Update a Policy

        Updates the details of an existing policy with a given ID.
        """
        call = _rt.Call(
            method="PUT",
            path="/access-governance/access-controls/20250331/policies/{policyId}",
            responses=_UPDATE_POLICY_RESPONSES,
            path_params={"policyId": policy_id},
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_rt.RawResponse[_models.Policy]", await self._client.request_raw(call))

    async def delete_policy(
        self, *, policy_id: str, opc_request_id: str | None = None
    ) -> _rt.RawResponse[None]:
        """Delete a policy

        Deletes a policy with a given ID.
        """
        call = _rt.Call(
            method="DELETE",
            path="/access-governance/access-controls/20250331/policies/{policyId}",
            responses=_DELETE_POLICY_RESPONSES,
            path_params={"policyId": policy_id},
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast("_rt.RawResponse[None]", await self._client.request_raw(call))
