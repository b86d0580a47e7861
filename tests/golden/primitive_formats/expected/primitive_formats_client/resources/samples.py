"""Operations tagged 'samples' (generated)."""

from __future__ import annotations

import datetime as _dt
import functools as _ft
import typing as _t
import uuid as _uuid

from .. import _runtime as _rt
from .. import models as _m

_GET_SAMPLE_RESPONSES: _rt.Responses = {"200": ("json", _rt.ModelOf("Sample"))}
_DOWNLOAD_SAMPLE_RESPONSES: _rt.Responses = {"200": ("binary", None)}
_GET_SAMPLE_TEXT_RESPONSES: _rt.Responses = {"200": ("text", None)}


class Samples(_rt.Group):
    """Operations of this group; each returns the decoded body."""

    @_ft.cached_property
    def with_raw_response(self) -> SamplesWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return SamplesWithRawResponse(_rt.RawCalls(self._client))

    def get_sample(
        self,
        *,
        sample_id: _uuid.UUID | str,
        since: _dt.datetime | str | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.Sample:
        """GET /samples/{sampleId}

        Args:
            sample_id:
            since:
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "GET",
            "/samples/{sampleId}",
            _GET_SAMPLE_RESPONSES,
            path_params={"sampleId": sample_id},
            query={"since": since},
            options=options,
        )
        return _t.cast("_m.Sample", self._client.request(call))

    def download_sample(
        self, *, sample_id: _uuid.UUID | str, **options: _t.Unpack[_rt.RequestOptions]
    ) -> bytes:
        """GET /samples/{sampleId}/raw

        Args:
            sample_id:
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "GET",
            "/samples/{sampleId}/raw",
            _DOWNLOAD_SAMPLE_RESPONSES,
            path_params={"sampleId": sample_id},
            options=options,
        )
        return _t.cast("bytes", self._client.request(call))

    def get_sample_text(
        self, *, sample_id: _uuid.UUID | str, **options: _t.Unpack[_rt.RequestOptions]
    ) -> str:
        """GET /samples/{sampleId}/text

        Args:
            sample_id:
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "GET",
            "/samples/{sampleId}/text",
            _GET_SAMPLE_TEXT_RESPONSES,
            path_params={"sampleId": sample_id},
            options=options,
        )
        return _t.cast("str", self._client.request(call))


class SamplesWithRawResponse(_rt.Group):
    """Operations of this group, returning RawResponse objects."""

    get_sample = _rt.to_raw_response(Samples.get_sample)
    download_sample = _rt.to_raw_response(Samples.download_sample)
    get_sample_text = _rt.to_raw_response(Samples.get_sample_text)


class AsyncSamples(_rt.Group):
    """Operations of this group as coroutines (the same methods: the client awaits)."""

    @_ft.cached_property
    def with_raw_response(self) -> AsyncSamplesWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncSamplesWithRawResponse(_rt.RawCalls(self._client))

    get_sample = _rt.to_async(Samples.get_sample)
    download_sample = _rt.to_async(Samples.download_sample)
    get_sample_text = _rt.to_async(Samples.get_sample_text)


class AsyncSamplesWithRawResponse(_rt.Group):
    """Operations of this group as coroutines, returning RawResponse objects."""

    get_sample = _rt.to_async_raw_response(Samples.get_sample)
    download_sample = _rt.to_async_raw_response(Samples.download_sample)
    get_sample_text = _rt.to_async_raw_response(Samples.get_sample_text)
