"""Benchmark 4: decode a GET /requests page of realistic Request objects; encode a body.

Everything runs in one process: each figure is the median time of one call over several
repeats (see median_seconds), measured in the same process as `json.loads` of the same
bytes, which the ratios are taken against. Every decoder must give back all the requests.

Run by run.py in the peers' venv:
    python -m benchmarks.decoding --items 1000 --opc-out DIR --dm-models FILE --json OUT
"""

from __future__ import annotations

import argparse
import gc
import importlib
import importlib.util
import json
import random
import statistics
import sys
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

STATUSES = ["PENDING", "APPROVED", "DENIED", "CANCELED"]
REVIEWER_STATUSES = ["PENDING", "APPROVED", "REJECTED"]
FIELD_TYPES = ["SHORT_TEXT", "LONG_TEXT", "BOOLEAN", "MULTI_CHOICE"]
REASONS = [
    "Need to debug the payments outage (INC-4211).",
    "On-call this week; need prod read access.",
    "Quarterly access review follow-up.",
    "Deploying the new billing service to staging.",
    "I need access to the AWS account.",
]
NAMES = ["Jake Barnes", "Brett Ashley", "Robert Cohn", "Bill Gorton", "Mike Campbell"]
ROLES = ["AdminRole", "ReadOnly", "SupportUser", "Developer", "BillingViewer"]


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _time(rng: random.Random, base: datetime) -> str:
    moment = base + timedelta(seconds=rng.randrange(0, 90 * 86400),
                              microseconds=rng.randrange(0, 10**6, 1000))
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def make_request(rng: random.Random) -> dict[str, Any]:
    """One Request as the Opal API returns it: every field of the schema, requested items,
    custom field responses, reviewer stages with reviewers, and the request's comments
    (`request_comments`, which the real API sends and the spec's example shows but the
    schema does not declare: every client keeps it as an additional property)."""
    base = datetime(2025, 1, 1, tzinfo=UTC)
    request_id = _uuid(rng)
    created = _time(rng, base)
    items = []
    for _ in range(rng.randint(1, 3)):
        role = rng.choice(ROLES)
        item: dict[str, Any] = {
            "access_level_name": role,
            "access_level_remote_id": f"arn:aws:iam::490306337630:role/{role}",
            "name": rng.choice(["Engineering Team", "prod-account", "billing-db", "okta-admins"]),
            "remote_id": f"arn:aws:iam::490306337630:role/{role}",
            "remote_name": role,
        }
        item["resource_id" if rng.random() < 0.7 else "group_id"] = _uuid(rng)
        items.append(item)
    stages = []
    for item in items:
        stages.append({
            "access_level_name": item["access_level_name"],
            "access_level_remote_id": item["access_level_remote_id"],
            "item_name": item["name"],
            "item_id": item.get("resource_id") or item["group_id"],
            "stages": [
                {
                    "stage": number,
                    "operator": rng.choice(["AND", "OR"]),
                    "reviewers": [
                        {"id": _uuid(rng), "full_name": rng.choice(NAMES),
                         "status": rng.choice(REVIEWER_STATUSES)}
                        for _ in range(rng.randint(1, 3))
                    ],
                }
                for number in range(1, rng.randint(1, 2) + 1)
            ],
        })
    custom = [
        {"field_name": "Ticket", "field_type": "SHORT_TEXT",
         "field_value": f"OPS-{rng.randrange(10000)}"},
        {"field_name": "Customer impact", "field_type": "BOOLEAN",
         "field_value": rng.random() < 0.5},
    ][: rng.randint(0, 2)]
    comments = [
        {
            "id": _uuid(rng),
            "created_at": _time(rng, base),
            "updated_at": _time(rng, base),
            "request_id": request_id,
            "user_id": _uuid(rng),
            "user_full_name": rng.choice(NAMES),
            "user_email": "jake.barnes@company.com",
            "comment": rng.choice(["Approved for the incident.", "Please add a ticket.", "Done."]),
        }
        for _ in range(rng.randint(0, 3))
    ]
    request: dict[str, Any] = {
        "id": request_id,
        "created_at": created,
        "updated_at": _time(rng, base),
        "requester_id": _uuid(rng),
        "target_user_id": _uuid(rng),
        "status": rng.choice(STATUSES),
        "reason": rng.choice(REASONS),
        "duration_minutes": rng.choice([60, 120, 480, 1440, -1]),
        "requested_items_list": items,
        "custom_fields_responses": custom,
        "reviewer_stages": stages,
        "request_comments": comments,
    }
    return request


