"""Operations tagged 'access_rules' (generated)."""

from __future__ import annotations

import typing as _t
import uuid as _uuid

from .. import _runtime as _rt
from .. import models as _models

_GET_ACCESS_RULES_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.PaginatedAccessRulesList))
}
_CREATE_ACCESS_RULE_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "201": ("json", _rt.ModelOf(_models.AccessRule))
}
_GET_ACCESS_RULE_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.AccessRule))
}
_UPDATE_ACCESS_RULE_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.AccessRule))
}


class AccessRules:
    """Operations of this group; each returns the decoded body."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AccessRulesWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AccessRulesWithRawResponse(self._client)

    def get_access_rules(
        self, *, cursor: str | None = None, page_size: int | None = None
    ) -> _models.PaginatedAccessRulesList:
        """Returns a list of access rules for your organization."""
        call = _rt.Call(
            method="GET",
            path="/access-rules",
            responses=_GET_ACCESS_RULES_RESPONSES,
            query={"cursor": cursor, "page_size": page_size},
        )
        return _t.cast("_models.PaginatedAccessRulesList", self._client.request(call))

    def get_access_rules_iter(
        self, *, page_size: int | None = None
    ) -> _t.Iterator[_models.AccessRule]:
        """Like `get_access_rules`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            method="GET",
            path="/access-rules",
            responses=_GET_ACCESS_RULES_RESPONSES,
            query={"page_size": page_size},
        )
        return _t.cast(
            "_t.Iterator[_models.AccessRule]",
            self._client.paginate(
                call,
                _rt.Paging(
                    param="cursor",
                    items_attr="results",
                    items_wire="results",
                    token_attr="next",
                    token_wire="next",
                ),
            ),
        )

    def create_access_rule(
        self, *, body: _models.UpdateAccessRuleInfo | _t.Mapping[str, _t.Any]
    ) -> _models.AccessRule:
        """Creates a new access rule config for the given group_id."""
        call = _rt.Call(
            method="POST",
            path="/access-rules",
            responses=_CREATE_ACCESS_RULE_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_models.AccessRule", self._client.request(call))

    def get_access_rule(self, *, access_rule_id: _uuid.UUID) -> _models.AccessRule:
        """Returns a list of access rule config given the group_id of the access rule."""
        call = _rt.Call(
            method="GET",
            path="/access-rules/{access_rule_id}",
            responses=_GET_ACCESS_RULE_RESPONSES,
            path_params={"access_rule_id": access_rule_id},
        )
        return _t.cast("_models.AccessRule", self._client.request(call))

    def update_access_rule(
        self,
        *,
        access_rule_id: _uuid.UUID,
        body: _models.UpdateAccessRuleInfo | _t.Mapping[str, _t.Any],
    ) -> _models.AccessRule:
        """Updates the access rule config for the given group_id."""
        call = _rt.Call(
            method="PUT",
            path="/access-rules/{access_rule_id}",
            responses=_UPDATE_ACCESS_RULE_RESPONSES,
            path_params={"access_rule_id": access_rule_id},
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_models.AccessRule", self._client.request(call))


class AccessRulesWithRawResponse:
    """Operations of this group, returning RawResponse objects."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    def get_access_rules(
        self, *, cursor: str | None = None, page_size: int | None = None
    ) -> _rt.RawResponse[_models.PaginatedAccessRulesList]:
        """Returns a list of access rules for your organization."""
        call = _rt.Call(
            method="GET",
            path="/access-rules",
            responses=_GET_ACCESS_RULES_RESPONSES,
            query={"cursor": cursor, "page_size": page_size},
        )
        return _t.cast(
            "_rt.RawResponse[_models.PaginatedAccessRulesList]", self._client.request_raw(call)
        )

    def create_access_rule(
        self, *, body: _models.UpdateAccessRuleInfo | _t.Mapping[str, _t.Any]
    ) -> _rt.RawResponse[_models.AccessRule]:
        """Creates a new access rule config for the given group_id."""
        call = _rt.Call(
            method="POST",
            path="/access-rules",
            responses=_CREATE_ACCESS_RULE_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_rt.RawResponse[_models.AccessRule]", self._client.request_raw(call))

    def get_access_rule(self, *, access_rule_id: _uuid.UUID) -> _rt.RawResponse[_models.AccessRule]:
        """Returns a list of access rule config given the group_id of the access rule."""
        call = _rt.Call(
            method="GET",
            path="/access-rules/{access_rule_id}",
            responses=_GET_ACCESS_RULE_RESPONSES,
            path_params={"access_rule_id": access_rule_id},
        )
        return _t.cast("_rt.RawResponse[_models.AccessRule]", self._client.request_raw(call))

    def update_access_rule(
        self,
        *,
        access_rule_id: _uuid.UUID,
        body: _models.UpdateAccessRuleInfo | _t.Mapping[str, _t.Any],
    ) -> _rt.RawResponse[_models.AccessRule]:
        """Updates the access rule config for the given group_id."""
        call = _rt.Call(
            method="PUT",
            path="/access-rules/{access_rule_id}",
            responses=_UPDATE_ACCESS_RULE_RESPONSES,
            path_params={"access_rule_id": access_rule_id},
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_rt.RawResponse[_models.AccessRule]", self._client.request_raw(call))


class AsyncAccessRules:
    """Operations of this group as coroutines."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncAccessRulesWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncAccessRulesWithRawResponse(self._client)

    async def get_access_rules(
        self, *, cursor: str | None = None, page_size: int | None = None
    ) -> _models.PaginatedAccessRulesList:
        """Returns a list of access rules for your organization."""
        call = _rt.Call(
            method="GET",
            path="/access-rules",
            responses=_GET_ACCESS_RULES_RESPONSES,
            query={"cursor": cursor, "page_size": page_size},
        )
        return _t.cast("_models.PaginatedAccessRulesList", await self._client.request(call))

    def get_access_rules_iter(
        self, *, page_size: int | None = None
    ) -> _t.AsyncIterator[_models.AccessRule]:
        """Like `get_access_rules`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            method="GET",
            path="/access-rules",
            responses=_GET_ACCESS_RULES_RESPONSES,
            query={"page_size": page_size},
        )
        return _t.cast(
            "_t.AsyncIterator[_models.AccessRule]",
            self._client.paginate(
                call,
                _rt.Paging(
                    param="cursor",
                    items_attr="results",
                    items_wire="results",
                    token_attr="next",
                    token_wire="next",
                ),
            ),
        )

    async def create_access_rule(
        self, *, body: _models.UpdateAccessRuleInfo | _t.Mapping[str, _t.Any]
    ) -> _models.AccessRule:
        """Creates a new access rule config for the given group_id."""
        call = _rt.Call(
            method="POST",
            path="/access-rules",
            responses=_CREATE_ACCESS_RULE_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_models.AccessRule", await self._client.request(call))

    async def get_access_rule(self, *, access_rule_id: _uuid.UUID) -> _models.AccessRule:
        """Returns a list of access rule config given the group_id of the access rule."""
        call = _rt.Call(
            method="GET",
            path="/access-rules/{access_rule_id}",
            responses=_GET_ACCESS_RULE_RESPONSES,
            path_params={"access_rule_id": access_rule_id},
        )
        return _t.cast("_models.AccessRule", await self._client.request(call))

    async def update_access_rule(
        self,
        *,
        access_rule_id: _uuid.UUID,
        body: _models.UpdateAccessRuleInfo | _t.Mapping[str, _t.Any],
    ) -> _models.AccessRule:
        """Updates the access rule config for the given group_id."""
        call = _rt.Call(
            method="PUT",
            path="/access-rules/{access_rule_id}",
            responses=_UPDATE_ACCESS_RULE_RESPONSES,
            path_params={"access_rule_id": access_rule_id},
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_models.AccessRule", await self._client.request(call))


class AsyncAccessRulesWithRawResponse:
    """Operations of this group as coroutines, returning RawResponse objects."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    async def get_access_rules(
        self, *, cursor: str | None = None, page_size: int | None = None
    ) -> _rt.RawResponse[_models.PaginatedAccessRulesList]:
        """Returns a list of access rules for your organization."""
        call = _rt.Call(
            method="GET",
            path="/access-rules",
            responses=_GET_ACCESS_RULES_RESPONSES,
            query={"cursor": cursor, "page_size": page_size},
        )
        return _t.cast(
            "_rt.RawResponse[_models.PaginatedAccessRulesList]",
            await self._client.request_raw(call),
        )

    async def create_access_rule(
        self, *, body: _models.UpdateAccessRuleInfo | _t.Mapping[str, _t.Any]
    ) -> _rt.RawResponse[_models.AccessRule]:
        """Creates a new access rule config for the given group_id."""
        call = _rt.Call(
            method="POST",
            path="/access-rules",
            responses=_CREATE_ACCESS_RULE_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_rt.RawResponse[_models.AccessRule]", await self._client.request_raw(call))

    async def get_access_rule(
        self, *, access_rule_id: _uuid.UUID
    ) -> _rt.RawResponse[_models.AccessRule]:
        """Returns a list of access rule config given the group_id of the access rule."""
        call = _rt.Call(
            method="GET",
            path="/access-rules/{access_rule_id}",
            responses=_GET_ACCESS_RULE_RESPONSES,
            path_params={"access_rule_id": access_rule_id},
        )
        return _t.cast("_rt.RawResponse[_models.AccessRule]", await self._client.request_raw(call))

    async def update_access_rule(
        self,
        *,
        access_rule_id: _uuid.UUID,
        body: _models.UpdateAccessRuleInfo | _t.Mapping[str, _t.Any],
    ) -> _rt.RawResponse[_models.AccessRule]:
        """Updates the access rule config for the given group_id."""
        call = _rt.Call(
            method="PUT",
            path="/access-rules/{access_rule_id}",
            responses=_UPDATE_ACCESS_RULE_RESPONSES,
            path_params={"access_rule_id": access_rule_id},
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_rt.RawResponse[_models.AccessRule]", await self._client.request_raw(call))
