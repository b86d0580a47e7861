"""Operations tagged 'access_rules' (generated)."""

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

_GET_ACCESS_RULES_RESPONSES: _rt.Responses = {
    "200": ("json", _rt.ModelOf("PaginatedAccessRulesList"))
}
_GET_ACCESS_RULES_PAGING = _rt.Paging(
    param="cursor", items_attr="results", items_wire="results", token_attr="next", token_wire="next"
)
_CREATE_ACCESS_RULE_RESPONSES: _rt.Responses = {"201": ("json", _rt.ModelOf("AccessRule"))}
_GET_ACCESS_RULE_RESPONSES: _rt.Responses = {"200": ("json", _rt.ModelOf("AccessRule"))}
_UPDATE_ACCESS_RULE_RESPONSES: _rt.Responses = {"200": ("json", _rt.ModelOf("AccessRule"))}


class AccessRules(_rt.Group):
    """Operations of this group; each returns the decoded body."""

    @_ft.cached_property
    def with_raw_response(self) -> AccessRulesWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AccessRulesWithRawResponse(_rt.RawCalls(self._client))

    def get_access_rules(
        self,
        *,
        cursor: str | None = None,
        page_size: int | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.PaginatedAccessRulesList:
        """Returns a list of access rules for your organization.

        Args:
            cursor: The pagination cursor value.
            page_size: Number of results to return per page. Default is 200.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "GET",
            "/access-rules",
            _GET_ACCESS_RULES_RESPONSES,
            query={"cursor": cursor, "page_size": page_size},
            options=options,
        )
        return _t.cast("_m.PaginatedAccessRulesList", self._client.request(call))

    def get_access_rules_iter(
        self, *, page_size: int | None = None, **options: _t.Unpack[_rt.RequestOptions]
    ) -> _t.Iterator[_m.AccessRule]:
        """Like `get_access_rules`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            "GET",
            "/access-rules",
            _GET_ACCESS_RULES_RESPONSES,
            query={"page_size": page_size},
            options=options,
        )
        return _t.cast(
            "_t.Iterator[_m.AccessRule]", self._client.paginate(call, _GET_ACCESS_RULES_PAGING)
        )

    def create_access_rule(
        self,
        *,
        body: _m.UpdateAccessRuleInfo | _types.UpdateAccessRuleInfoParam,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.AccessRule:
        """Creates a new access rule config for the given group_id.

        Args:
            body:
                name (required): The name of the access rule.
                description (required): A description of the group.
                admin_owner_id (required): The ID of the owner of the group.
                status (required): The status of the access rule.
                ruleClauses (required)
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "POST",
            "/access-rules",
            _CREATE_ACCESS_RULE_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
            options=options,
        )
        return _t.cast("_m.AccessRule", self._client.request(call))

    def get_access_rule(
        self, *, access_rule_id: _uuid.UUID | str, **options: _t.Unpack[_rt.RequestOptions]
    ) -> _m.AccessRule:
        """Returns a list of access rule config given the group_id of the access rule.

        Args:
            access_rule_id: The access rule ID (group ID) of the access rule.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "GET",
            "/access-rules/{access_rule_id}",
            _GET_ACCESS_RULE_RESPONSES,
            path_params={"access_rule_id": access_rule_id},
            options=options,
        )
        return _t.cast("_m.AccessRule", self._client.request(call))

    def update_access_rule(
        self,
        *,
        access_rule_id: _uuid.UUID | str,
        body: _m.UpdateAccessRuleInfo | _types.UpdateAccessRuleInfoParam,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.AccessRule:
        """Updates the access rule config for the given group_id.

        Args:
            access_rule_id: The access rule ID (group ID) of the access rule.
            body:
                name (required): The name of the access rule.
                description (required): A description of the group.
                admin_owner_id (required): The ID of the owner of the group.
                status (required): The status of the access rule.
                ruleClauses (required)
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "PUT",
            "/access-rules/{access_rule_id}",
            _UPDATE_ACCESS_RULE_RESPONSES,
            path_params={"access_rule_id": access_rule_id},
            body=body,
            body_kind="json",
            content_type="application/json",
            options=options,
        )
        return _t.cast("_m.AccessRule", self._client.request(call))


class AccessRulesWithRawResponse(_rt.Group):
    """Operations of this group, returning RawResponse objects."""

    get_access_rules = _rt.to_raw_response(AccessRules.get_access_rules)
    create_access_rule = _rt.to_raw_response(AccessRules.create_access_rule)
    get_access_rule = _rt.to_raw_response(AccessRules.get_access_rule)
    update_access_rule = _rt.to_raw_response(AccessRules.update_access_rule)


class AsyncAccessRules(_rt.Group):
    """Operations of this group as coroutines (the same methods: the client awaits)."""

    @_ft.cached_property
    def with_raw_response(self) -> AsyncAccessRulesWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncAccessRulesWithRawResponse(_rt.RawCalls(self._client))

    get_access_rules = _rt.to_async(AccessRules.get_access_rules)
    get_access_rules_iter = _rt.to_async_iterator(AccessRules.get_access_rules_iter)
    create_access_rule = _rt.to_async(AccessRules.create_access_rule)
    get_access_rule = _rt.to_async(AccessRules.get_access_rule)
    update_access_rule = _rt.to_async(AccessRules.update_access_rule)


class AsyncAccessRulesWithRawResponse(_rt.Group):
    """Operations of this group as coroutines, returning RawResponse objects."""

    get_access_rules = _rt.to_async_raw_response(AccessRules.get_access_rules)
    create_access_rule = _rt.to_async_raw_response(AccessRules.create_access_rule)
    get_access_rule = _rt.to_async_raw_response(AccessRules.get_access_rule)
    update_access_rule = _rt.to_async_raw_response(AccessRules.update_access_rule)
