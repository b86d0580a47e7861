"""A spec's bytes from a file or an http(s) URL, within a time and a size limit.

Kept apart from update so the command line can name the defaults without loading the stages
an update runs.
"""

from __future__ import annotations

import re
import time
from pathlib import Path
from typing import NoReturn

from generator.diagnostics import Diagnostic, SpecError
from generator.read.limits import FETCH_TIMEOUT, MAX_BYTES

DEFAULT_TIMEOUT = FETCH_TIMEOUT
DEFAULT_MAX_BYTES = MAX_BYTES

URL = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://")  # a scheme: what a path never starts with


def fetch(source: str, timeout: float, max_bytes: int) -> bytes:
    """The bytes at a file path or an http(s) URL, refusing more than `max_bytes`."""
    if URL.match(source):
        if not source.lower().startswith(("http://", "https://")):
            _fail("fetch-failed", "only http(s) URLs and file paths can be fetched", source)
        return _download(source, timeout, max_bytes)
    path = Path(source)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            _fail("too-large", f"file is {size} bytes; the limit is {max_bytes} "
                  "(--max-bytes)", source)
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        _fail("fetch-failed", f"cannot read file: {exc.strerror or exc}", source)
    if len(data) > max_bytes:
        _fail("too-large", f"file is larger than the limit of {max_bytes} bytes", source)
    return data


def _download(url: str, timeout: float, max_bytes: int) -> bytes:
    import httpx

    deadline = time.monotonic() + timeout
    chunks: list[bytes] = []
    size = 0
    headers = {"Accept": "application/yaml, application/json, text/plain, */*",
               "Accept-Encoding": "identity"}
    try:
        with httpx.Client(timeout=timeout, follow_redirects=True) as client, \
                client.stream("GET", url, headers=headers) as response:
            if not response.is_success:
                _fail("fetch-failed", f"HTTP {response.status_code} "
                      f"{response.reason_phrase}".rstrip(), url)
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > max_bytes:
                _fail("too-large", f"the server announces {declared} bytes; the limit is "
                      f"{max_bytes} (--max-bytes)", url)
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > max_bytes:
                    _fail("too-large", f"the body is larger than the limit of {max_bytes} "
                          "bytes (--max-bytes)", url)
                if time.monotonic() > deadline:
                    raise httpx.ReadTimeout("the whole body did not arrive in time")
                chunks.append(chunk)
    except httpx.TimeoutException:
        _fail("fetch-failed", f"timed out after {timeout:g} s (--timeout)", url)
    except httpx.HTTPError as exc:
        _fail("fetch-failed", f"cannot fetch: {type(exc).__name__}: {exc}", url)
    return b"".join(chunks)


def _fail(code: str, message: str, where: str) -> NoReturn:
    raise SpecError([Diagnostic("error", code, message, where)])
