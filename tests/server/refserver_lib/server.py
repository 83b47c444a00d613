"""HTTP glue: routing, authentication, faults, error bodies, request log."""
import collections
import hmac
import http
import json
import re
import select
import socket
import ssl
import sys
import threading
import time
import traceback
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from . import timeutil
from .admin import AdminApi
from .era import COLLECTION, EraApi
from .patrol import PatrolApi
from .protocol import HttpError, Reply, Request
from .stats import Stats

# kind: the path as shown in stats; api: "era" or "patrol"; methods: {verb: handler name}.
Route = collections.namedtuple("Route", "pattern kind api methods")
_ROUTES = [Route(re.compile(f"^{pattern}$"), kind, api, methods) for pattern, kind, api, methods in [
    (COLLECTION, COLLECTION, "era", {"GET": "list", "POST": "create", "LOOKUP": "lookup"}),
    (COLLECTION + "/([^/]+)", COLLECTION + "/{id}", "era",
     {"GET": "get", "PATCH": "patch", "DELETE": "delete"}),
    ("/task-executions", "/task-executions", "patrol", {"POST": "create"}),
    ("/task-executions/info", "/task-executions/info", "patrol", {"GET": "info"}),
    ("/task-executions/([^/]+)/series", "/task-executions/{id}/series", "patrol", {"PUT": "split"}),
    ("/task-executions/([^/]+)", "/task-executions/{id}", "patrol", {"GET": "get"}),
]]

# TARGPatrol error bodies (docs/api-contract.md §2.3 for 400/406/500; the others follow their style).
_PATROL_ERRORS = {400: ("invalid input data", "input.data.invalid"),
                  401: ("unauthorized", "unauthorized"),
                  404: ("not found", "not.found"),
                  405: ("method not allowed", "method.not.allowed"),
                  406: ("mismatch in the types of content", "not.acceptable"),
                  500: ("internal server error", "internal.server.error"),
                  503: ("service unavailable", "service.unavailable")}

# Verbs that reach the router (others get http.server's 501). LOOKUP is ERA's custom verb.
_VERBS = ("GET", "POST", "PUT", "PATCH", "DELETE", "LOOKUP", "OPTIONS")


def error_body(api, status, detail):
    if api == "patrol":
        try:
            phrase = http.HTTPStatus(status).phrase.lower()
        except ValueError:
            phrase = "error"
        message, code = _PATROL_ERRORS.get(status, (phrase, phrase.replace(" ", ".")))
        return {"message": message, "code": code, "timestamp": timeutil.now_patrol()}
    return {"error": detail, "status": status}


def _accepts_json(accept):
    for media in accept.split(","):
        media = media.split(";")[0].strip().lower()
        if media in ("application/json", "application/*", "*/*") or media.endswith("+json"):
            return True
    return False