def make_page(items: int, seed: int = 5) -> bytes:
    """The body of GET /requests (a RequestList) with `items` requests, as bytes."""
    rng = random.Random(seed)
    page = {"requests": [make_request(rng) for _ in range(items)],
            "cursor": "eyJjcmVhdGVkX2F0IjoiMjAyMS0wMS0wNlQyMDo0NzowMFoiLCJ2YWx1ZSI6ImFkbWluIn0="}
    return json.dumps(page).encode()


def make_create_request_body() -> dict[str, Any]:
    """A POST /requests body (CreateRequestInfo) as wire data."""
    return {
        "resources": [
            {"id": "1b978423-db0a-4037-a4cf-f79c60cb67b3",
             "access_level_remote_id": "arn:aws:iam::490306337630:role/SupportUser",
             "access_level_name": "SupportUser"},
            {"id": "f454d283-ca87-4a8a-bdbb-df212eca5353",
             "access_level_remote_id": "arn:aws:iam::490306337630:role/ReadOnly"},
            {"id": "7c86c85d-0651-43e2-a748-d69d658418e8"},
        ],
        "groups": [{"id": "9546209c-42c2-4801-96d7-9ec42df0f59c",
                    "access_level_remote_id": "member", "access_level_name": "Member"}],
        "target_user_id": "29827fb8-f2dd-4e80-9576-28e31e9934ac",
        "reason": "Investigating the payments outage (INC-4211).",
        "support_ticket": {"ticketing_provider": "JIRA", "remote_id": "10042",
                           "identifier": "OPS-4211", "url": "https://example.atlassian.net/browse/OPS-4211"},
        "duration_minutes": 120,
        "custom_metadata": [{"name": "Ticket", "type": "SHORT_TEXT", "value": "OPS-4211"}],
    }


# -- ours ------------------------------------------------------------------------------------


def decode_ours(data: bytes) -> Any:
    """Our client's decoding of a GET /requests body: bytes -> opal_client.models.RequestList."""
    from opal_client import models

    return models.RequestList.from_dict(json.loads(data))


def decode_ours_strict(data: bytes) -> Any:
    """The same with strict=True: every value checked against the schema (issue 20)."""
    from opal_client import models

    return models.RequestList.from_dict(json.loads(data), strict=True)


def ours_encoder(body: dict[str, Any]) -> Callable[[], str]:
    """Encoding a CreateRequestInfo model the way our client sends it: to_dict + json.dumps."""
    from opal_client import models

    model = models.CreateRequestInfo.from_dict(body)
    dumps = json.dumps
    return lambda: dumps(model.to_dict())


# -- peers -----------------------------------------------------------------------------------


def sdk_decoder() -> Callable[[bytes], Any]:
    """The official Opal SDK (opal-security, OpenAPI Generator + pydantic)."""
    from opal_security.models.request_list import RequestList

    return RequestList.from_json  # json.loads inside; it takes bytes as well as str


def sdk_encoder(body: dict[str, Any]) -> Callable[[], str]:
    """How the SDK sends a body: ApiClient.sanitize_for_serialization, then json.dumps
    (its model's own to_json() fails on the UUID fields: `UUID is not JSON serializable`)."""
    from opal_security.api_client import ApiClient
    from opal_security.models.create_request_info import CreateRequestInfo

    model = CreateRequestInfo.from_dict(body)
    sanitize = ApiClient().sanitize_for_serialization
    dumps = json.dumps
    return lambda: dumps(sanitize(model))


def _opc_package(out: Path) -> str:
    for child in sorted(out.iterdir()):
        if (child / "__init__.py").exists() and (child / "models").is_dir():
            return child.name
    raise RuntimeError(f"no generated package in {out}")


def opc_models(out: Path) -> Any:
    """The models of the client openapi-python-client generated into `out`."""
    if str(out) not in sys.path:
        sys.path.insert(0, str(out))
    return importlib.import_module(f"{_opc_package(out)}.models")


def opc_decoder(out: Path) -> Callable[[bytes], Any]:
    request_list = opc_models(out).RequestList
    loads = json.loads
    return lambda data: request_list.from_dict(loads(data))


def opc_encoder(out: Path, body: dict[str, Any]) -> Callable[[], str]:
    model = opc_models(out).CreateRequestInfo.from_dict(body)
    dumps = json.dumps
    return lambda: dumps(model.to_dict())


