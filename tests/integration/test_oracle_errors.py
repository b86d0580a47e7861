"""Oracle: non-2xx statuses become the matching errors.ApiError subclass with a decoded body."""

from __future__ import annotations

import pytest

from oracle_ag_client import Client, errors, models

GET_PATH = "/access-governance/access-controls/20250331/accessRequests/{id}"
LIST_PATH = "/access-governance/access-controls/20250331/accessRequests"


def client_for(server, **kwargs) -> Client:
    return Client(token="ready-token", base_url=server.url, **kwargs)


def test_404_not_found_with_error_model_and_request_id(server) -> None:
    server.reply(404, json={"code": "NotFound", "message": "Access request ar-404 not found"},
                 headers={"opc-request-id": "E4F1C2/abc/123"})
    with client_for(server) as client:
        with pytest.raises(errors.NotFoundError) as info:
            client.access_requests.get_access_request(access_request_id="ar-404",
                                                      opc_request_id="mine-1")

    sent = server.requests[0]
    assert sent.method == "GET"
    assert sent.path == GET_PATH.format(id="ar-404")
    assert sent.header("opc-request-id") == "mine-1"
    assert len(server.requests) == 1

    err = info.value
    assert isinstance(err, errors.ApiError)
    assert err.status_code == 404
    assert isinstance(err.body, models.Error)
    assert err.body.code == "NotFound"
    assert err.body.message == "Access request ar-404 not found"
    assert err.request_id == "E4F1C2/abc/123"
    assert err.headers["opc-request-id"] == "E4F1C2/abc/123"
    assert "404" in str(err)
    assert "Access request ar-404 not found" in str(err)
    assert "ready-token" not in str(err)


def test_400_bad_request(server) -> None:
    server.reply(400, json={"code": "InvalidParameter", "message": "limit must be <= 1000"},
                 headers={"opc-request-id": "rid-400"})
    with client_for(server) as client:
        with pytest.raises(errors.BadRequestError) as info:
            client.access_requests.list_access_requests(limit=5000)
    assert server.requests[0].query == {"limit": ["5000"]}
    err = info.value
    assert err.status_code == 400
    assert isinstance(err.body, models.Error)
    assert err.body.code == "InvalidParameter"
    assert err.request_id == "rid-400"
    assert len(server.requests) == 1


def test_500_server_error_on_post_is_not_retried(server, sleeps) -> None:
    server.reply(500, json={"code": "InternalError", "message": "boom"},
                 headers={"opc-request-id": "rid-500"})
    with client_for(server) as client:
        with pytest.raises(errors.ServerError) as info:
            client.access_requests.create_access_request(body={"justification": "x"})
    err = info.value
    assert isinstance(err, errors.ApiError)
    assert err.status_code == 500
    assert isinstance(err.body, models.Error)
    assert err.body.message == "boom"
    assert err.request_id == "rid-500"
    assert len(server.requests) == 1
    assert sleeps == []


def test_500_on_get_without_retries(server) -> None:
    server.reply(500, json={"code": "InternalError", "message": "db down"},
                 headers={"opc-request-id": "rid-get-500"})
    with client_for(server, max_retries=0) as client:
        with pytest.raises(errors.ServerError) as info:
            client.access_requests.get_access_request(access_request_id="ar-1")
    assert info.value.status_code == 500
    assert info.value.request_id == "rid-get-500"
    assert "db down" in str(info.value)
    assert len(server.requests) == 1


def test_error_without_declared_schema_keeps_plain_json(server) -> None:
    """Opal declares no error responses: the body is the decoded JSON as sent."""
    from opal_client import Client as OpalClient
    from opal_client import errors as opal_errors

    server.reply(404, json={"error": "request not found", "id": "x"},
                 headers={"X-Request-Id": "opal-rid"})
    with OpalClient(token="secret", base_url=server.url) as client:
        with pytest.raises(opal_errors.NotFoundError) as info:
            client.requests.get_request(id="1b978423-db0a-4037-a4cf-f79c60cb67b3")
    assert info.value.status_code == 404
    assert info.value.body == {"error": "request not found", "id": "x"}
    assert info.value.request_id == "opal-rid"
    assert "secret" not in str(info.value)


def test_non_json_error_body_is_text(server) -> None:
    server.reply(502, body=b"<html>Bad Gateway</html>", headers={"Content-Type": "text/html"})
    with client_for(server, max_retries=0) as client:
        with pytest.raises(errors.ServerError) as info:
            client.access_requests.get_access_request(access_request_id="ar-1")
    assert info.value.status_code == 502
    assert info.value.body == "<html>Bad Gateway</html>"


@pytest.mark.parametrize(
    ("status", "error_class"),
    [
        (401, errors.AuthenticationError),
        (403, errors.PermissionDeniedError),
        (409, errors.ConflictError),
        (429, errors.RateLimitError),
        (503, errors.ServerError),
        (418, errors.ApiError),
        (422, errors.UnprocessableEntityError),
    ],
)
def test_status_to_error_class(server, status: int, error_class: type) -> None:
    server.reply(status, json={"code": f"E{status}", "message": f"status {status}"})
    with client_for(server, max_retries=0) as client:
        with pytest.raises(errors.ApiError) as info:
            client.access_requests.create_access_request(body={})
    assert type(info.value) is error_class
    assert info.value.status_code == status
    assert len(server.requests) == 1
    # create_access_request declares Error for 401/404/409/429/500 and default
    assert isinstance(info.value.body, models.Error)
    assert info.value.body.code == f"E{status}"
