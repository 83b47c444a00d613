"""The admin API: request counts, changes behind the client's back, import and generation."""
import copy
import uuid

from refserver_testlib import SEED_SVCTASK, SVCTASKS, ServerTestCase, lwt_key, series_body


class StatsTest(ServerTestCase):
    def test_counts_per_method_and_route_kind(self):
        task = self.create_task()
        created = self.create_series()
        self.server.admin("POST", "/stats/reset")
        self.ok("GET", SVCTASKS + "?mask=id,ext.lwt")
        self.ok("GET", SVCTASKS + "?offset=100")
        for _ in range(3):
            self.ok("GET", f"{SVCTASKS}/{task['id']}")
        self.ok("PATCH", f"{SVCTASKS}/{task['id']}", {"name": "y"})
        self.ok("LOOKUP", SVCTASKS, {"id": task["id"]})
        self.ok("GET", "/task-executions/info")
        view = self.ok("GET", f"/task-executions/{created[0]['id']}")
        self.call("PUT", f"/task-executions/{created[0]['id']}/series", {"seriesId": "stale"})
        self.call("GET", "/nowhere")
        self.server.admin("GET", "/faults")  # the admin API is not counted
        self.assertEqual(self.server.admin("GET", "/stats"), {
            "GET /rest/v1/service/svctasks": 2,
            "GET /rest/v1/service/svctasks/{id}": 3,
            "PATCH /rest/v1/service/svctasks/{id}": 1,
            "LOOKUP /rest/v1/service/svctasks": 1,
            "GET /task-executions/info": 1,
            "GET /task-executions/{id}": 1,
            "PUT /task-executions/{id}/series": 1,
            "GET (unknown route)": 1,
            "total": 11})
        self.assertEqual(view["id"], created[0]["id"])
        self.assertEqual(self.server.admin("POST", "/stats/reset"), {"total": 0})

    def test_faulted_requests_are_counted_too(self):
        self.server.admin("POST", "/faults", {"spec": "error-next=503:2"})
        for _ in range(3):
            self.call("GET", SVCTASKS)
        self.assertEqual(self.server.admin("GET", "/stats")["GET /rest/v1/service/svctasks"], 3)


class SvctaskChangesTest(ServerTestCase):
    def test_patch_behind_the_back_changes_fields_and_lwt(self):
        task = self.create_task(opts={"title": "t", "comment": "c"})
        self.server.admin("POST", "/stats/reset")
        changed = self.server.admin("PATCH", f"/svctasks/{task['id']}",
                                    {"name": "Чужая правка", "opts": {"comment": "their"}})
        self.assertEqual(changed["name"], "Чужая правка")
        self.assertEqual(changed["opts"], {"title": "t", "comment": "their"})
        self.assertGreater(lwt_key(changed), lwt_key(task))
        self.assertEqual(self.server.admin("GET", "/stats"), {"total": 0})
        self.assertEqual(self.ok("GET", f"{SVCTASKS}/{task['id']}"), changed)
        self.assertEqual(self.server.admin("GET", f"/svctasks/{task['id']}"), changed)

    def test_bad_changes_and_unknown_ids(self):
        task = self.create_task()
        self.assertEraError(self.call("PATCH", f"/__admin/svctasks/{task['id']}", {"id": "x"}), 400)
        self.assertEraError(self.call("PATCH", f"/__admin/svctasks/{uuid.uuid4()}", {"name": "x"}),
                            404)
        self.assertEraError(self.call("GET", f"/__admin/svctasks/{uuid.uuid4()}"), 404)

    def test_delete_behind_the_back(self):
        task = self.create_task()
        self.assertIsNone(self.server.admin("DELETE", f"/svctasks/{task['id']}"))
        self.assertEraError(self.call("GET", f"{SVCTASKS}/{task['id']}"), 404)
        self.assertEraError(self.call("DELETE", f"/__admin/svctasks/{task['id']}"), 404)


