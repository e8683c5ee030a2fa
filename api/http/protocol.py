"""uvicorn's HTTP protocol with a bound on the time a client takes to send its headers.

uvicorn (0.54) has a keep-alive timeout between requests but none for reading a request's
headers: a client that connects and sends a header line now and then holds its socket for
ever (slowloris). Neither uvicorn's settings nor a middleware can fix it — the app never
sees a request whose headers are incomplete — so this subclass starts a timer when a
connection opens, and whenever a read ends in the middle of a request's headers; it stops
the timer when the headers are complete, and closes the connection when it fires. A request
whose headers arrive in one read (nearly all) costs no timer at all. Used by `stretchbase
serve` (uvicorn's `http` option names this class); `STRETCHBASE_HEADER_TIMEOUT_SECONDS` sets
the bound.

It also keeps uvicorn's keep-alive timeout from dropping a request that has already arrived.
Under uvloop, timers run before reads in each turn of the loop: a process paused longer than
the keep-alive timeout (a busy host, a long collection) wakes, closes its idle connections,
and resets those whose clients sent their next request meanwhile. A POST lost that way is
not retried by any client, so the timeout closes a connection only if nothing waits on it.

And it answers what uvicorn answers itself — a request it cannot parse (400), and one over
`STRETCHBASE_MAX_CONNECTIONS` (503) — as problems, like every other error, where uvicorn
sends plain text.
"""

import asyncio
import select
from typing import Any

from uvicorn.protocols.http.flow_control import service_unavailable
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from api.http.problems import PROBLEM_MEDIA_TYPE, problem_body, send_problem
from api.settings import get_settings

PROTOCOL = "api.http.protocol:HeaderTimeoutProtocol"


class HeaderTimeoutProtocol(HttpToolsProtocol):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.header_timeout = get_settings().header_timeout_seconds
        self.header_timer: asyncio.TimerHandle | None = None
        self.awaiting_headers = False

    def _start_header_timer(self) -> None:
        if self.header_timer is None:
            self.header_timer = self.loop.call_later(self.header_timeout, self._headers_too_slow)

    def _stop_header_timer(self) -> None:
        if self.header_timer is not None:
            self.header_timer.cancel()
            self.header_timer = None

    def _headers_too_slow(self) -> None:
        self.header_timer = None
        if not self.transport.is_closing():
            self.transport.close()

    def send_400_response(self, msg: str) -> None:
        detail = (
            f"This is not a valid HTTP/1.1 request ({msg.rstrip('.').lower()}): send a request "
            "line, headers and a body as RFC 9112 describes."
        )
        body = problem_body(400, detail, "/")
        head = [b"HTTP/1.1 400 Bad Request\r\n"]
        for name, value in self.server_state.default_headers:
            head += [name, b": ", value, b"\r\n"]
        head += [
            b"content-type: " + PROBLEM_MEDIA_TYPE.encode() + b"\r\n",
            b"content-length: " + str(len(body)).encode() + b"\r\n",
            b"cache-control: no-store\r\nconnection: close\r\n\r\n",
        ]
        self.transport.write(b"".join(head) + body)
        self.transport.close()

    def _start_asgi_task(self, cycle: Any, app: Any) -> None:
        super()._start_asgi_task(cycle, over_capacity if app is service_unavailable else app)

    def timeout_keep_alive_handler(self) -> None:
        if not self._bytes_waiting():
            super().timeout_keep_alive_handler()
        # else the read that follows starts a request (and its header timer) or sees the EOF

    def _bytes_waiting(self) -> bool:
        """Whether the socket holds unread bytes (or the peer's EOF). poll, not select: a
        descriptor may exceed select's FD_SETSIZE under many connections."""
        sock = self.transport.get_extra_info("socket")
        if sock is None:
            return False
        poller = select.poll()
        poller.register(sock.fileno(), select.POLLIN)
        return bool(poller.poll(0))

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._start_header_timer()

    def data_received(self, data: bytes) -> None:
        super().data_received(data)
        if self.awaiting_headers:
            self._start_header_timer()

    def on_message_begin(self) -> None:
        super().on_message_begin()
        self.awaiting_headers = True

    def on_headers_complete(self) -> None:
        self.awaiting_headers = False
        self._stop_header_timer()
        super().on_headers_complete()

    def connection_lost(self, exc: Exception | None) -> None:
        self._stop_header_timer()
        super().connection_lost(exc)


async def over_capacity(scope: Any, receive: Any, send: Any) -> None:  # noqa: ARG001
    """uvicorn's answer over its connection limit, as a problem."""
    detail = "The server is at its limit of connections; retry in a moment."
    headers = [(b"retry-after", b"1"), (b"connection", b"close")]
    await send_problem(send, 503, detail, scope["path"], headers)
