"""Starting and stopping, command-line options, authentication, TLS, concurrency."""
import json
import shutil
import signal
import socket
import ssl
import subprocess
import threading
import unittest

from refserver_testlib import (REFSERVER, SVCTASKS, ProcessTestCase, ServerTestCase, lwt_key,
                               series_body, wait_until)


class StartStopTest(ProcessTestCase):
    def test_first_line_names_the_url_and_sigterm_exits_0(self):
        server = self.start()
        self.assertGreater(server.port, 0)
        self.assertEqual(server.request("GET", SVCTASKS).status, 200)
        self.stop(server)

    def test_sigint_exits_0(self):
        self.stop(self.start(), signal.SIGINT)

    def test_a_fixed_port(self):
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        proc = subprocess.Popen([REFSERVER, "--port", str(port), "--quiet"], stdout=subprocess.PIPE)
        self.addCleanup(lambda: proc.poll() is None and (proc.kill(), proc.wait()))
        self.assertEqual(proc.stdout.readline().decode(), f"listening on http://127.0.0.1:{port}\n")
        proc.send_signal(signal.SIGTERM)
        self.assertEqual(proc.wait(10), 0)
        proc.stdout.close()

    def test_sigterm_while_a_request_hangs(self):
        server = self.start("--faults", "hang-next=1")
        conn = server.connection(timeout=20)
        conn.request("GET", SVCTASKS)
        self.addCleanup(conn.close)
        # The hanging request has arrived once the fault is used up.
        wait_until(lambda: server.request("GET", "/__admin/faults").json == [],
                   what="the request to hang")
        self.stop(server)

    def test_usage_errors_exit_2(self):
        for args in (["--faults", "explode=1"], ["--port", "-1"], ["--generate-series", "x"],
                     ["--tls-cert", "only.pem"], ["--bogus"]):
            with self.subTest(args=args):
                result = self.run_refserver(*args)
                self.assertEqual(result.returncode, 2, result.stderr)
                self.assertEqual(result.stdout, "")

    def test_request_log_never_shows_the_token(self):
        server = self.start(token="s3cret-token")
        server.request("GET", SVCTASKS)
        server.request("GET", SVCTASKS, token="wrong-one")
        self.stop(server)
        log = server.log()
        self.assertIn("GET /rest/v1/service/svctasks", log)
        self.assertNotIn("s3cret-token", log)
        self.assertNotIn("wrong-one", log)


class AuthTest(ServerTestCase):
    token = "t0ken"

    def test_missing_or_wrong_token_answers_401(self):
        for token in (None, "wrong", ""):
            with self.subTest(token=token):
                resp = self.call("GET", SVCTASKS, token=token)
                self.assertEraError(resp, 401)
                self.assertTrue(resp.headers["WWW-Authenticate"].startswith("Bearer"))
                self.assertPatrolError(self.call("GET", "/task-executions/info", token=token),
                                       401, "unauthorized", "unauthorized")
        resp = self.call("GET", SVCTASKS, token=None, headers={"Authorization": "Basic dDBrZW4="})
        self.assertEraError(resp, 401)

    def test_right_token_is_accepted_everywhere(self):
        task = self.create_task()
        self.ok("GET", f"{SVCTASKS}/{task['id']}")
        self.ok("LOOKUP", SVCTASKS, {"id": task["id"]})
        created = self.create_series()
        self.ok("GET", f"/task-executions/{created[0]['id']}")
        self.ok("GET", "/task-executions/info", headers={"Authorization": "bearer t0ken"})

    def test_a_refused_request_changes_nothing(self):
        self.assertEqual(self.call("POST", SVCTASKS, {"name": "x"}, token=None).status, 401)
        self.assertEqual(self.call("POST", "/task-executions", series_body(), token="no").status, 401)
        self.assertEqual(self.ok("GET", SVCTASKS), [])
        self.assertEqual(self.ok("GET", "/task-executions/info"), [])

    def test_refused_requests_keep_the_connection_usable(self):
        conn = self.server.connection()
        self.addCleanup(conn.close)
        body = json.dumps(series_body()).encode()
        for token, status in ((None, 401), ("t0ken", 200), ("bad", 401), ("t0ken", 200)):
            headers = {"Content-Type": "application/json"}
            if token:
                headers["Authorization"] = f"Bearer {token}"
            conn.request("POST", "/task-executions", body=body, headers=headers)
            resp = conn.getresponse()
            resp.read()
            self.assertEqual(resp.status, status)

    def test_admin_api_needs_no_token(self):
        self.assertEqual(self.call("GET", "/__admin/stats", token=None).status, 200)


class CommandLineFaultsTest(ProcessTestCase):
    def test_faults_option_sets_the_initial_faults(self):
        server = self.start("--faults", "error-next=503:1@GET,delay=10")
        self.assertEqual(server.request("GET", SVCTASKS).status, 503)
        self.assertEqual(server.request("GET", SVCTASKS).status, 200)
        self.assertEqual([f["kind"] for f in server.request("GET", "/__admin/faults").json],
                         ["delay"])
        self.stop(server)


@unittest.skipUnless(shutil.which("openssl"), "needs the openssl command to make a certificate")
class TlsTest(ProcessTestCase):
    def test_https_with_a_self_signed_certificate(self):
        cert, key = self.path("cert.pem"), self.path("key.pem")
        subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                        "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
                        "-keyout", key, "-out", cert], check=True, capture_output=True, timeout=60)
        server = self.start("--tls-cert", cert, "--tls-key", key)
        self.assertEqual(server.scheme, "https")
        with self.assertRaises(ssl.SSLCertVerificationError):
            server.request("GET", SVCTASKS)  # not trusted by default
        trusted = ssl.create_default_context(cafile=cert)
        conn = server.connection(context=trusted)
        conn.request("GET", SVCTASKS)
        self.assertEqual(conn.getresponse().status, 200)
        conn.close()
        self.stop(server)


class ConcurrencyTest(ServerTestCase):
    def test_parallel_clients_all_get_their_answers(self):
        errors, results = [], []

        def client(n):
            try:
                for i in range(10):
                    task = self.create_task(name=f"задача {n}-{i}")
                    results.append(self.ok("PATCH", f"{SVCTASKS}/{task['id']}", {"intervalsec": i}))
            except Exception as e:  # reported below, in the main thread
                errors.append(e)

        threads = [threading.Thread(target=client, args=(n,)) for n in range(6)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        self.assertEqual(errors, [])
        self.assertEqual(len(self.ok("GET", SVCTASKS + "?mask=id")), 60)
        lwts = [lwt_key(t) for t in results]
        self.assertEqual(len(set(lwts)), 60)  # no two writes share a write time
