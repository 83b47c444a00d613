"""Command-line options, authentication, persistence, seeding, generation and stopping."""
import json
import os
import shutil
import signal
import socket
import ssl
import subprocess
import tempfile
import threading
import unittest

from refserver_testlib import (REFSERVER, SEED_SVCTASK, SVCTASKS, RefServer, ServerTestCase,
                               lwt_key, series_body)


class Servers(unittest.TestCase):
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


class StartStopTest(Servers):
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
        self.assertEqual(server.request("GET", "/__admin/faults").json, [])
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

    def test_admin_api_needs_no_token(self):
        self.assertEqual(self.call("GET", "/__admin/stats", token=None).status, 200)


class PersistenceTest(Servers):
    def test_restart_on_the_same_database_keeps_everything(self):
        db = self.path("data.sqlite")
        server = self.start("--db", db)
        task = server.request("POST", SVCTASKS, {"name": "Резервное копирование",
                                                 "unknownField": [1]}).json
        created = server.request("POST", "/task-executions",
                                 series_body(recurrence={"rule": "FREQ=DAILY;COUNT=3"})).json
        view = server.request("GET", f"/task-executions/{created[1]['id']}").json
        body = {k: v for k, v in view.items() if k not in ("id", "scheduledTaskId", "state", "status")}
        split = server.request("PUT", f"/task-executions/{created[1]['id']}/series",
                               {**body, "name": "после разделения"}).json
        before = {
            "task": server.request("GET", f"{SVCTASKS}/{task['id']}").json,
            "list": server.request("GET", SVCTASKS).json,
            "info": server.request("GET", "/task-executions/info").json,
            "views": [server.request("GET", f"/task-executions/{e['id']}").json for e in created],
            "old": server.request("GET", f"/__admin/series/{split['updatingSeriesId']}").json,
        }
        self.stop(server)

        again = self.start("--db", db)
        after = {
            "task": again.request("GET", f"{SVCTASKS}/{task['id']}").json,
            "list": again.request("GET", SVCTASKS).json,
            "info": again.request("GET", "/task-executions/info").json,
            "views": [again.request("GET", f"/task-executions/{e['id']}").json for e in created],
            "old": again.request("GET", f"/__admin/series/{split['updatingSeriesId']}").json,
        }
        self.assertEqual(after, before)
        self.assertEqual(after["views"][2]["name"], "после разделения")
        patched = again.request("PATCH", f"{SVCTASKS}/{task['id']}", {"name": "x"}).json
        self.assertGreater(lwt_key(patched), lwt_key(task))
        self.stop(again)

    def test_without_db_nothing_is_kept(self):
        server = self.start()
        server.request("POST", SVCTASKS, {"name": "x"})
        self.stop(server)
        again = self.start()
        self.assertEqual(again.request("GET", SVCTASKS).json, [])
        self.stop(again)

    def test_an_unusable_database_file_exits_1(self):
        with open(self.path("not-a-db"), "w") as f:
            f.write("this is not SQLite " * 100)
        result = self.run_refserver("--db", self.path("not-a-db"))
        self.assertEqual(result.returncode, 1)
        self.assertIn("--db", result.stderr)