class SeriesChangesTest(ServerTestCase):
    def setUp(self):
        super().setUp()
        body = series_body(recurrence={"rule": "FREQ=DAILY;COUNT=2"})
        body["steps"].append({"pointId": None, "name": "step 2", "order": 1, "actions": [
            {"name": "a", "type": "TEXT", "order": 0, "required": False}]})
        self.created = self.ok("POST", "/task-executions", body)
        self.series_id = self.created[0]["seriesId"]
        self.view = self.ok("GET", f"/task-executions/{self.created[0]['id']}")
        self.steps = self.view["steps"]

    def current(self, index=0):
        return self.ok("GET", f"/task-executions/{self.created[index]['id']}")

    def test_series_fields_change_in_place(self):
        got = self.server.admin("PATCH", f"/series/{self.series_id}",
                                {"name": "Чужое имя", "priority": "MAJOR", "tags": []})
        self.assertEqual(got["series"]["name"], "Чужое имя")
        for index in (0, 1):
            view = self.current(index)
            self.assertEqual((view["seriesId"], view["name"], view["priority"], view["tags"]),
                             (self.series_id, "Чужое имя", "MAJOR", []))

    def test_changing_start_moves_the_executions(self):
        self.server.admin("PATCH", f"/series/{self.series_id}",
                          {"startAt": "2023-03-06T20:00:00.000Z", "endAt": "2023-03-06T20:30:00.000Z"})
        self.assertEqual([(e["startAt"], e["endAt"]) for e in self.ok("GET", "/task-executions/info")],
                         [("2023-03-06T20:00:00.000Z", "2023-03-06T20:30:00.000Z"),
                          ("2023-03-07T20:00:00.000Z", "2023-03-07T20:30:00.000Z")])

    def test_steps_and_actions_change_and_go(self):
        step0, step1 = (s["seriesId"] for s in self.steps)
        action0, action1 = (a["seriesId"] for a in self.steps[0]["actions"])
        base = f"/series/{self.series_id}/steps/{step0}"
        self.server.admin("PATCH", base, {"name": "Пост охраны"})
        self.server.admin("PATCH", f"{base}/actions/{action1}", {"required": False, "maxValue": 99})
        view = self.current()
        self.assertEqual(view["steps"][0]["name"], "Пост охраны")
        self.assertEqual((view["steps"][0]["actions"][1]["required"],
                          view["steps"][0]["actions"][1]["maxValue"]), (False, 99))
        self.server.admin("DELETE", f"{base}/actions/{action0}")
        self.server.admin("DELETE", base)
        view = self.current()
        self.assertEqual([(s["seriesId"], s["order"]) for s in view["steps"]], [(step1, 0)])
        self.assertEqual(view["seriesId"], self.series_id)

    def test_deleting_an_action_renumbers_the_rest(self):
        step0 = self.steps[0]["seriesId"]
        first = self.steps[0]["actions"][0]["seriesId"]
        self.server.admin("DELETE", f"/series/{self.series_id}/steps/{step0}/actions/{first}")
        self.assertEqual([a["order"] for a in self.current()["steps"][0]["actions"]], [0])

    def test_bad_changes_answer_400_or_404(self):
        path = f"/__admin/series/{self.series_id}"
        for body in ({"seriesId": "x"}, {"name": ""}, {"endAt": "2000-01-01T00:00:00Z"}):
            self.assertEraError(self.call("PATCH", path, body), 400)
        self.assertEraError(self.call("PATCH", f"{path}/steps/nope", {"name": "x"}), 404)
        self.assertEraError(self.call("PATCH", f"/__admin/series/{uuid.uuid4()}", {"name": "x"}), 404)
        self.assertEqual(self.current(), self.view)

    def test_delete_series_removes_its_executions(self):
        self.server.admin("DELETE", f"/series/{self.series_id}")
        self.assertEqual(self.ok("GET", "/task-executions/info"), [])
        self.assertEqual(self.call("GET", f"/task-executions/{self.created[0]['id']}").status, 404)
        self.assertEraError(self.call("DELETE", f"/__admin/series/{self.series_id}"), 404)

    def test_executions_state_and_deletion(self):
        execution = self.created[1]["id"]
        got = self.server.admin("PATCH", f"/executions/{execution}",
                                {"state": "COMPLETED", "status": "DONE"})
        self.assertEqual((got["state"], got["status"]), ("COMPLETED", "DONE"))
        self.assertEqual(self.current(1)["state"], "COMPLETED")
        self.assertEraError(self.call("PATCH", f"/__admin/executions/{execution}", {"name": "x"}), 400)
        self.server.admin("DELETE", f"/executions/{execution}")
        self.assertEqual([e["id"] for e in self.ok("GET", "/task-executions/info")],
                         [self.created[0]["id"]])


class DataTest(ServerTestCase):
    def test_import_keeps_ids_and_server_times_and_skips_known_ids(self):
        series = series_body(recurrence={"rule": "FREQ=DAILY;COUNT=3"})
        series["seriesId"] = "475c2d64-b564-4f17-9833-ac3793ee43b4"
        series["steps"][0]["seriesId"] = "a5f2b3e4-3e38-4a37-9177-a6340b291bf0"
        document = {"svctasks": [SEED_SVCTASK], "series": [series]}
        self.assertEqual(self.server.admin("POST", "/import", document),
                         {"svctasks": 1, "series": 1})
        self.assertEqual(self.ok("GET", f"{SVCTASKS}/{SEED_SVCTASK['id']}"), SEED_SVCTASK)
        info = self.ok("GET", "/task-executions/info")
        self.assertEqual([e["seriesId"] for e in info], [series["seriesId"]] * 3)
        view = self.ok("GET", f"/task-executions/{info[0]['id']}")
        self.assertEqual(view["steps"][0]["seriesId"], "a5f2b3e4-3e38-4a37-9177-a6340b291bf0")
        self.assertEqual(self.server.admin("POST", "/import", copy.deepcopy(document)),
                         {"svctasks": 0, "series": 0})
        bad = {"svctasks": [{"name": ""}]}
        self.assertEraError(self.call("POST", "/__admin/import", bad), 400)

    def test_generate_and_reset(self):
        self.assertEqual(self.server.admin("POST", "/generate", {"svctasks": 30, "series": 10}),
                         {"svctasks": 30, "series": 10})
        self.assertEqual(len(self.ok("GET", SVCTASKS + "?mask=id")), 30)
        info = self.ok("GET", "/task-executions/info")
        self.assertEqual(len({e["seriesId"] for e in info}), 10)
        self.server.admin("POST", "/data/reset")
        self.assertEqual(self.ok("GET", SVCTASKS), [])
        self.assertEqual(self.ok("GET", "/task-executions/info"), [])

    def test_unknown_admin_path_and_method(self):
        self.assertEraError(self.call("GET", "/__admin/nothing"), 404)
        self.assertEraError(self.call("DELETE", "/__admin/stats"), 405)
        self.assertEqual(self.server.admin("GET", "/health"), {"ok": True})
