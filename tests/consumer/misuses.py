"""Each line marked `# misuse` must be reported by mypy --strict and by pyright."""

from __future__ import annotations

import opal_client
from opal_client import Client
from opal_client.types import ApproveRequestRequestParam, CreateRequestInfoParam


def misuse(client: Client) -> None:
    a: CreateRequestInfoParam = {"resources": [], "groups": [], "reason": "r", "duration_minutes": 1, "reasn": "x"}  # misuse
    b: CreateRequestInfoParam = {"resources": [], "groups": [], "reason": 1, "duration_minutes": 1}  # misuse
    c: CreateRequestInfoParam = {"resources": [], "groups": [], "duration_minutes": 1}  # misuse
    client.requests.get_request(id=123)  # misuse
    client.requests.get_request(id="x", timeout="slow")  # misuse
    client.requests.get_request(id="x", retries=1)  # misuse
    client.requests.create_request(body={"resources": [], "groups": [], "reason": "r", "duration_minutes": "1"})  # misuse
    client.with_options(max_retries="3")  # misuse
    request = client.requests.get_request(id="x")
    print(request.duration_minutes + 1)  # misuse
    d: ApproveRequestRequestParam = {"level": "REGULR"}  # misuse
    client.requests.approve_request(id="x", body={"level": "REGULR"})  # misuse
    client.requests.get_requests_relay(status="PENDIN")  # misuse
    client.requests.approve_request(id="x", body=opal_client.models.ApproveRequestRequest(level="REGULR"))  # misuse
    print(a, b, c, d)
