#!/usr/bin/python3
"""A small hostile or broken server for Taskdesk's sync tests (stdlib only).

It serves three ERA service tasks (/rest/v1/service/svctasks) and two TARGPatrol series of
one task execution each (/task-executions), and misbehaves in one way at a time, chosen
with --mode or at run time with POST /__admin/mode {"mode": "..."}:

  good                   behaves
  redirect-cross-origin  every API request: 307 to the same path on a second listener
                         (another port, so another origin) that records Authorization
  redirect-same-origin   every API request: 307 to /moved/<path> on this listener
  redirect-loop          every API request: 302 to itself, forever
  list-without-ids       list items carry "ID" instead of "id"
  list-not-objects       list pages are [null, 1, "x"]
  list-is-object         list pages are {"items": [...]}
  same-page-forever      list pages ignore offset: the first page again and again
  new-ids-forever        list pages ignore offset: full pages of new ids, forever
  two-pages-forever      list pages ignore offset: two one-item pages in turn, forever
  capped-pages           list pages hold one item whatever `limit` asks (offset honoured):
                         a short page that is not the end of the listing
  huge-answer            list pages stream JSON forever (no Content-Length), never buffered
  huge-declared          like huge-answer, with a Content-Length of 500 MB announced
  slow-drip              list pages send their headers, then one byte every 0.2 s
  gzip-bomb              list pages: a small gzip body that inflates to 64 MB
  wrong-id               item reads answer with another record (another id)
  401-on-items           item reads answer 401

GET /__admin/state tells the mode and what the second listener saw. The first line on
stdout is "listening on http://127.0.0.1:PORT", as the reference server prints it.
"""
import argparse
import itertools
import json
import sys
import threading
import time
import urllib.parse
import uuid
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

MODES = ("good", "redirect-cross-origin", "redirect-same-origin", "redirect-loop",
         "list-without-ids", "list-not-objects", "list-is-object", "same-page-forever",
         "new-ids-forever", "two-pages-forever", "capped-pages", "huge-answer", "huge-declared", "slow-drip", "gzip-bomb",
         "wrong-id", "401-on-items")

ERA_PATH = "/rest/v1/service/svctasks"
PATROL_PATH = "/task-executions"
WRONG_ID = "ffffffff-ffff-4fff-8fff-ffffffffffff"
STREAM_LIMIT = 1 << 30  # a streamed answer stops here at the latest, whatever the client does


def _svctask(n):
    return {"id": f"00000000-0000-4000-8000-00000000000{n}", "name": f"Задача {n}",
            "isenabled": 1, "svcscriptcode": "report", "sitemode": "all", "sites": "",
            "isregular": 0, "overlap": 1, "intervalsec": 0, "dtstart": "2024-05-01T00:00:00Z",
            "dtstop": "", "schedule": "all", "periods": [], "opts": {"title": "", "comment": ""},
            "ext": {"ct": "2024-05-01T00:00:00Z", "lwt": "2024-05-01T00:00:00Z"}}


def _execution(n):
    """GET /task-executions/{id}: the execution with its series body."""
    return {"id": f"e0000000-0000-4000-8000-00000000000{n}", "scheduledTaskId": f"s{n}",
            "seriesId": f"5e000000-0000-4000-8000-00000000000{n}",
            "assigneeIds": ["4f9e4741-3069-4a03-8386-5f3ee45791aa"],
            "locationId": "03864752-f177-47ff-b0a1-99d75b02d954", "name": f"series {n}",
            "description": None, "startAt": f"2030-03-0{n}T18:00:00.000Z",
            "endAt": f"2030-03-0{n}T21:00:00.000Z", "priority": "MAJOR",
            "orderStepsRequired": True, "strictTimeRequired": False, "deadlined": False,
            "tags": [], "state": "IN_PROGRESS", "status": "NEW",
            "steps": [{"seriesId": f"5a000000-0000-4000-8000-00000000000{n}",
                       "pointId": "9facfd8e-1fe3-4449-80be-1003bcf238a2", "name": "step",
                       "order": 0, "actions": [
                           {"seriesId": f"5b000000-0000-4000-8000-00000000000{n}",
                            "name": "action", "type": "BOOLEAN", "order": 0,
                            "required": False}]}]}


