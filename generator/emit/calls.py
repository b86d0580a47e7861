"""What a method hands the runtime: its parameters by location, how the query's containers
are spelt on the wire (style and explode), and its body, as a CallView the template writes."""

from __future__ import annotations

from urllib.parse import parse_qsl

from generator.emit.context import Argument, CallBody, CallView, ParamView
from generator.emit.escape import literal
from generator.model import ir

# the character a delimited query array joins its items with
DELIMITERS = {"spaceDelimited": " ", "pipeDelimited": "|"}


def call_view(op: ir.Operation, params: list[ParamView], responses: str,
              credentials: tuple[tuple[str, ...], ...] = ()) -> CallView:
    """The call of `op` with `params` (the iterator's leave out the page parameter);
    `responses` is the module constant of the operation's responses, `credentials` the
    kinds it takes when the client holds several (auth.call_credentials)."""
    def at(location: str) -> tuple[Argument, ...]:
        return tuple(Argument(p.wire, p.attr) for p in params if p.location == location)

    containers = [p for p in params if p.location == "query" and p.is_container]
    body = None
    if op.body is not None:
        content_type = None if op.body.kind in ("form", "multipart") else op.body.content_type
        body = CallBody(op.body.required, op.body.kind, content_type)
    # a fixed query of the spec's path key (`/search?type=x`) is sent as given, each time
    path, _, fixed = op.path.partition("?")
    constants = tuple(Argument(name, literal(value))
                      for name, value in parse_qsl(fixed, keep_blank_values=True))
    return CallView(
        method=op.method,
        path=path,
        responses=responses,
        path_params=at("path"),
        query=constants + at("query"),
        exploded=tuple(sorted(p.wire for p in containers if p.explode and p.style == "form")),
        deep=tuple(sorted(p.wire for p in containers if p.style == "deepObject")),
        delimiters=tuple((p.wire, DELIMITERS[p.style])
                         for p in sorted(containers, key=lambda p: p.wire)
                         if p.style in DELIMITERS),
        headers=at("header"),
        cookies=at("cookie"),
        body=body,
        credentials=repr(credentials) if credentials else "",
    )
