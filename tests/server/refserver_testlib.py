"""Test helpers: run the real refserver executable and talk to it over HTTP (http.client)."""
import datetime
import http.client
import json
import os
import re
import select
import shutil
import signal
import ssl
import subprocess
import tempfile
import time
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
REFSERVER = os.path.join(HERE, "refserver")
START_TIMEOUT = 60  # generous: a loaded 2-core CI machine, and --generate-* runs first
STOP_TIMEOUT = 10
JSON = "application/json; charset=utf-8"

SVCTASKS = "/rest/v1/service/svctasks"

# The example entity of the ERA documentation (tests/data/era-svctask.json holds it too).
SEED_SVCTASK = {
    "id": "380daae6-016c-cdd4-606e-50e54938780c", "name": "Обзвон должников", "isenabled": 0,
    "svcscriptcode": "dialByCallList", "sitemode": "all", "sites": "", "isregular": 1,
    "overlap": 1, "intervalsec": 3600, "dtstart": "2019-02-20T08:00:00Z",
    "dtstop": "2020-02-20T08:00:00Z", "schedule": "work", "periods": [],
    "opts": {"title": "", "comment": ""},
    "ext": {"ct": "2019-08-26T12:09:03.34Z", "lwt": "2019-08-26T12:09:03.34Z"}}

USER_A = "4f9e4741-3069-4a03-8386-5f3ee45791aa"
LOCATION_A = "03864752-f177-47ff-b0a1-99d75b02d954"


def lwt_key(entity):
    """ext.lwt as a datetime: compare write times as times, the strings have 0..6 fraction digits."""
    text = entity["ext"]["lwt"].rstrip("Z")
    if "." in text:
        whole, fraction = text.split(".")
        text = f"{whole}.{fraction.ljust(6, '0')}"
    return datetime.datetime.fromisoformat(text)


def series_body(**overrides):
    """A POST /task-executions body like the public example (no seriesIds)."""
    body = {
        "assigneeIds": [USER_A], "locationId": LOCATION_A, "name": "task 1", "description": None,
        "startAt": "2023-03-06T18:00:00.000Z", "endAt": "2023-03-06T21:00:00.000Z",
        "priority": "NORMAL", "orderStepsRequired": True, "strictTimeRequired": False,
        "deadlined": False, "tags": ["task 1"],
        "steps": [{"pointId": "9facfd8e-1fe3-4449-80be-1003bcf238a2", "name": "step 1",
                   "order": 0, "actions": [
                       {"name": "action 1", "type": "BOOLEAN", "order": 0, "required": False},
                       {"name": "action 2", "type": "NUMBER", "order": 1, "required": True,
                        "minValue": 11.1, "maxValue": 12.1}]}]}
    body.update(overrides)
    return body


def wait_until(condition, timeout=10, what="condition"):
    """Poll condition() until it is true; fail after timeout seconds."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.02)


class Response:
    def __init__(self, status, headers, body):
        self.status = status
        self.headers = headers
        self.body = body

    @property
    def json(self):
        return json.loads(self.body.decode("utf-8"))

    def __repr__(self):
        return f"<Response {self.status} {self.body[:300]!r}>"


class RefServer:
    """One refserver process on a free port. Use stop() for a clean stop (returns the exit
    code) and kill() in cleanups; both are safe to call twice."""

    def __init__(self, *args, token=None):
        self.args = list(args)
        self.token = token
        self.proc = None
        self.stderr = None
        self.port = None
        self.scheme = "http"

    def start(self):
        self.stderr = tempfile.TemporaryFile()
        cmd = [REFSERVER, "--port", "0", *self.args]
        if self.token:
            cmd += ["--token", self.token]
        self.proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                     stderr=self.stderr)
        ready, _, _ = select.select([self.proc.stdout], [], [], START_TIMEOUT)
        line = self.proc.stdout.readline().decode() if ready else ""
        m = re.fullmatch(r"listening on (https?)://127\.0\.0\.1:(\d+)\n", line)
        if not m:
            self.kill()
            raise AssertionError(f"refserver did not start: first line {line!r}\n{self.log()}")
        self.scheme, self.port = m.group(1), int(m.group(2))
        return self

    def log(self):
        if self.stderr is None:
            return ""
        self.stderr.seek(0)
        return self.stderr.read().decode("utf-8", "replace")

    def signal(self, signum=signal.SIGTERM):
        """Send signum and wait for the exit code."""
        if self.proc.poll() is None:
            self.proc.send_signal(signum)
        try:
            return self.proc.wait(STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            self.kill()
            raise AssertionError("refserver did not stop within "
                                 f"{STOP_TIMEOUT} s of signal {signum}") from None

    def stop(self):
        return self.signal(signal.SIGTERM)

    def kill(self):
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(STOP_TIMEOUT)
        if self.proc is not None and self.proc.stdout:
            self.proc.stdout.close()
        if self.stderr is not None:
            self.stderr.close()
            self.stderr = None

    def connection(self, timeout=10, context=None):
        if self.scheme == "https":
            return http.client.HTTPSConnection("127.0.0.1", self.port, timeout=timeout,
                                               context=context or ssl.create_default_context())
        return http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)

    def request(self, method, path, body=None, *, raw=None, content_type=JSON, headers=None,
                token=..., timeout=10):
        """One request on a fresh connection. body is sent as JSON; raw as the given bytes.
        token=... uses the server's token, None sends no Authorization header."""
        token = self.token if token is ... else token
        send = {}
        if body is not None:
            raw = json.dumps(body, ensure_ascii=False).encode("utf-8")
        if raw is not None and content_type is not None:
            send["Content-Type"] = content_type
        if token:
            send["Authorization"] = f"Bearer {token}"
        send.update(headers or {})
        conn = self.connection(timeout)
        try:
            conn.request(method, path, body=raw, headers=send)
            resp = conn.getresponse()
            return Response(resp.status, resp.headers, resp.read())
        finally:
            conn.close()

    def admin(self, method, path, body=None):
        resp = self.request(method, "/__admin" + path, body, token=None)
        if resp.status >= 300:
            raise AssertionError(f"admin {method} {path}: {resp}")
        return resp.json if resp.body else None