SVCTASKS = [_svctask(n) for n in (1, 2, 3)]
EXECUTIONS = [_execution(n) for n in (1, 2)]
LIST_FIELDS = ("id", "scheduledTaskId", "seriesId", "name", "description", "locationId",
               "assigneeIds", "priority", "startAt", "endAt", "state", "status")


class State:
    def __init__(self, mode):
        self.lock = threading.Lock()
        self.other_url = ""
        self.set_mode(mode)

    def set_mode(self, mode):
        with self.lock:
            self.mode = mode
            self.counter = itertools.count()
            # 401-on-items answers reads in pairs, at the same moment, so that the client
            # has one 401 in hand while the next is already on its way (the race in which
            # aborting a reply made Qt warn).
            self.pair = threading.Barrier(2)
            self.seen = {"requests": 0, "otherOriginRequests": 0, "otherOriginAuthorization": 0,
                         "movedRequests": 0, "movedAuthorization": 0}

    def count(self, *keys):
        with self.lock:
            for key in keys:
                self.seen[key] += 1

    def snapshot(self):
        with self.lock:
            return dict(self.seen, mode=self.mode, otherOrigin=self.other_url)


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    state = None  # set on the class made for each listener
    other_origin = False

    def log_message(self, *args):
        pass

    # ---- answers ----------------------------------------------------------------------

    def send_json(self, status, value, headers=()):
        body = json.dumps(value, ensure_ascii=False).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        for name, text in headers:
            self.send_header(name, text)
        self.end_headers()
        self.wfile.write(body)

    def redirect(self, status, location):
        self.send_response(status)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def stream(self, chunks, length=None):
        """Sends chunks as they come (never the whole answer in memory) until the client
        goes away; the connection closes at the end, as no length is known."""
        self.close_connection = True
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        if length is not None:
            self.send_header("Content-Length", str(length))
        self.send_header("Connection", "close")
        self.end_headers()
        try:
            for chunk in chunks:
                self.wfile.write(chunk)
                self.wfile.flush()
        except OSError:
            pass  # the client gave up: that is the point

    # ---- dispatch ---------------------------------------------------------------------

    def do_GET(self):
        self.dispatch()

    do_POST = do_PUT = do_PATCH = do_DELETE = do_LOOKUP = do_GET

    def body(self):
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def dispatch(self):
        url = urllib.parse.urlsplit(self.path)
        request_body = self.body()
        if url.path.startswith("/__admin/"):
            return self.admin(url.path[len("/__admin/"):], request_body)
        auth = self.headers.get("Authorization") is not None
        if self.other_origin:
            self.state.count("otherOriginRequests", *(["otherOriginAuthorization"] if auth else []))
            return self.api(url.path, url.query, "good")
        self.state.count("requests")
        mode = self.state.mode
        if mode == "redirect-cross-origin":
            return self.redirect(307, self.state.other_url + self.path)
        if mode == "redirect-loop":
            return self.redirect(302, self.path)
        if mode == "redirect-same-origin":
            if not url.path.startswith("/moved/"):
                return self.redirect(307, "/moved" + self.path)
            self.state.count("movedRequests", *(["movedAuthorization"] if auth else []))
            return self.api(url.path[len("/moved"):], url.query, "good")
        return self.api(url.path, url.query, mode)

    def admin(self, what, request_body):
        if what == "state" and self.command == "GET":
            return self.send_json(200, self.state.snapshot())
        if what == "mode" and self.command == "POST":
            mode = json.loads(request_body or b"{}").get("mode")
            if mode not in MODES:
                return self.send_json(400, {"message": f"unknown mode {mode!r}"})
            self.state.set_mode(mode)
            return self.send_json(200, self.state.snapshot())
        return self.send_json(404, {"message": "no such admin call"})

    def api(self, path, query, mode):
        args = urllib.parse.parse_qs(query)
        offset = int(args.get("offset", ["0"])[0])
        limit = int(args.get("limit", ["2147483647"])[0])
        if self.command != "GET":
            return self.send_json(405, {"message": "read-only server"})
        if path == ERA_PATH:
            return self.listing(mode, offset, limit, [{"id": t["id"], "ext": {"lwt": t["ext"]["lwt"]}}
                                                      for t in SVCTASKS])
        if path == PATROL_PATH + "/info":
            return self.listing(mode, offset, limit, [{k: e[k] for k in LIST_FIELDS} for e in EXECUTIONS])
        for prefix, records in ((ERA_PATH + "/", SVCTASKS), (PATROL_PATH + "/", EXECUTIONS)):
            if path.startswith(prefix):
                return self.item(mode, urllib.parse.unquote(path[len(prefix):]), records)
        return self.send_json(404, {"message": "not found"})

    # ---- the list and the item reads, good or broken -------------------------------------

    def listing(self, mode, offset, limit, items):
        if mode == "list-without-ids":
            return self.send_json(200, [{"ID": i["id"]} for i in items[offset:offset + limit]])
        if mode == "list-not-objects":
            return self.send_json(200, [None, 1, "x"] if offset == 0 else [])
        if mode == "list-is-object":
            return self.send_json(200, {"items": items[offset:offset + limit]})
        if mode == "same-page-forever":
            return self.send_json(200, items[:limit])
        if mode == "new-ids-forever":
            return self.send_json(200, [dict(items[0], id=str(uuid.uuid4())) for _ in range(limit)])
        if mode == "two-pages-forever":
            return self.send_json(200, [items[offset % 2]])
        if mode == "capped-pages":
            return self.send_json(200, items[offset:offset + min(limit, 1)])
        if mode in ("huge-answer", "huge-declared"):
            return self.stream(self.endless_list(), STREAM_LIMIT if mode == "huge-declared" else None)
        if mode == "slow-drip":
            return self.stream(self.drip())
        if mode == "gzip-bomb":
            return self.gzip_bomb()
        return self.send_json(200, items[offset:offset + limit])

    def item(self, mode, record_id, records):
        if mode == "401-on-items":
            try:
                self.state.pair.wait(timeout=1)
            except threading.BrokenBarrierError:
                self.state.pair.reset()  # no partner came: answer alone
            return self.send_json(401, {"message": "token expired", "code": "unauthorized"})
        found = next((r for r in records if r["id"] == record_id), None)
        if found is None:
            return self.send_json(404, {"message": "not found"})
        if mode == "wrong-id":
            # Another record's answer: the next one's (a series' too), or one unknown here.
            others = [r for r in records if r["id"] != record_id]
            return self.send_json(200, others[0] if records is EXECUTIONS else dict(found, id=WRONG_ID))
        return self.send_json(200, found)

    @staticmethod
    def endless_list():
        yield b"["
        sent = 1
        item = json.dumps({"id": "00000000-0000-4000-8000-000000000001", "pad": "x" * 1000}).encode()
        while sent < STREAM_LIMIT:
            yield item + b","
            sent += len(item) + 1

    @staticmethod
    def drip():
        yield b"["
        for _ in range(3000):  # ten minutes at most
            time.sleep(0.2)
            yield b" "

    def gzip_bomb(self):
        # 64 MB of spaces compress to about 64 KB; made once, 1 MB at a time.
        if not hasattr(Handler, "_bomb"):
            packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)  # gzip framing
            chunk = b" " * (1 << 20)
            parts = [packer.compress(b"[")] + [packer.compress(chunk) for _ in range(64)]
            Handler._bomb = b"".join(parts) + packer.compress(b"]") + packer.flush()
        body = Handler._bomb
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except OSError:
            pass


def _listener(state, other_origin):
    handler = type("BoundHandler", (Handler,), {"state": state, "other_origin": other_origin})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mode", choices=MODES, default="good")
    args = parser.parse_args()
    state = State(args.mode)
    other = _listener(state, True)
    state.other_url = f"http://127.0.0.1:{other.server_address[1]}"
    main_server = _listener(state, False)
    print(f"listening on http://127.0.0.1:{main_server.server_address[1]}", flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
