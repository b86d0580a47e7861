"""A minimal, fast HTTP/1.1 server on 127.0.0.1 for the per-call benchmark.

It answers every request on a keep-alive connection with the same small JSON body (an Opal
`User`), so the time measured is the client's. It runs in its own process (the machine
has two cores: the client's loop is not slowed by the server's), prints `PORT <n>` on
stdout, and stops when its stdin closes or after --max-seconds, whichever comes first.

    python -m benchmarks.server [--max-seconds 600]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import subprocess
import sys
import threading
from pathlib import Path

USER = {
    "user_id": "29827fb8-f2dd-4e80-9576-28e31e9934ac",
    "email": "john.doe@company.dev",
    "full_name": "John Doe",
    "first_name": "John",
    "last_name": "Doe",
    "position": "Engineer",
    "hr_idp_status": "ACTIVE",
}
BODY = json.dumps(USER).encode()
RESPONSE = (b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: "
            + str(len(BODY)).encode() + b"\r\n\r\n" + BODY)


class _Protocol(asyncio.Protocol):
    def __init__(self) -> None:
        self.buffer = b""
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while True:
            end = self.buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            length = 0
            for line in self.buffer[:end].split(b"\r\n")[1:]:
                name, _, value = line.partition(b":")
                if name.strip().lower() == b"content-length":
                    length = int(value.strip() or 0)
            if len(self.buffer) < end + 4 + length:
                return
            self.buffer = self.buffer[end + 4 + length:]
            assert self.transport is not None
            self.transport.write(RESPONSE)


async def serve(max_seconds: float) -> None:
    loop = asyncio.get_running_loop()
    stop = loop.create_future()
    server = await loop.create_server(_Protocol, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    print(f"PORT {port}", flush=True)

    def watch_stdin() -> None:
        sys.stdin.read()  # returns when the parent closes our stdin (or exits)
        loop.call_soon_threadsafe(lambda: stop.done() or stop.set_result(None))

    threading.Thread(target=watch_stdin, daemon=True).start()
    loop.call_later(max_seconds, lambda: stop.done() or stop.set_result(None))
    async with server:
        await stop


class Server:
    """The server in a child process: `with Server(python) as base_url: ...`."""

    def __init__(self, python: str | Path = sys.executable, max_seconds: float = 600) -> None:
        self.python = str(python)
        self.max_seconds = max_seconds
        self.process: subprocess.Popen[str] | None = None

    def __enter__(self) -> str:
        root = Path(__file__).resolve().parent.parent
        self.process = subprocess.Popen(
            [self.python, "-m", "benchmarks.server", "--max-seconds", str(self.max_seconds)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=root)
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        if not line.startswith("PORT "):
            self.__exit__()
            raise RuntimeError(f"benchmark server did not start: {line!r}")
        return f"http://127.0.0.1:{int(line.split()[1])}"

    def __exit__(self, *exc: object) -> None:
        if self.process is None:
            return
        assert self.process.stdin is not None
        self.process.stdin.close()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        if self.process.stdout is not None:
            self.process.stdout.close()
        self.process = None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--max-seconds", type=float, default=600)
    args = parser.parse_args()
    asyncio.run(serve(args.max_seconds))


if __name__ == "__main__":
    main()