class App:
    """Everything a request handler needs; one per server."""

    def __init__(self, storage, faults, token=None, quiet=False):
        self.storage = storage
        self.faults = faults
        self.token = token
        self.quiet = quiet
        self.stats = Stats()
        self.stopping = threading.Event()  # wakes delayed and hanging requests at shutdown
        self.era = EraApi(storage)
        self.patrol = PatrolApi(storage)
        self.admin = AdminApi(self)

    def log(self, line):
        if not self.quiet:
            print(f"refserver: {line}", file=sys.stderr, flush=True)


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "refserver"
    sys_version = ""
    timeout = 300  # an idle keep-alive connection ends after this

    def setup(self):
        super().setup()
        # Headers and body go out in separate writes; without TCP_NODELAY the peer's
        # delayed ACK stalls every keep-alive request by ~40 ms.
        try:
            self.request.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        except OSError:
            pass
        if isinstance(self.request, ssl.SSLSocket):
            # Handshake here, in the connection's thread, so a slow client cannot stall accept().
            self.request.settimeout(10)
            self.request.do_handshake()
            self.request.settimeout(self.timeout)

    def log_request(self, code="-", size="-"):
        pass  # one line per request is written by _handle, with more context

    def log_message(self, fmt, *args):
        self.server.app.log(fmt % args)

    def _read_body(self):
        if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
            chunks = []
            while True:
                size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                        pass  # trailers
                    return b"".join(chunks)
                chunks.append(self.rfile.read(size))
                self.rfile.readline()
        length = int(self.headers.get("Content-Length") or 0)
        if length < 0:
            raise ValueError("negative Content-Length")
        return self.rfile.read(length)

    def _handle(self):
        app = self.server.app
        started = time.monotonic()
        url = urllib.parse.urlsplit(self.path)
        path = url.path.rstrip("/") or "/"
        admin = path == "/__admin" or path.startswith("/__admin/")
        route, match = next(((r, m) for r in _ROUTES if (m := r.pattern.match(path))), (None, None))
        api = "admin" if admin else route.api if route else (
            "patrol" if path.startswith("/task-executions") else "era")
        try:
            body = self._read_body()  # always read whole, or the next request on this connection breaks
        except ValueError:
            self.close_connection = True
            return self._finish(started, 400, self._encode(error_body(api, 400, "bad request body")))
        req = Request(self.command, path, urllib.parse.parse_qs(url.query, keep_blank_values=True),
                      self.headers, body)
        if admin:
            return self._finish(started, *self._run(lambda: app.admin.handle(req), api))

        app.stats.count(f"{self.command} {route.kind if route else '(unknown route)'}")

        delay_ms, fault = app.faults.plan(self.command, path)
        if delay_ms and app.stopping.wait(delay_ms / 1000):
            self.close_connection = True
            return
        if fault and fault.kind == "error":
            status = fault.status
            return self._finish(started, status, self._encode(error_body(api, status, "injected fault")),
                                note=f"fault {fault.text}")

        def dispatch():
            self._authenticate(api)
            if route is None:
                raise HttpError(404, f"no resource at {path}")
            if self.command not in route.methods:
                raise HttpError(405, f"{self.command} is not allowed on {route.kind}",
                                {"Allow": ", ".join(route.methods)})
            accept = self.headers.get("Accept")
            if api == "patrol" and accept and not _accepts_json(accept):
                raise HttpError(406, f"cannot answer Accept: {accept}")
            if match.groups():
                req.params["id"] = urllib.parse.unquote(match.group(1))
            handlers = app.era if api == "era" else app.patrol
            return getattr(handlers, route.methods[self.command])(req)

        status, payload, headers = self._run(dispatch, api)
        note = f"fault {fault.text}" if fault else ""
        if fault and fault.kind == "hang" and not self._hang(fault.ms):
            self.close_connection = True
            return app.log(f"{self.command} {self._shown_path()} -> (hung, no answer) {note}")
        if fault and fault.kind == "drop":
            return self._drop(started, status, payload, headers, note)
        if fault and fault.kind == "malformed":
            cut = payload[: len(payload) // 2] if payload else b'{"truncated'
            return self._finish(started, 200, cut + b"\x00<!-- garbled", note=note)
        self._finish(started, status, payload, headers, note)

    def _authenticate(self, api):
        token = self.server.app.token
        if token is None:
            return
        scheme, _, given = (self.headers.get("Authorization") or "").partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(),
                                                                 token.encode()):
            raise HttpError(401, "a valid bearer token is required",
                            {"WWW-Authenticate": 'Bearer realm="refserver"'})

    def _run(self, call, api):
        """call() -> Reply; errors become the API's error answer. -> (status, bytes, headers)."""
        try:
            reply = call()
        except HttpError as e:
            if e.status >= 400:
                self.server.app.log(f"  {e.status}: {e.detail}")
            reply = Reply(e.status, error_body(api, e.status, e.detail), e.headers)
        except Exception:
            traceback.print_exc(file=sys.stderr)
            reply = Reply(500, error_body(api, 500, "internal server error"))
        body = self._encode(reply.payload) if reply.payload is not None else b""
        return reply.status, body, reply.headers

    @staticmethod
    def _encode(payload):
        return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")

    def _shown_path(self):
        return self.path if len(self.path) <= 200 else self.path[:200] + "..."

    def _send_head(self, status, length, headers):
        self.send_response(status)
        if status != 204:
            self.send_header("Content-Type", "application/json; charset=utf-8")
            self.send_header("Content-Length", str(length))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()

    def _finish(self, started, status, payload, headers=None, note=""):
        self._send_head(status, len(payload), headers)
        self.wfile.write(payload)
        ms = (time.monotonic() - started) * 1000
        self.server.app.log(f"{self.command} {self._shown_path()} -> {status} ({ms:.0f} ms) {note}".rstrip())

    def _drop(self, started, status, payload, headers, note):
        """Headers announcing the whole body, half of it, then the connection closes."""
        self.close_connection = True
        if payload:
            self._send_head(status, len(payload), headers)
            self.wfile.write(payload[: len(payload) // 2])
        try:
            self.connection.shutdown(socket.SHUT_WR)
        except OSError:
            pass
        self.server.app.log(f"{self.command} {self._shown_path()} -> {status} dropped {note}")

    def _hang(self, ms):
        """Wait ms without answering. False if the client left or the server is stopping."""
        app = self.server.app
        deadline = time.monotonic() + ms / 1000
        while (left := deadline - time.monotonic()) > 0:
            if app.stopping.is_set():
                return False
            try:
                readable, _, _ = select.select([self.connection], [], [], min(0.1, left))
                if readable and not self.connection.recv(1, socket.MSG_PEEK):
                    return False  # the client closed the connection
                if readable:
                    app.stopping.wait(min(0.1, left))  # a pipelined request waits its turn
            except (OSError, ValueError):  # ValueError: no MSG_PEEK on TLS sockets
                app.stopping.wait(min(0.1, left))
        return True


for _verb in _VERBS:
    setattr(Handler, "do_" + _verb, Handler._handle)


class Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128

    def __init__(self, port, app, tls_context=None):
        super().__init__(("127.0.0.1", port), Handler)
        self.app = app
        if tls_context is not None:
            self.socket = tls_context.wrap_socket(self.socket, server_side=True,
                                                  do_handshake_on_connect=False)

    def handle_error(self, request, client_address):
        kind, error, _ = sys.exc_info()
        if isinstance(error, (ConnectionError, ssl.SSLError, socket.timeout)):
            self.app.log(f"connection from {client_address[1]}: {kind.__name__}: {error}")
        else:
            traceback.print_exc(file=sys.stderr)
