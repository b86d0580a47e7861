"""Operations tagged 'tokens' (generated)."""

from __future__ import annotations

import functools as _ft
import typing as _t
import uuid as _uuid

from .. import _runtime as _rt
from .. import models as _m

_GET_TOKENS_RESPONSES: _rt.Responses = {"200": ("json", _rt.ModelOf("PaginatedTokensList"))}
_GET_TOKENS_PAGING = _rt.Paging(
    param="cursor", items_attr="results", items_wire="results", token_attr="next", token_wire="next"
)
_DELETE_TOKEN_RESPONSES: _rt.Responses = {
    "200": ("empty", None),
    "403": ("empty", None),
    "404": ("empty", None),
}


class Tokens(_rt.Group):
    """Operations of this group; each returns the decoded body."""

    @_ft.cached_property
    def with_raw_response(self) -> TokensWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return TokensWithRawResponse(_rt.RawCalls(self._client))

    def get_tokens(
        self,
        *,
        cursor: str | None = None,
        page_size: int | None = None,
        token_ids: list[_uuid.UUID | str] | None = None,
        user_id: _uuid.UUID | str | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.PaginatedTokensList:
        """Get tokens

        Returns a list of first-party API tokens for your organization. Requires admin access.

        Args:
            cursor: The pagination cursor value.
            page_size: Number of results to return per page. Default is 200.
            token_ids: Filter by token IDs.
            user_id: Filter by user ID.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "GET",
            "/tokens",
            _GET_TOKENS_RESPONSES,
            query={
                "cursor": cursor,
                "page_size": page_size,
                "token_ids": token_ids,
                "user_id": user_id,
            },
            options=options,
        )
        return _t.cast("_m.PaginatedTokensList", self._client.request(call))

    def get_tokens_iter(
        self,
        *,
        page_size: int | None = None,
        token_ids: list[_uuid.UUID | str] | None = None,
        user_id: _uuid.UUID | str | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _t.Iterator[_m.Token]:
        """Like `get_tokens`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            "GET",
            "/tokens",
            _GET_TOKENS_RESPONSES,
            query={"page_size": page_size, "token_ids": token_ids, "user_id": user_id},
            options=options,
        )
        return _t.cast("_t.Iterator[_m.Token]", self._client.paginate(call, _GET_TOKENS_PAGING))

    def delete_token(
        self, *, token_id: _uuid.UUID | str, **options: _t.Unpack[_rt.RequestOptions]
    ) -> None:
        """Delete token

        Deletes a first-party API token. Admins can delete any token. Non-admins can only delete their own tokens when the organization allows all users to create API tokens.

        Args:
            token_id: The ID of the token to delete.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.

        Raises:
            PermissionDeniedError: 403 Not authorized to delete this token.
            NotFoundError: 404 Token not found.
        """
        call = _rt.Call(
            "DELETE",
            "/tokens/{token_id}",
            _DELETE_TOKEN_RESPONSES,
            path_params={"token_id": token_id},
            options=options,
        )
        return _t.cast("None", self._client.request(call))


class TokensWithRawResponse(_rt.Group):
    """Operations of this group, returning RawResponse objects."""

    get_tokens = _rt.to_raw_response(Tokens.get_tokens)
    delete_token = _rt.to_raw_response(Tokens.delete_token)


class AsyncTokens(_rt.Group):
    """Operations of this group as coroutines (the same methods: the client awaits)."""

    @_ft.cached_property
    def with_raw_response(self) -> AsyncTokensWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncTokensWithRawResponse(_rt.RawCalls(self._client))

    get_tokens = _rt.to_async(Tokens.get_tokens)
    get_tokens_iter = _rt.to_async_iterator(Tokens.get_tokens_iter)
    delete_token = _rt.to_async(Tokens.delete_token)


class AsyncTokensWithRawResponse(_rt.Group):
    """Operations of this group as coroutines, returning RawResponse objects."""

    get_tokens = _rt.to_async_raw_response(Tokens.get_tokens)
    delete_token = _rt.to_async_raw_response(Tokens.delete_token)
