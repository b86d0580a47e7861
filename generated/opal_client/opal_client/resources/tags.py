"""Operations tagged 'tags' (generated)."""

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

_GET_TAG_BY_ID_RESPONSES: _rt.Responses = {"200": ("json", _rt.ModelOf("Tag"))}
_DELETE_TAG_BY_ID_RESPONSES: _rt.Responses = {"200": ("empty", None)}
_GET_TAG_RESPONSES: _rt.Responses = {"200": ("json", _rt.ModelOf("Tag"))}
_CREATE_TAG_RESPONSES: _rt.Responses = {"200": ("json", _rt.ModelOf("Tag"))}
_GET_TAGS_RESPONSES: _rt.Responses = {"200": ("json", _rt.ModelOf("PaginatedTagsList"))}
_GET_TAGS_PAGING = _rt.Paging(
    param="cursor", items_attr="results", items_wire="results", token_attr="next", token_wire="next"
)
_ADD_USER_TAG_RESPONSES: _rt.Responses = {"200": ("empty", None)}
_REMOVE_USER_TAG_RESPONSES: _rt.Responses = {"200": ("empty", None)}
_ADD_GROUP_TAG_RESPONSES: _rt.Responses = {"200": ("empty", None)}
_REMOVE_GROUP_TAG_RESPONSES: _rt.Responses = {"200": ("empty", None)}
_ADD_RESOURCE_TAG_RESPONSES: _rt.Responses = {"200": ("empty", None)}
_REMOVE_RESOURCE_TAG_RESPONSES: _rt.Responses = {"200": ("empty", None)}


