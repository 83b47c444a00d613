"""Fault injection through the admin API, as a client sees it."""
import http.client
import json
import socket
import time
import uuid

from refserver_testlib import SVCTASKS, ServerTestCase, series_body, wait_until


class FaultTest(ServerTestCase):
    def faults(self, spec, replace=False):
        return self.server.admin("POST", "/faults", {"spec": spec, "replace": replace})

    def test_delay_holds_every_answer_back(self):
        self.faults("delay=300")
        for method, path in (("GET", SVCTASKS), ("GET", "/task-executions/info")):
            started = time.monotonic()
            self.ok(method, path)
            self.assertGreaterEqual(time.monotonic() - started, 0.3)

    def test_error_with_probability_one_always_answers_it(self):
        self.faults("error=503:1.0")
        for _ in range(3):
            self.assertEraError(self.call("GET", SVCTASKS), 503)
            self.assertPatrolError(self.call("GET", "/task-executions/info"), 503,
                                   "service unavailable", "service.unavailable")

    def test_error_with_probability_zero_never_answers_it(self):
        self.faults("error=500:0")
        for _ in range(20):
            self.ok("GET", SVCTASKS)

    def test_error_next_counts_down(self):
        self.faults("error-next=500:3")
        self.assertEqual(self.server.admin("GET", "/faults")[0]["remaining"], 3)
        self.assertPatrolError(self.call("GET", "/task-executions/info"), 500,
                               "internal server error", "internal.server.error")
        self.assertEqual(self.server.admin("GET", "/faults")[0]["remaining"], 2)
        self.assertEraError(self.call("GET", SVCTASKS), 500)
        self.assertEraError(self.call("POST", SVCTASKS, {"name": "x"}), 500)
        self.assertEqual(self.server.admin("GET", "/faults"), [])
        self.ok("GET", SVCTASKS)

    def test_error_answers_before_the_request_is_carried_out(self):
        self.faults("error-next=503:1")
        given = str(uuid.uuid4())
        self.assertEraError(self.call("POST", SVCTASKS, {"id": given, "name": "x"}), 503)
        self.assertEraError(self.call("LOOKUP", SVCTASKS, {"id": given}), 404)

    def test_drop_sends_part_of_the_answer_then_closes(self):
        task = self.create_task()
        self.faults("drop-next=1")
        conn = self.server.connection(timeout=5)
        conn.request("GET", f"{SVCTASKS}/{task['id']}")
        resp = conn.getresponse()
        self.assertEqual(resp.status, 200)
        with self.assertRaises(http.client.IncompleteRead):
            resp.read()
        conn.close()
        self.assertEqual(self.ok("GET", f"{SVCTASKS}/{task['id']}"), task)

    def test_drop_loses_the_answer_of_a_request_that_was_carried_out(self):
        self.faults("drop-next=1@POST,drop-next=1@DELETE")
        given = str(uuid.uuid4())
        with self.assertRaises((http.client.HTTPException, ConnectionError)):
            self.call("POST", SVCTASKS, {"id": given, "name": "x"})
        self.assertEqual(self.ok("LOOKUP", SVCTASKS, {"id": given}), [given])  # it was stored
        with self.assertRaises((http.client.HTTPException, ConnectionError)):
            self.call("DELETE", f"{SVCTASKS}/{given}")  # 204: nothing to cut, just closed

    def test_malformed_answers_200_with_a_body_that_is_not_json(self):
        self.create_task()
        self.faults("malformed-next=2")
        for path in (SVCTASKS, "/task-executions/info"):
            resp = self.call("GET", path)
            self.assertEqual(resp.status, 200)
            self.assertTrue(resp.headers["Content-Type"].startswith("application/json"))
            with self.assertRaises(ValueError):
                json.loads(resp.body.decode("utf-8", "replace"))
        self.ok("GET", SVCTASKS)

    def test_hang_outlasts_the_client_timeout_while_others_are_served(self):
        self.faults("hang-next=1@GET/task-executions/info")
        hung = self.server.connection(timeout=0.5)
        self.addCleanup(hung.close)
        started = time.monotonic()
        hung.request("GET", "/task-executions/info")
        with self.assertRaises(socket.timeout):
            hung.getresponse()
        self.assertGreaterEqual(time.monotonic() - started, 0.5)
        wait_until(lambda: self.server.admin("GET", "/faults") == [], what="the hang to start")
        # The hanging request holds nothing the others need.
        self.ok("GET", SVCTASKS)
        self.ok("POST", "/task-executions", series_body())
        hung.close()
        self.ok("GET", "/task-executions/info")

    def test_hang_with_a_duration_answers_afterwards(self):
        self.faults("hang-next=1:300")
        started = time.monotonic()
        self.ok("GET", SVCTASKS, timeout=10)
        self.assertGreaterEqual(time.monotonic() - started, 0.3)

    def test_scope_limits_a_fault_to_a_method_or_path(self):
        task = self.create_task()
        self.faults("error-next=500:1@PATCH,error-next=503:1@/task-executions")
        self.ok("GET", SVCTASKS)
        self.ok("GET", f"{SVCTASKS}/{task['id']}")
        self.assertEraError(self.call("PATCH", f"{SVCTASKS}/{task['id']}", {"name": "y"}), 500)
        self.ok("PATCH", f"{SVCTASKS}/{task['id']}", {"name": "y"})
        self.assertEqual(self.call("GET", "/task-executions/info").status, 503)
        self.ok("GET", "/task-executions/info")
        self.faults("error=500:1@GET/task-executions/info")
        self.ok("POST", "/task-executions", series_body())
        self.assertEqual(self.call("GET", "/task-executions/info").status, 500)

    def test_admin_api_is_never_faulted(self):
        self.faults("error=500:1,delay=2000")
        started = time.monotonic()
        self.assertIsInstance(self.server.admin("GET", "/stats"), dict)
        self.assertLess(time.monotonic() - started, 2)

    def test_reset_and_replace(self):
        self.faults("error=500:1")
        self.assertEqual(len(self.faults("delay=1")), 2)
        self.assertEqual(len(self.faults("drop=0", replace=True)), 1)
        self.server.admin("POST", "/faults/reset")
        self.assertEqual(self.server.admin("GET", "/faults"), [])
        self.faults("error=500:1")
        self.server.admin("DELETE", "/faults")
        self.ok("GET", SVCTASKS)

    def test_spec_as_plain_text_and_bad_specs(self):
        resp = self.call("POST", "/__admin/faults", raw=b"error-next=503:1",
                         content_type="text/plain")
        self.assertEqual(resp.status, 200, resp)
        self.assertEqual(self.call("GET", SVCTASKS).status, 503)
        for spec in ("explode=1", "error=503", "drop=1.5", "delay=-3", "hang=1@"):
            with self.subTest(spec=spec):
                resp = self.call("POST", "/__admin/faults", {"spec": spec})
                self.assertEraError(resp, 400)
