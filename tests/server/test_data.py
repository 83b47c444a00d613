"""Persistence across restarts, --seed and --generate-*."""
import os

from refserver_testlib import SEED_SVCTASK, SVCTASKS, ProcessTestCase, lwt_key, series_body


class PersistenceTest(ProcessTestCase):
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


class SeedTest(ProcessTestCase):
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


class GenerateTest(ProcessTestCase):
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
