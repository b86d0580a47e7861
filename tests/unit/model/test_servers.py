"""generator.model.servers: why a server URL cannot be a base URL, and the path a README's
placeholder keeps of it. (tests/integration/test_base_urls.py holds server_url_problem
equal to the runtime's twin over a table of URLs; here, each reason and base_path.)"""

from __future__ import annotations

import pytest

from generator.model.servers import base_path, server_url_problem


@pytest.mark.parametrize(("url", "problem"), [
    ("https://api.test/v1", None),
    ("http://127.0.0.1:8080", None),
    ("https://{region}.api.test", "keeps a {variable} that has no default"),
    ("https://api.test/a b", "holds a space or a character a URL cannot hold"),
    ("https://api.test/<v1>", "holds a space or a character a URL cannot hold"),
    ("https://api.test:port/v1", "is malformed"),
    ("/v1", "is relative"),
    ("ftp://files.test/", "is not http(s) (ftp:)"),
    ("https:///v1", "has no host"),
])
def test_server_url_problem_names_the_first_reason(url: str, problem: str | None) -> None:
    assert server_url_problem(url) == problem


@pytest.mark.parametrize(("url", "path"), [
    ("https://api.test/v1.53/", "/v1.53"),
    ("/api/v2", "/api/v2"),  # relative: the path is still what the base URL ends with
    ("https://{region}.api.test/v1", ""),  # a variable: nothing is kept
    ("https://user:secret@api.test/v1", ""),  # credentials are never shown
    ("https://api.test//v1", ""),  # alone, "//v1" would read as a host
    ("https://api.test", ""),
    ("https://api.test/a b", ""),
])
def test_base_path_keeps_only_a_path_a_base_url_can_end_with(url: str, path: str) -> None:
    assert base_path(url) == path
