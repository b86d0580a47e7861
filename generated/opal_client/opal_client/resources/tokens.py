"""Operations tagged 'tokens' (generated)."""

from __future__ import annotations

import typing as _t
import uuid as _uuid

from .. import _runtime as _rt
from .. import models as _models

_GET_TOKENS_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.PaginatedTokensList))
}
_DELETE_TOKEN_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("empty", None),
    "403": ("empty", None),
    "404": ("empty", None),
}


class Tokens:
    """Operations of this group; each returns the decoded body."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> TokensWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return TokensWithRawResponse(self._client)

    def get_tokens(
        self,
        *,
        cursor: str | None = None,
        page_size: int | None = None,
        token_ids: list[_uuid.UUID] | None = None,
        user_id: _uuid.UUID | None = None,
    ) -> _models.PaginatedTokensList:
        """Get tokens

        Returns a list of first-party API tokens for your organization. Requires admin access.
        """
        call = _rt.Call(
            method="GET",
            path="/tokens",
            responses=_GET_TOKENS_RESPONSES,
            query={
                "cursor": cursor,
                "page_size": page_size,
                "token_ids": token_ids,
                "user_id": user_id,
            },
        )
        return _t.cast("_models.PaginatedTokensList", self._client.request(call))

    def get_tokens_iter(
        self,
        *,
        page_size: int | None = None,
        token_ids: list[_uuid.UUID] | None = None,
        user_id: _uuid.UUID | None = None,
    ) -> _t.Iterator[_models.Token]:
        """Like `get_tokens`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            method="GET",
            path="/tokens",
            responses=_GET_TOKENS_RESPONSES,
            query={"page_size": page_size, "token_ids": token_ids, "user_id": user_id},
        )
        return _t.cast(
            "_t.Iterator[_models.Token]",
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

    def delete_token(self, *, token_id: _uuid.UUID) -> _t.Any:
        """Delete token

        Deletes a first-party API token. Admins can delete any token. Non-admins can only delete their own tokens when the organization allows all users to create API tokens.
        """
        call = _rt.Call(
            method="DELETE",
            path="/tokens/{token_id}",
            responses=_DELETE_TOKEN_RESPONSES,
            path_params={"token_id": token_id},
        )
        return self._client.request(call)


class TokensWithRawResponse:
    """Operations of this group, returning RawResponse objects."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    def get_tokens(
        self,
        *,
        cursor: str | None = None,
        page_size: int | None = None,
        token_ids: list[_uuid.UUID] | None = None,
        user_id: _uuid.UUID | None = None,
    ) -> _rt.RawResponse[_models.PaginatedTokensList]:
        """Get tokens

        Returns a list of first-party API tokens for your organization. Requires admin access.
        """
        call = _rt.Call(
            method="GET",
            path="/tokens",
            responses=_GET_TOKENS_RESPONSES,
            query={
                "cursor": cursor,
                "page_size": page_size,
                "token_ids": token_ids,
                "user_id": user_id,
            },
        )
        return _t.cast(
            "_rt.RawResponse[_models.PaginatedTokensList]", self._client.request_raw(call)
        )

    def delete_token(self, *, token_id: _uuid.UUID) -> _rt.RawResponse[_t.Any]:
        """Delete token

        Deletes a first-party API token. Admins can delete any token. Non-admins can only delete their own tokens when the organization allows all users to create API tokens.
        """
        call = _rt.Call(
            method="DELETE",
            path="/tokens/{token_id}",
            responses=_DELETE_TOKEN_RESPONSES,
            path_params={"token_id": token_id},
        )
        return self._client.request_raw(call)


class AsyncTokens:
    """Operations of this group as coroutines."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncTokensWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncTokensWithRawResponse(self._client)

    async def get_tokens(
        self,
        *,
        cursor: str | None = None,
        page_size: int | None = None,
        token_ids: list[_uuid.UUID] | None = None,
        user_id: _uuid.UUID | None = None,
    ) -> _models.PaginatedTokensList:
        """Get tokens

        Returns a list of first-party API tokens for your organization. Requires admin access.
        """
        call = _rt.Call(
            method="GET",
            path="/tokens",
            responses=_GET_TOKENS_RESPONSES,
            query={
                "cursor": cursor,
                "page_size": page_size,
                "token_ids": token_ids,
                "user_id": user_id,
            },
        )
        return _t.cast("_models.PaginatedTokensList", await self._client.request(call))

    def get_tokens_iter(
        self,
        *,
        page_size: int | None = None,
        token_ids: list[_uuid.UUID] | None = None,
        user_id: _uuid.UUID | None = None,
    ) -> _t.AsyncIterator[_models.Token]:
        """Like `get_tokens`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            method="GET",
            path="/tokens",
            responses=_GET_TOKENS_RESPONSES,
            query={"page_size": page_size, "token_ids": token_ids, "user_id": user_id},
        )
        return _t.cast(
            "_t.AsyncIterator[_models.Token]",
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

    async def delete_token(self, *, token_id: _uuid.UUID) -> _t.Any:
        """Delete token

        Deletes a first-party API token. Admins can delete any token. Non-admins can only delete their own tokens when the organization allows all users to create API tokens.
        """
        call = _rt.Call(
            method="DELETE",
            path="/tokens/{token_id}",
            responses=_DELETE_TOKEN_RESPONSES,
            path_params={"token_id": token_id},
        )
        return await self._client.request(call)


class AsyncTokensWithRawResponse:
    """Operations of this group as coroutines, returning RawResponse objects."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    async def get_tokens(
        self,
        *,
        cursor: str | None = None,
        page_size: int | None = None,
        token_ids: list[_uuid.UUID] | None = None,
        user_id: _uuid.UUID | None = None,
    ) -> _rt.RawResponse[_models.PaginatedTokensList]:
        """Get tokens

        Returns a list of first-party API tokens for your organization. Requires admin access.
        """
        call = _rt.Call(
            method="GET",
            path="/tokens",
            responses=_GET_TOKENS_RESPONSES,
            query={
                "cursor": cursor,
                "page_size": page_size,
                "token_ids": token_ids,
                "user_id": user_id,
            },
        )
        return _t.cast(
            "_rt.RawResponse[_models.PaginatedTokensList]", await self._client.request_raw(call)
        )

    async def delete_token(self, *, token_id: _uuid.UUID) -> _rt.RawResponse[_t.Any]:
        """Delete token

        Deletes a first-party API token. Admins can delete any token. Non-admins can only delete their own tokens when the organization allows all users to create API tokens.
        """
        call = _rt.Call(
            method="DELETE",
            path="/tokens/{token_id}",
            responses=_DELETE_TOKEN_RESPONSES,
            path_params={"token_id": token_id},
        )
        return await self._client.request_raw(call)