class ServerTestCase(unittest.TestCase):
    """One server per test class; data, faults and counters are cleared before each test."""
    server_args = ()
    token = None

    @classmethod
    def setUpClass(cls):
        cls.server = RefServer(*cls.server_args, token=cls.token)
        cls.addClassCleanup(cls.server.kill)
        cls.server.start()

    @classmethod
    def tearDownClass(cls):
        code = cls.server.stop()
        if code != 0:
            raise AssertionError(f"refserver exited with {code}\n{cls.server.log()}")

    def setUp(self):
        self.server.admin("POST", "/data/reset")
        self.server.admin("POST", "/faults/reset")
        self.server.admin("POST", "/stats/reset")

    def call(self, method, path, body=None, **kwargs):
        return self.server.request(method, path, body, **kwargs)

    def ok(self, method, path, body=None, status=200, **kwargs):
        """A request that must answer `status`; returns its JSON (None for no body)."""
        resp = self.call(method, path, body, **kwargs)
        self.assertEqual(resp.status, status, resp)
        return resp.json if resp.body else None

    def assertEraError(self, resp, status):
        self.assertEqual(resp.status, status, resp)
        body = resp.json
        self.assertEqual(body["status"], status)
        self.assertIsInstance(body["error"], str)

    def assertPatrolError(self, resp, status, message, code):
        self.assertEqual(resp.status, status, resp)
        body = resp.json
        self.assertEqual(set(body), {"message", "code", "timestamp"}, body)
        self.assertEqual((body["message"], body["code"]), (message, code))
        self.assertRegex(body["timestamp"], r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$")

    def assertBadInput(self, resp):
        self.assertPatrolError(resp, 400, "invalid input data", "input.data.invalid")

    def create_task(self, **fields):
        return self.ok("POST", SVCTASKS, {"name": "Очистка ежедневная", **fields})

    def create_series(self, **overrides):
        return self.ok("POST", "/task-executions", series_body(**overrides))


class ProcessTestCase(unittest.TestCase):
    """Starts servers per test and always kills them."""

    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="refserver-test-")
        self.addCleanup(shutil.rmtree, self.tmp, ignore_errors=True)

    def start(self, *args, token=None):
        server = RefServer(*args, token=token)
        self.addCleanup(server.kill)
        return server.start()

    def stop(self, server, signum=signal.SIGTERM):
        code = server.signal(signum)
        self.assertEqual(code, 0, server.log())

    def path(self, name):
        return os.path.join(self.tmp, name)

    def write_json(self, name, document):
        with open(self.path(name), "w", encoding="utf-8") as f:
            json.dump(document, f, ensure_ascii=False)
        return self.path(name)

    def run_refserver(self, *args):
        return subprocess.run([REFSERVER, "--port", "0", *args], stdin=subprocess.DEVNULL,
                              capture_output=True, text=True, timeout=30)