def dm_module(path: Path) -> Any:
    spec = importlib.util.spec_from_file_location("dm_opal_models", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["dm_opal_models"] = module
    spec.loader.exec_module(module)
    return module


def dm_decoder(path: Path) -> Callable[[bytes], Any]:
    """datamodel-code-generator's pydantic v2 models: RequestList.model_validate_json."""
    return dm_module(path).RequestList.model_validate_json


# -- timing ----------------------------------------------------------------------------------


def median_seconds(fn: Callable[[], Any], *, repeats: int = 9,
                   min_time: float = 0.25) -> dict[str, Any]:
    """Median seconds per call of fn() over `repeats` repeats of `number` calls each.

    Besides wall time, the CPU time of this thread (time.thread_time): all a decoder spends
    is CPU in this thread, and unlike wall time it leaves out the other processes that share
    the cores (the steadier figure on a busy machine).

    Garbage collection stays on (a real program has it on), but every repeat starts from a
    collected heap and run() freezes what was loaded before timing (gc.freeze), so the
    collector's share does not depend on which peers' modules happen to be imported.
    """
    clock, cpu_clock = time.perf_counter, time.thread_time
    cpu: list[float] = []

    def block(number: int) -> float:
        gc.collect()
        cpu_start, start = cpu_clock(), clock()
        for _ in range(number):
            fn()
        elapsed = clock() - start
        cpu.append((cpu_clock() - cpu_start) / number)
        return elapsed

    number = 1
    while block(number) < min_time:  # like timeit's autorange
        number *= 2
    cpu.clear()
    per_call = [block(number) / number for _ in range(repeats)]
    return {"median_s": statistics.median(per_call), "min_s": min(per_call),
            "max_s": max(per_call), "cpu_median_s": statistics.median(cpu),
            "number": number, "repeats": repeats}


def _count(result: Any) -> int:
    requests = getattr(result, "requests", None)
    if requests is None and isinstance(result, dict):
        requests = result.get("requests")
    return len(requests) if isinstance(requests, list) else -1


def run(items: int, opc_out: Path | None, dm_models: Path | None, repeats: int,
        min_time: float) -> dict[str, Any]:
    data = make_page(items)
    body = make_create_request_body()
    results: dict[str, Any] = {"items": items, "bytes": len(data), "decode": {}, "encode": {}}

    decoders: dict[str, Callable[[], Callable[[bytes], Any]]] = {
        "json.loads": lambda: json.loads,
        "ours": lambda: decode_ours,
        "ours (strict)": lambda: decode_ours_strict,
        "opal_security": sdk_decoder,
    }
    if opc_out is not None:
        decoders["openapi-python-client"] = lambda: opc_decoder(opc_out)
    if dm_models is not None:
        decoders["datamodel-code-generator"] = lambda: dm_decoder(dm_models)
    ready: dict[str, Callable[[bytes], Any]] = {}
    for name, factory in decoders.items():
        try:
            decode = factory()
            count = _count(decode(data))
            if count != items:
                raise RuntimeError(f"decoded {count} requests, expected {items}")
            ready[name] = decode
        except Exception as exc:  # a peer that cannot decode the page is reported
            results["decode"][name] = {"error": f"{type(exc).__name__}: {str(exc)[:400]}"}

    encoders: dict[str, Callable[[], Callable[[], str]]] = {
        "json.dumps": lambda: (lambda: json.dumps(body)),
        "ours": lambda: ours_encoder(body),
        "opal_security": lambda: sdk_encoder(body),
    }
    if opc_out is not None:
        encoders["openapi-python-client"] = lambda: opc_encoder(opc_out, body)
    ready_encoders: dict[str, Callable[[], str]] = {}
    for name, factory in encoders.items():
        try:
            encode = factory()
            if json.loads(encode()) != body:
                raise RuntimeError("encoded body differs from the wire dict")
            ready_encoders[name] = encode
        except Exception as exc:
            results["encode"][name] = {"error": f"{type(exc).__name__}: {str(exc)[:400]}"}

    gc.collect()
    gc.freeze()  # everything imported and set up so far is out of the collector's way
    try:
        for name, decode in ready.items():
            results["decode"][name] = median_seconds(lambda d=decode: d(data),
                                                     repeats=repeats, min_time=min_time)
        for name, encode in ready_encoders.items():
            results["encode"][name] = median_seconds(encode, repeats=repeats,
                                                     min_time=min_time)
    finally:
        gc.unfreeze()
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--items", type=int, default=1000)
    parser.add_argument("--opc-out", type=Path, help="openapi-python-client's output folder")
    parser.add_argument("--dm-models", type=Path, help="datamodel-codegen's models file")
    parser.add_argument("--repeats", type=int, default=9)
    parser.add_argument("--min-time", type=float, default=0.25)
    parser.add_argument("--json", type=Path, help="write the results here (else stdout)")
    args = parser.parse_args()
    results = run(args.items, args.opc_out, args.dm_models, args.repeats, args.min_time)
    text = json.dumps(results, indent=2)
    if args.json:
        args.json.write_text(text)
    else:
        print(text)


if __name__ == "__main__":
    main()
