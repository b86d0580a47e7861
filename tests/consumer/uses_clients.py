"""A user's script, written from docs/CONTRACT.md alone: it must pass mypy --strict and
pyright with no casts, no `# type: ignore` and no sentinel checks."""

from __future__ import annotations

import asyncio
import uuid

import opal_client
import oracle_ag_client
from opal_client import Client, NotFoundError, UnprocessableEntityError
from opal_client.types import CreateRequestInfoParam


def create(client: Client, user: str) -> str:
    body: CreateRequestInfoParam = {
        "resources": [{"id": "1b978423-db0a-4037-a4cf-f79c60cb67b3", "access_level_remote_id": "r"}],
        "groups": [],
        "reason": "on call",
        "duration_minutes": 60,
        "target_user_id": user,
    }
    created = client.requests.create_request(body=body, timeout=5.0,
                                             extra_headers={"X-Trace": "1"})
    return str(created.id)


def lookup(client: Client, request_id: str) -> str | None:
    try:
        request = client.requests.get_request(id=request_id, max_retries=0)
    except NotFoundError as error:
        return f"{error.status_code} {error.request_id}"
    except UnprocessableEntityError:
        return None
    if request.target_user_id:  # optional fields narrow with ordinary checks
        print(request.target_user_id.hex)
    if request.duration_minutes is not None:
        print(request.duration_minutes + 1)
    same = client.requests.get_request(id=uuid.UUID(request_id))
    raw = client.requests.with_raw_response.get_request(id=request_id, extra_query={"a": 1})
    assert raw.parsed.id == same.id
    return request.reason


def approve(client: Client, request_id: str) -> None:
    # a request enum takes its wire value or its member; a response enum stays open
    client.requests.approve_request(id=request_id, body={"level": "REGULAR"})
    client.requests.approve_request(id=request_id,
                                    body={"level": opal_client.models.RequestApprovalEnum.ADMIN})
    page = client.requests.get_requests_relay(status="PENDING")
    print(page)
    if client.requests.get_request(id=request_id).status == "EXPIRED":
        print("a value the spec does not list yet")


def tuned(client: Client) -> Client:
    return client.with_options(timeout=2.0, max_retries=5, default_headers={"X-Team": "a"})


def every_user(client: Client) -> list[str]:
    return [str(user.user_id) for user in client.users.get_users_iter(extra_headers={"A": "b"})]


async def oracle_requests() -> int:
    async with oracle_ag_client.AsyncClient(client_id="id", client_secret="s",
                                            token_url="https://idcs.example/oauth2/v1/token",
                                            base_url="https://ag.example") as client:
        page = await client.access_requests.list_access_requests(timeout=10.0)
        return 1 if page else 0


def version() -> str:
    return opal_client.__version__ + oracle_ag_client.__version__


if __name__ == "__main__":
    asyncio.run(oracle_requests())