class SeedTest(Servers):
    def document(self):
        series = series_body(recurrence={"rule": "FREQ=DAILY;UNTIL=20230308T180000Z"})
        series["seriesId"] = "475c2d64-b564-4f17-9833-ac3793ee43b4"
        series["steps"][0]["seriesId"] = "a5f2b3e4-3e38-4a37-9177-a6340b291bf0"
        no_ids = series_body(name="без идентификатора")
        return {"svctasks": [SEED_SVCTASK, {"name": "Сверка платежей"}], "series": [series, no_ids]}

    def test_seed_file_is_loaded(self):
        server = self.start("--seed", self.write_json("seed.json", self.document()))
        self.assertEqual(server.request("GET", f"{SVCTASKS}/{SEED_SVCTASK['id']}").json,
                         SEED_SVCTASK)
        self.assertEqual(len(server.request("GET", SVCTASKS).json), 2)
        info = server.request("GET", "/task-executions/info").json
        self.assertEqual(len(info), 4)
        info = server.request("GET", "/task-executions/info?seriesId="
                              "475c2d64-b564-4f17-9833-ac3793ee43b4").json
        self.assertEqual(len(info), 3)
        view = server.request("GET", f"/task-executions/{info[0]['id']}").json
        self.assertEqual(view["steps"][0]["seriesId"], "a5f2b3e4-3e38-4a37-9177-a6340b291bf0")
        self.assertEqual(view["recurrence"], {"rule": "FREQ=DAILY;UNTIL=20230308T180000Z"})
        self.stop(server)

    def test_either_key_may_be_absent(self):
        server = self.start("--seed", self.write_json("tasks.json", {"svctasks": [SEED_SVCTASK]}))
        self.assertEqual(len(server.request("GET", SVCTASKS).json), 1)
        self.stop(server)
        server = self.start("--seed", self.write_json("empty.json", {}))
        self.assertEqual(server.request("GET", SVCTASKS).json, [])
        self.stop(server)

    def test_seeding_again_on_the_same_database_adds_no_duplicates(self):
        db, seed = self.path("seeded.sqlite"), self.write_json("seed.json", self.document())
        server = self.start("--db", db, "--seed", seed)
        server.request("PATCH", f"{SVCTASKS}/{SEED_SVCTASK['id']}", {"name": "changed"})
        self.stop(server)
        server = self.start("--db", db, "--seed", seed)
        tasks = server.request("GET", SVCTASKS).json
        self.assertEqual(len(tasks), 3)  # the task without id is new each time, by design
        self.assertEqual(server.request("GET", f"{SVCTASKS}/{SEED_SVCTASK['id']}").json["name"],
                         "changed")
        series_ids = {e["seriesId"] for e in server.request("GET", "/task-executions/info").json}
        self.assertEqual(len(series_ids), 3)
        self.stop(server)

    def test_bad_seed_files_exit_1_and_say_why(self):
        bad = self.write_json("bad.json", {"series": [series_body(name="")]})
        malformed = self.path("malformed.json")
        with open(malformed, "w") as f:
            f.write("{")
        for path in (bad, malformed, self.path("missing.json"), self.write_json("list.json", [])):
            with self.subTest(path=os.path.basename(path)):
                result = self.run_refserver("--seed", path)
                self.assertEqual(result.returncode, 1)
                self.assertIn("--seed", result.stderr)
                self.assertEqual(result.stdout, "")


class GenerateTest(Servers):
    def test_generated_records_are_many_varied_and_realistic(self):
        server = self.start("--generate-svctasks", "10000", "--generate-series", "200",
                            "--generate-seed", "7", "--quiet")
        ids = server.request("GET", SVCTASKS + "?mask=id,ext.lwt").json
        self.assertEqual(len(ids), 10000)
        self.assertEqual(len({t["id"] for t in ids}), 10000)
        page = server.request("GET", SVCTASKS + "?limit=50").json
        self.assertTrue(any(any("а" <= c <= "я" for c in t["name"].lower()) for t in page))
        info = server.request("GET", "/task-executions/info").json
        self.assertEqual(len({e["seriesId"] for e in info}), 200)
        self.assertGreater(len(info), 200)  # some series recur
        views = [server.request("GET", f"/task-executions/{e['id']}").json for e in info[:60]]
        self.assertTrue(any(len(v["steps"]) > 1 and sum(len(s["actions"]) for s in v["steps"]) > 1
                            for v in views))
        self.stop(server)


class CommandLineFaultsTest(Servers):
    def test_faults_option_sets_the_initial_faults(self):
        server = self.start("--faults", "error-next=503:1@GET,delay=10")
        self.assertEqual(server.request("GET", SVCTASKS).status, 503)
        self.assertEqual(server.request("GET", SVCTASKS).status, 200)
        self.assertEqual([f["kind"] for f in server.request("GET", "/__admin/faults").json],
                         ["delay"])
        self.stop(server)


@unittest.skipUnless(shutil.which("openssl"), "needs the openssl command to make a certificate")
class TlsTest(Servers):
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