class Tags(_rt.Group):
    """Operations of this group; each returns the decoded body."""

    @_ft.cached_property
    def with_raw_response(self) -> TagsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return TagsWithRawResponse(_rt.RawCalls(self._client))

    def get_tag_by_id(
        self, *, tag_id: _uuid.UUID | str, **options: _t.Unpack[_rt.RequestOptions]
    ) -> _m.Tag:
        """Get tag by ID

        UNSTABLE. May be removed at any time. Gets a tag with the given id.

        Args:
            tag_id: The tag ID
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "GET",
            "/tag/{tag_id}",
            _GET_TAG_BY_ID_RESPONSES,
            path_params={"tag_id": tag_id},
            options=options,
        )
        return _t.cast("_m.Tag", self._client.request(call))

    def delete_tag_by_id(
        self, *, tag_id: _uuid.UUID | str, **options: _t.Unpack[_rt.RequestOptions]
    ) -> None:
        """UNSTABLE. May be removed at any time. Deletes a tag with the given id.

        Args:
            tag_id: The tag ID
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "DELETE",
            "/tag/{tag_id}",
            _DELETE_TAG_BY_ID_RESPONSES,
            path_params={"tag_id": tag_id},
            options=options,
        )
        return _t.cast("None", self._client.request(call))

    def get_tag(
        self,
        *,
        tag_key: str,
        tag_value: str | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.Tag:
        """Gets a tag with the given key and value.

        Args:
            tag_key: The key of the tag to get.
            tag_value: The value of the tag to get.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "GET",
            "/tag",
            _GET_TAG_RESPONSES,
            query={"tag_key": tag_key, "tag_value": tag_value},
            options=options,
        )
        return _t.cast("_m.Tag", self._client.request(call))

    def create_tag(
        self,
        *,
        tag_key: str | None = None,
        tag_value: str | None = None,
        admin_owner_id: _uuid.UUID | str | None = None,
        body: _m.CreateTagInfo | _types.CreateTagInfoParam | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.Tag:
        """Creates a tag with the given key and value.

        Args:
            tag_key: The key of the tag to create.
            tag_value: The value of the tag to create.
            admin_owner_id: The ID of the owner that manages the tag.
            body:
                tag_key (required): The key of the tag to create.
                tag_value (optional): The value of the tag to create.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "POST",
            "/tag",
            _CREATE_TAG_RESPONSES,
            query={"tag_key": tag_key, "tag_value": tag_value, "admin_owner_id": admin_owner_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
            options=options,
        )
        return _t.cast("_m.Tag", self._client.request(call))

    def get_tags(
        self,
        *,
        cursor: str | None = None,
        page_size: int | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.PaginatedTagsList:
        """Get tags

        Returns a list of tags created by your organization.

        Args:
            cursor: The pagination cursor value.
            page_size: Number of results to return per page. Default is 200.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "GET",
            "/tags",
            _GET_TAGS_RESPONSES,
            query={"cursor": cursor, "page_size": page_size},
            options=options,
        )
        return _t.cast("_m.PaginatedTagsList", self._client.request(call))

    def get_tags_iter(
        self, *, page_size: int | None = None, **options: _t.Unpack[_rt.RequestOptions]
    ) -> _t.Iterator[_m.Tag]:
        """Like `get_tags`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            "GET", "/tags", _GET_TAGS_RESPONSES, query={"page_size": page_size}, options=options
        )
        return _t.cast("_t.Iterator[_m.Tag]", self._client.paginate(call, _GET_TAGS_PAGING))

    def add_user_tag(
        self,
        *,
        tag_id: _uuid.UUID | str,
        user_id: _uuid.UUID | str,
        body: dict[str, _t.Any] | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> None:
        """Applies a tag to a user.

        Args:
            tag_id: The ID of the tag to apply.
            user_id: The ID of the user to apply the tag to.
            body:
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "POST",
            "/tags/{tag_id}/users/{user_id}",
            _ADD_USER_TAG_RESPONSES,
            path_params={"tag_id": tag_id, "user_id": user_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
            options=options,
        )
        return _t.cast("None", self._client.request(call))

    def remove_user_tag(
        self,
        *,
        tag_id: _uuid.UUID | str,
        user_id: _uuid.UUID | str,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> None:
        """Removes a tag from a user.

        Args:
            tag_id: The ID of the tag to remove.
            user_id: The ID of the user to remove the tag from.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "DELETE",
            "/tags/{tag_id}/users/{user_id}",
            _REMOVE_USER_TAG_RESPONSES,
            path_params={"tag_id": tag_id, "user_id": user_id},
            options=options,
        )
        return _t.cast("None", self._client.request(call))

    def add_group_tag(
        self,
        *,
        tag_id: _uuid.UUID | str,
        group_id: _uuid.UUID | str,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> None:
        """Applies a tag to a group.

        Args:
            tag_id: The ID of the tag to apply.
            group_id: The ID of the group to apply the tag to.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "POST",
            "/tags/{tag_id}/groups/{group_id}",
            _ADD_GROUP_TAG_RESPONSES,
            path_params={"tag_id": tag_id, "group_id": group_id},
            options=options,
        )
        return _t.cast("None", self._client.request(call))

    def remove_group_tag(
        self,
        *,
        tag_id: _uuid.UUID | str,
        group_id: _uuid.UUID | str,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> None:
        """Removes a tag from a group.

        Args:
            tag_id: The ID of the tag to remove.
            group_id: The ID of the group to remove the tag from.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "DELETE",
            "/tags/{tag_id}/groups/{group_id}",
            _REMOVE_GROUP_TAG_RESPONSES,
            path_params={"tag_id": tag_id, "group_id": group_id},
            options=options,
        )
        return _t.cast("None", self._client.request(call))

    def add_resource_tag(
        self,
        *,
        tag_id: _uuid.UUID | str,
        resource_id: _uuid.UUID | str,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> None:
        """Applies a tag to a resource.

        Args:
            tag_id: The ID of the tag to apply.
            resource_id: The ID of the resource to apply the tag to.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "POST",
            "/tags/{tag_id}/resources/{resource_id}",
            _ADD_RESOURCE_TAG_RESPONSES,
            path_params={"tag_id": tag_id, "resource_id": resource_id},
            options=options,
        )
        return _t.cast("None", self._client.request(call))

    def remove_resource_tag(
        self,
        *,
        tag_id: _uuid.UUID | str,
        resource_id: _uuid.UUID | str,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> None:
        """Removes a tag from a resource.

        Args:
            tag_id: The ID of the tag to remove.
            resource_id: The ID of the resource to remove the tag from.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "DELETE",
            "/tags/{tag_id}/resources/{resource_id}",
            _REMOVE_RESOURCE_TAG_RESPONSES,
            path_params={"tag_id": tag_id, "resource_id": resource_id},
            options=options,
        )
        return _t.cast("None", self._client.request(call))


class TagsWithRawResponse(_rt.Group):
    """Operations of this group, returning RawResponse objects."""

    get_tag_by_id = _rt.to_raw_response(Tags.get_tag_by_id)
    delete_tag_by_id = _rt.to_raw_response(Tags.delete_tag_by_id)
    get_tag = _rt.to_raw_response(Tags.get_tag)
    create_tag = _rt.to_raw_response(Tags.create_tag)
    get_tags = _rt.to_raw_response(Tags.get_tags)
    add_user_tag = _rt.to_raw_response(Tags.add_user_tag)
    remove_user_tag = _rt.to_raw_response(Tags.remove_user_tag)
    add_group_tag = _rt.to_raw_response(Tags.add_group_tag)
    remove_group_tag = _rt.to_raw_response(Tags.remove_group_tag)
    add_resource_tag = _rt.to_raw_response(Tags.add_resource_tag)
    remove_resource_tag = _rt.to_raw_response(Tags.remove_resource_tag)


class AsyncTags(_rt.Group):
    """Operations of this group as coroutines (the same methods: the client awaits)."""

    @_ft.cached_property
    def with_raw_response(self) -> AsyncTagsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncTagsWithRawResponse(_rt.RawCalls(self._client))

    get_tag_by_id = _rt.to_async(Tags.get_tag_by_id)
    delete_tag_by_id = _rt.to_async(Tags.delete_tag_by_id)
    get_tag = _rt.to_async(Tags.get_tag)
    create_tag = _rt.to_async(Tags.create_tag)
    get_tags = _rt.to_async(Tags.get_tags)
    get_tags_iter = _rt.to_async_iterator(Tags.get_tags_iter)
    add_user_tag = _rt.to_async(Tags.add_user_tag)
    remove_user_tag = _rt.to_async(Tags.remove_user_tag)
    add_group_tag = _rt.to_async(Tags.add_group_tag)
    remove_group_tag = _rt.to_async(Tags.remove_group_tag)
    add_resource_tag = _rt.to_async(Tags.add_resource_tag)
    remove_resource_tag = _rt.to_async(Tags.remove_resource_tag)


class AsyncTagsWithRawResponse(_rt.Group):
    """Operations of this group as coroutines, returning RawResponse objects."""

    get_tag_by_id = _rt.to_async_raw_response(Tags.get_tag_by_id)
    delete_tag_by_id = _rt.to_async_raw_response(Tags.delete_tag_by_id)
    get_tag = _rt.to_async_raw_response(Tags.get_tag)
    create_tag = _rt.to_async_raw_response(Tags.create_tag)
    get_tags = _rt.to_async_raw_response(Tags.get_tags)
    add_user_tag = _rt.to_async_raw_response(Tags.add_user_tag)
    remove_user_tag = _rt.to_async_raw_response(Tags.remove_user_tag)
    add_group_tag = _rt.to_async_raw_response(Tags.add_group_tag)
    remove_group_tag = _rt.to_async_raw_response(Tags.remove_group_tag)
    add_resource_tag = _rt.to_async_raw_response(Tags.add_resource_tag)
    remove_resource_tag = _rt.to_async_raw_response(Tags.remove_resource_tag)
