"""Operations tagged 'tags' (generated)."""

from __future__ import annotations

import typing as _t
import uuid as _uuid

from .. import _runtime as _rt
from .. import models as _models

_GET_TAG_BY_ID_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.Tag))
}
_DELETE_TAG_BY_ID_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {"200": ("empty", None)}
_GET_TAG_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.Tag))
}
_CREATE_TAG_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.Tag))
}
_GET_TAGS_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.PaginatedTagsList))
}
_ADD_USER_TAG_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {"200": ("empty", None)}
_REMOVE_USER_TAG_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {"200": ("empty", None)}
_ADD_GROUP_TAG_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {"200": ("empty", None)}
_REMOVE_GROUP_TAG_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {"200": ("empty", None)}
_ADD_RESOURCE_TAG_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {"200": ("empty", None)}
_REMOVE_RESOURCE_TAG_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {"200": ("empty", None)}


class Tags:
    """Operations of this group; each returns the decoded body."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> TagsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return TagsWithRawResponse(self._client)

    def get_tag_by_id(self, *, tag_id: _uuid.UUID) -> _models.Tag:
        """Get tag by ID

        UNSTABLE. May be removed at any time. Gets a tag with the given id.
        """
        call = _rt.Call(
            method="GET",
            path="/tag/{tag_id}",
            responses=_GET_TAG_BY_ID_RESPONSES,
            path_params={"tag_id": tag_id},
        )
        return _t.cast("_models.Tag", self._client.request(call))

    def delete_tag_by_id(self, *, tag_id: _uuid.UUID) -> _t.Any:
        """UNSTABLE. May be removed at any time. Deletes a tag with the given id."""
        call = _rt.Call(
            method="DELETE",
            path="/tag/{tag_id}",
            responses=_DELETE_TAG_BY_ID_RESPONSES,
            path_params={"tag_id": tag_id},
        )
        return self._client.request(call)

    def get_tag(self, *, tag_key: str, tag_value: str | None = None) -> _models.Tag:
        """Gets a tag with the given key and value."""
        call = _rt.Call(
            method="GET",
            path="/tag",
            responses=_GET_TAG_RESPONSES,
            query={"tag_key": tag_key, "tag_value": tag_value},
        )
        return _t.cast("_models.Tag", self._client.request(call))

    def create_tag(
        self,
        *,
        tag_key: str | None = None,
        tag_value: str | None = None,
        admin_owner_id: _uuid.UUID | None = None,
        body: _models.CreateTagInfo | _t.Mapping[str, _t.Any] | None = None,
    ) -> _models.Tag:
        """Creates a tag with the given key and value."""
        call = _rt.Call(
            method="POST",
            path="/tag",
            responses=_CREATE_TAG_RESPONSES,
            query={"tag_key": tag_key, "tag_value": tag_value, "admin_owner_id": admin_owner_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_models.Tag", self._client.request(call))

    def get_tags(
        self, *, cursor: str | None = None, page_size: int | None = None
    ) -> _models.PaginatedTagsList:
        """Get tags

        Returns a list of tags created by your organization.
        """
        call = _rt.Call(
            method="GET",
            path="/tags",
            responses=_GET_TAGS_RESPONSES,
            query={"cursor": cursor, "page_size": page_size},
        )
        return _t.cast("_models.PaginatedTagsList", self._client.request(call))

    def get_tags_iter(self, *, page_size: int | None = None) -> _t.Iterator[_models.Tag]:
        """Like `get_tags`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            method="GET",
            path="/tags",
            responses=_GET_TAGS_RESPONSES,
            query={"page_size": page_size},
        )
        return _t.cast(
            "_t.Iterator[_models.Tag]",
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

    def add_user_tag(
        self, *, tag_id: _uuid.UUID, user_id: _uuid.UUID, body: dict[str, _t.Any] | None = None
    ) -> _t.Any:
        """Applies a tag to a user."""
        call = _rt.Call(
            method="POST",
            path="/tags/{tag_id}/users/{user_id}",
            responses=_ADD_USER_TAG_RESPONSES,
            path_params={"tag_id": tag_id, "user_id": user_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return self._client.request(call)

    def remove_user_tag(self, *, tag_id: _uuid.UUID, user_id: _uuid.UUID) -> _t.Any:
        """Removes a tag from a user."""
        call = _rt.Call(
            method="DELETE",
            path="/tags/{tag_id}/users/{user_id}",
            responses=_REMOVE_USER_TAG_RESPONSES,
            path_params={"tag_id": tag_id, "user_id": user_id},
        )
        return self._client.request(call)

    def add_group_tag(self, *, tag_id: _uuid.UUID, group_id: _uuid.UUID) -> _t.Any:
        """Applies a tag to a group."""
        call = _rt.Call(
            method="POST",
            path="/tags/{tag_id}/groups/{group_id}",
            responses=_ADD_GROUP_TAG_RESPONSES,
            path_params={"tag_id": tag_id, "group_id": group_id},
        )
        return self._client.request(call)

    def remove_group_tag(self, *, tag_id: _uuid.UUID, group_id: _uuid.UUID) -> _t.Any:
        """Removes a tag from a group."""
        call = _rt.Call(
            method="DELETE",
            path="/tags/{tag_id}/groups/{group_id}",
            responses=_REMOVE_GROUP_TAG_RESPONSES,
            path_params={"tag_id": tag_id, "group_id": group_id},
        )
        return self._client.request(call)

    def add_resource_tag(self, *, tag_id: _uuid.UUID, resource_id: _uuid.UUID) -> _t.Any:
        """Applies a tag to a resource."""
        call = _rt.Call(
            method="POST",
            path="/tags/{tag_id}/resources/{resource_id}",
            responses=_ADD_RESOURCE_TAG_RESPONSES,
            path_params={"tag_id": tag_id, "resource_id": resource_id},
        )
        return self._client.request(call)

    def remove_resource_tag(self, *, tag_id: _uuid.UUID, resource_id: _uuid.UUID) -> _t.Any:
        """Removes a tag from a resource."""
        call = _rt.Call(
            method="DELETE",
            path="/tags/{tag_id}/resources/{resource_id}",
            responses=_REMOVE_RESOURCE_TAG_RESPONSES,
            path_params={"tag_id": tag_id, "resource_id": resource_id},
        )
        return self._client.request(call)


class TagsWithRawResponse:
    """Operations of this group, returning RawResponse objects."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    def get_tag_by_id(self, *, tag_id: _uuid.UUID) -> _rt.RawResponse[_models.Tag]:
        """Get tag by ID

        UNSTABLE. May be removed at any time. Gets a tag with the given id.
        """
        call = _rt.Call(
            method="GET",
            path="/tag/{tag_id}",
            responses=_GET_TAG_BY_ID_RESPONSES,
            path_params={"tag_id": tag_id},
        )
        return _t.cast("_rt.RawResponse[_models.Tag]", self._client.request_raw(call))

    def delete_tag_by_id(self, *, tag_id: _uuid.UUID) -> _rt.RawResponse[_t.Any]:
        """UNSTABLE. May be removed at any time. Deletes a tag with the given id."""
        call = _rt.Call(
            method="DELETE",
            path="/tag/{tag_id}",
            responses=_DELETE_TAG_BY_ID_RESPONSES,
            path_params={"tag_id": tag_id},
        )
        return self._client.request_raw(call)

    def get_tag(
        self, *, tag_key: str, tag_value: str | None = None
    ) -> _rt.RawResponse[_models.Tag]:
        """Gets a tag with the given key and value."""
        call = _rt.Call(
            method="GET",
            path="/tag",
            responses=_GET_TAG_RESPONSES,
            query={"tag_key": tag_key, "tag_value": tag_value},
        )
        return _t.cast("_rt.RawResponse[_models.Tag]", self._client.request_raw(call))

    def create_tag(
        self,
        *,
        tag_key: str | None = None,
        tag_value: str | None = None,
        admin_owner_id: _uuid.UUID | None = None,
        body: _models.CreateTagInfo | _t.Mapping[str, _t.Any] | None = None,
    ) -> _rt.RawResponse[_models.Tag]:
        """Creates a tag with the given key and value."""
        call = _rt.Call(
            method="POST",
            path="/tag",
            responses=_CREATE_TAG_RESPONSES,
            query={"tag_key": tag_key, "tag_value": tag_value, "admin_owner_id": admin_owner_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_rt.RawResponse[_models.Tag]", self._client.request_raw(call))

    def get_tags(
        self, *, cursor: str | None = None, page_size: int | None = None
    ) -> _rt.RawResponse[_models.PaginatedTagsList]:
        """Get tags

        Returns a list of tags created by your organization.
        """
        call = _rt.Call(
            method="GET",
            path="/tags",
            responses=_GET_TAGS_RESPONSES,
            query={"cursor": cursor, "page_size": page_size},
        )
        return _t.cast("_rt.RawResponse[_models.PaginatedTagsList]", self._client.request_raw(call))

    def add_user_tag(
        self, *, tag_id: _uuid.UUID, user_id: _uuid.UUID, body: dict[str, _t.Any] | None = None
    ) -> _rt.RawResponse[_t.Any]:
        """Applies a tag to a user."""
        call = _rt.Call(
            method="POST",
            path="/tags/{tag_id}/users/{user_id}",
            responses=_ADD_USER_TAG_RESPONSES,
            path_params={"tag_id": tag_id, "user_id": user_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return self._client.request_raw(call)

    def remove_user_tag(
        self, *, tag_id: _uuid.UUID, user_id: _uuid.UUID
    ) -> _rt.RawResponse[_t.Any]:
        """Removes a tag from a user."""
        call = _rt.Call(
            method="DELETE",
            path="/tags/{tag_id}/users/{user_id}",
            responses=_REMOVE_USER_TAG_RESPONSES,
            path_params={"tag_id": tag_id, "user_id": user_id},
        )
        return self._client.request_raw(call)

    def add_group_tag(self, *, tag_id: _uuid.UUID, group_id: _uuid.UUID) -> _rt.RawResponse[_t.Any]:
        """Applies a tag to a group."""
        call = _rt.Call(
            method="POST",
            path="/tags/{tag_id}/groups/{group_id}",
            responses=_ADD_GROUP_TAG_RESPONSES,
            path_params={"tag_id": tag_id, "group_id": group_id},
        )
        return self._client.request_raw(call)

    def remove_group_tag(
        self, *, tag_id: _uuid.UUID, group_id: _uuid.UUID
    ) -> _rt.RawResponse[_t.Any]:
        """Removes a tag from a group."""
        call = _rt.Call(
            method="DELETE",
            path="/tags/{tag_id}/groups/{group_id}",
            responses=_REMOVE_GROUP_TAG_RESPONSES,
            path_params={"tag_id": tag_id, "group_id": group_id},
        )
        return self._client.request_raw(call)

    def add_resource_tag(
        self, *, tag_id: _uuid.UUID, resource_id: _uuid.UUID
    ) -> _rt.RawResponse[_t.Any]:
        """Applies a tag to a resource."""
        call = _rt.Call(
            method="POST",
            path="/tags/{tag_id}/resources/{resource_id}",
            responses=_ADD_RESOURCE_TAG_RESPONSES,
            path_params={"tag_id": tag_id, "resource_id": resource_id},
        )
        return self._client.request_raw(call)

    def remove_resource_tag(
        self, *, tag_id: _uuid.UUID, resource_id: _uuid.UUID
    ) -> _rt.RawResponse[_t.Any]:
        """Removes a tag from a resource."""
        call = _rt.Call(
            method="DELETE",
            path="/tags/{tag_id}/resources/{resource_id}",
            responses=_REMOVE_RESOURCE_TAG_RESPONSES,
            path_params={"tag_id": tag_id, "resource_id": resource_id},
        )
        return self._client.request_raw(call)


class AsyncTags:
    """Operations of this group as coroutines."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncTagsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncTagsWithRawResponse(self._client)

    async def get_tag_by_id(self, *, tag_id: _uuid.UUID) -> _models.Tag:
        """Get tag by ID

        UNSTABLE. May be removed at any time. Gets a tag with the given id.
        """
        call = _rt.Call(
            method="GET",
            path="/tag/{tag_id}",
            responses=_GET_TAG_BY_ID_RESPONSES,
            path_params={"tag_id": tag_id},
        )
        return _t.cast("_models.Tag", await self._client.request(call))

    async def delete_tag_by_id(self, *, tag_id: _uuid.UUID) -> _t.Any:
        """UNSTABLE. May be removed at any time. Deletes a tag with the given id."""
        call = _rt.Call(
            method="DELETE",
            path="/tag/{tag_id}",
            responses=_DELETE_TAG_BY_ID_RESPONSES,
            path_params={"tag_id": tag_id},
        )
        return await self._client.request(call)

    async def get_tag(self, *, tag_key: str, tag_value: str | None = None) -> _models.Tag:
        """Gets a tag with the given key and value."""
        call = _rt.Call(
            method="GET",
            path="/tag",
            responses=_GET_TAG_RESPONSES,
            query={"tag_key": tag_key, "tag_value": tag_value},
        )
        return _t.cast("_models.Tag", await self._client.request(call))

    async def create_tag(
        self,
        *,
        tag_key: str | None = None,
        tag_value: str | None = None,
        admin_owner_id: _uuid.UUID | None = None,
        body: _models.CreateTagInfo | _t.Mapping[str, _t.Any] | None = None,
    ) -> _models.Tag:
        """Creates a tag with the given key and value."""
        call = _rt.Call(
            method="POST",
            path="/tag",
            responses=_CREATE_TAG_RESPONSES,
            query={"tag_key": tag_key, "tag_value": tag_value, "admin_owner_id": admin_owner_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_models.Tag", await self._client.request(call))

    async def get_tags(
        self, *, cursor: str | None = None, page_size: int | None = None
    ) -> _models.PaginatedTagsList:
        """Get tags

        Returns a list of tags created by your organization.
        """
        call = _rt.Call(
            method="GET",
            path="/tags",
            responses=_GET_TAGS_RESPONSES,
            query={"cursor": cursor, "page_size": page_size},
        )
        return _t.cast("_models.PaginatedTagsList", await self._client.request(call))

    def get_tags_iter(self, *, page_size: int | None = None) -> _t.AsyncIterator[_models.Tag]:
        """Like `get_tags`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            method="GET",
            path="/tags",
            responses=_GET_TAGS_RESPONSES,
            query={"page_size": page_size},
        )
        return _t.cast(
            "_t.AsyncIterator[_models.Tag]",
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

    async def add_user_tag(
        self, *, tag_id: _uuid.UUID, user_id: _uuid.UUID, body: dict[str, _t.Any] | None = None
    ) -> _t.Any:
        """Applies a tag to a user."""
        call = _rt.Call(
            method="POST",
            path="/tags/{tag_id}/users/{user_id}",
            responses=_ADD_USER_TAG_RESPONSES,
            path_params={"tag_id": tag_id, "user_id": user_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return await self._client.request(call)

    async def remove_user_tag(self, *, tag_id: _uuid.UUID, user_id: _uuid.UUID) -> _t.Any:
        """Removes a tag from a user."""
        call = _rt.Call(
            method="DELETE",
            path="/tags/{tag_id}/users/{user_id}",
            responses=_REMOVE_USER_TAG_RESPONSES,
            path_params={"tag_id": tag_id, "user_id": user_id},
        )
        return await self._client.request(call)

    async def add_group_tag(self, *, tag_id: _uuid.UUID, group_id: _uuid.UUID) -> _t.Any:
        """Applies a tag to a group."""
        call = _rt.Call(
            method="POST",
            path="/tags/{tag_id}/groups/{group_id}",
            responses=_ADD_GROUP_TAG_RESPONSES,
            path_params={"tag_id": tag_id, "group_id": group_id},
        )
        return await self._client.request(call)

    async def remove_group_tag(self, *, tag_id: _uuid.UUID, group_id: _uuid.UUID) -> _t.Any:
        """Removes a tag from a group."""
        call = _rt.Call(
            method="DELETE",
            path="/tags/{tag_id}/groups/{group_id}",
            responses=_REMOVE_GROUP_TAG_RESPONSES,
            path_params={"tag_id": tag_id, "group_id": group_id},
        )
        return await self._client.request(call)

    async def add_resource_tag(self, *, tag_id: _uuid.UUID, resource_id: _uuid.UUID) -> _t.Any:
        """Applies a tag to a resource."""
        call = _rt.Call(
            method="POST",
            path="/tags/{tag_id}/resources/{resource_id}",
            responses=_ADD_RESOURCE_TAG_RESPONSES,
            path_params={"tag_id": tag_id, "resource_id": resource_id},
        )
        return await self._client.request(call)

    async def remove_resource_tag(self, *, tag_id: _uuid.UUID, resource_id: _uuid.UUID) -> _t.Any:
        """Removes a tag from a resource."""
        call = _rt.Call(
            method="DELETE",
            path="/tags/{tag_id}/resources/{resource_id}",
            responses=_REMOVE_RESOURCE_TAG_RESPONSES,
            path_params={"tag_id": tag_id, "resource_id": resource_id},
        )
        return await self._client.request(call)


class AsyncTagsWithRawResponse:
    """Operations of this group as coroutines, returning RawResponse objects."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    async def get_tag_by_id(self, *, tag_id: _uuid.UUID) -> _rt.RawResponse[_models.Tag]:
        """Get tag by ID

        UNSTABLE. May be removed at any time. Gets a tag with the given id.
        """
        call = _rt.Call(
            method="GET",
            path="/tag/{tag_id}",
            responses=_GET_TAG_BY_ID_RESPONSES,
            path_params={"tag_id": tag_id},
        )
        return _t.cast("_rt.RawResponse[_models.Tag]", await self._client.request_raw(call))

    async def delete_tag_by_id(self, *, tag_id: _uuid.UUID) -> _rt.RawResponse[_t.Any]:
        """UNSTABLE. May be removed at any time. Deletes a tag with the given id."""
        call = _rt.Call(
            method="DELETE",
            path="/tag/{tag_id}",
            responses=_DELETE_TAG_BY_ID_RESPONSES,
            path_params={"tag_id": tag_id},
        )
        return await self._client.request_raw(call)

    async def get_tag(
        self, *, tag_key: str, tag_value: str | None = None
    ) -> _rt.RawResponse[_models.Tag]:
        """Gets a tag with the given key and value."""
        call = _rt.Call(
            method="GET",
            path="/tag",
            responses=_GET_TAG_RESPONSES,
            query={"tag_key": tag_key, "tag_value": tag_value},
        )
        return _t.cast("_rt.RawResponse[_models.Tag]", await self._client.request_raw(call))

    async def create_tag(
        self,
        *,
        tag_key: str | None = None,
        tag_value: str | None = None,
        admin_owner_id: _uuid.UUID | None = None,
        body: _models.CreateTagInfo | _t.Mapping[str, _t.Any] | None = None,
    ) -> _rt.RawResponse[_models.Tag]:
        """Creates a tag with the given key and value."""
        call = _rt.Call(
            method="POST",
            path="/tag",
            responses=_CREATE_TAG_RESPONSES,
            query={"tag_key": tag_key, "tag_value": tag_value, "admin_owner_id": admin_owner_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_rt.RawResponse[_models.Tag]", await self._client.request_raw(call))

    async def get_tags(
        self, *, cursor: str | None = None, page_size: int | None = None
    ) -> _rt.RawResponse[_models.PaginatedTagsList]:
        """Get tags

        Returns a list of tags created by your organization.
        """
        call = _rt.Call(
            method="GET",
            path="/tags",
            responses=_GET_TAGS_RESPONSES,
            query={"cursor": cursor, "page_size": page_size},
        )
        return _t.cast(
            "_rt.RawResponse[_models.PaginatedTagsList]", await self._client.request_raw(call)
        )

    async def add_user_tag(
        self, *, tag_id: _uuid.UUID, user_id: _uuid.UUID, body: dict[str, _t.Any] | None = None
    ) -> _rt.RawResponse[_t.Any]:
        """Applies a tag to a user."""
        call = _rt.Call(
            method="POST",
            path="/tags/{tag_id}/users/{user_id}",
            responses=_ADD_USER_TAG_RESPONSES,
            path_params={"tag_id": tag_id, "user_id": user_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return await self._client.request_raw(call)

    async def remove_user_tag(
        self, *, tag_id: _uuid.UUID, user_id: _uuid.UUID
    ) -> _rt.RawResponse[_t.Any]:
        """Removes a tag from a user."""
        call = _rt.Call(
            method="DELETE",
            path="/tags/{tag_id}/users/{user_id}",
            responses=_REMOVE_USER_TAG_RESPONSES,
            path_params={"tag_id": tag_id, "user_id": user_id},
        )
        return await self._client.request_raw(call)

    async def add_group_tag(
        self, *, tag_id: _uuid.UUID, group_id: _uuid.UUID
    ) -> _rt.RawResponse[_t.Any]:
        """Applies a tag to a group."""
        call = _rt.Call(
            method="POST",
            path="/tags/{tag_id}/groups/{group_id}",
            responses=_ADD_GROUP_TAG_RESPONSES,
            path_params={"tag_id": tag_id, "group_id": group_id},
        )
        return await self._client.request_raw(call)

    async def remove_group_tag(
        self, *, tag_id: _uuid.UUID, group_id: _uuid.UUID
    ) -> _rt.RawResponse[_t.Any]:
        """Removes a tag from a group."""
        call = _rt.Call(
            method="DELETE",
            path="/tags/{tag_id}/groups/{group_id}",
            responses=_REMOVE_GROUP_TAG_RESPONSES,
            path_params={"tag_id": tag_id, "group_id": group_id},
        )
        return await self._client.request_raw(call)

    async def add_resource_tag(
        self, *, tag_id: _uuid.UUID, resource_id: _uuid.UUID
    ) -> _rt.RawResponse[_t.Any]:
        """Applies a tag to a resource."""
        call = _rt.Call(
            method="POST",
            path="/tags/{tag_id}/resources/{resource_id}",
            responses=_ADD_RESOURCE_TAG_RESPONSES,
            path_params={"tag_id": tag_id, "resource_id": resource_id},
        )
        return await self._client.request_raw(call)

    async def remove_resource_tag(
        self, *, tag_id: _uuid.UUID, resource_id: _uuid.UUID
    ) -> _rt.RawResponse[_t.Any]:
        """Removes a tag from a resource."""
        call = _rt.Call(
            method="DELETE",
            path="/tags/{tag_id}/resources/{resource_id}",
            responses=_REMOVE_RESOURCE_TAG_RESPONSES,
            path_params={"tag_id": tag_id, "resource_id": resource_id},
        )
        return await self._client.request_raw(call)
