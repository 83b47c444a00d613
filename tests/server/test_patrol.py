"""TARGPatrol task-execution endpoints (docs/api-contract.md §2) against the real refserver."""
import urllib.parse
import uuid

from refserver_testlib import LOCATION_A, USER_A, ServerTestCase, series_body

INFO_FIELDS = {"id", "scheduledTaskId", "seriesId", "name", "description", "locationId",
               "assigneeIds", "priority", "startAt", "endAt", "state", "status"}
PATROL_DATE = r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$"
USER_B = "11111111-2222-4333-8444-555555555555"
LOCATION_B = "66666666-7777-4888-9999-000000000000"


def info_query(*pairs):
    return "/task-executions/info?" + urllib.parse.urlencode(pairs)


def put_body(view, **changes):
    """A PUT body made from a GET /task-executions/{id} answer."""
    body = {k: v for k, v in view.items() if k not in ("id", "scheduledTaskId", "state", "status")}
    body.update(changes)
    return body


class CreateTest(ServerTestCase):
    def test_post_without_recurrence_makes_one_execution(self):
        created = self.create_series()
        self.assertEqual(len(created), 1)
        execution = created[0]
        self.assertEqual(set(execution), INFO_FIELDS)
        self.assertEqual((execution["startAt"], execution["endAt"]),
                         ("2023-03-06T18:00:00.000Z", "2023-03-06T21:00:00.000Z"))
        self.assertEqual(uuid.UUID(execution["seriesId"]).version, 4)
        self.assertEqual((execution["name"], execution["priority"], execution["locationId"],
                          execution["assigneeIds"], execution["description"]),
                         ("task 1", "NORMAL", LOCATION_A, [USER_A], None))
        self.assertEqual(execution["state"], "IN_PROGRESS")

    def test_post_assigns_series_ids_to_series_steps_and_actions(self):
        created = self.create_series(seriesId="ignored-by-the-server")
        view = self.ok("GET", f"/task-executions/{created[0]['id']}")
        self.assertEqual(view["seriesId"], created[0]["seriesId"])
        self.assertNotEqual(view["seriesId"], "ignored-by-the-server")
        ids = {view["seriesId"]}
        for step in view["steps"]:
            ids.add(step["seriesId"])
            ids.update(a["seriesId"] for a in step["actions"])
        self.assertEqual(len(ids), 4)
        for value in ids:
            uuid.UUID(value)

    def test_get_execution_shows_the_whole_series_body(self):
        created = self.create_series(recurrence={"rule": "FREQ=DAILY;COUNT=2"})
        view = self.ok("GET", f"/task-executions/{created[1]['id']}")
        expected = series_body()
        for field in ("assigneeIds", "locationId", "name", "description", "priority",
                      "orderStepsRequired", "strictTimeRequired", "deadlined", "tags"):
            self.assertEqual(view[field], expected[field], field)
        self.assertEqual((view["id"], view["seriesId"]), (created[1]["id"], created[1]["seriesId"]))
        self.assertEqual((view["startAt"], view["endAt"]),
                         ("2023-03-07T18:00:00.000Z", "2023-03-07T21:00:00.000Z"))
        self.assertEqual(view["recurrence"], {"rule": "FREQ=DAILY;COUNT=2"})
        self.assertEqual((view["state"], view["status"]), ("IN_PROGRESS", created[1]["status"]))
        step = view["steps"][0]
        self.assertEqual((step["name"], step["order"], step["pointId"]),
                         ("step 1", 0, "9facfd8e-1fe3-4449-80be-1003bcf238a2"))
        self.assertEqual([(a["name"], a["type"], a["order"], a["required"]) for a in step["actions"]],
                         [("action 1", "BOOLEAN", 0, False), ("action 2", "NUMBER", 1, True)])
        self.assertEqual((step["actions"][1]["minValue"], step["actions"][1]["maxValue"]),
                         (11.1, 12.1))

    def test_series_without_recurrence_has_no_recurrence_field(self):
        created = self.create_series()
        self.assertNotIn("recurrence", self.ok("GET", f"/task-executions/{created[0]['id']}"))

    def test_daily_recurrence_with_until_and_exceptions(self):
        created = self.create_series(recurrence={
            "rule": "FREQ=DAILY;UNTIL=20230312T180000Z",
            "exception": "20230307T180000Z,20230309T180000Z"})
        self.assertEqual([e["startAt"] for e in created],
                         ["2023-03-06T18:00:00.000Z", "2023-03-08T18:00:00.000Z",
                          "2023-03-10T18:00:00.000Z", "2023-03-11T18:00:00.000Z",
                          "2023-03-12T18:00:00.000Z"])
        self.assertEqual([e["endAt"][11:] for e in created], ["21:00:00.000Z"] * 5)
        self.assertEqual(len({e["seriesId"] for e in created}), 1)
        self.assertEqual(len({e["id"] for e in created}), 5)
        self.assertEqual(len({e["scheduledTaskId"] for e in created}), 1)

    def test_public_example_recurrence_is_expanded_by_rfc5545(self):
        # The example's exceptions (21:00Z) match no 18:00Z occurrence, so none is excluded.
        created = self.create_series(recurrence={
            "rule": "FREQ=DAILY;UNTIL=20230309T210000Z",
            "exception": "20230307T210000Z,20230309T210000Z"})
        self.assertEqual([e["startAt"][:10] for e in created],
                         ["2023-03-06", "2023-03-07", "2023-03-08", "2023-03-09"])

    def test_weekly_count_and_date_only_and_array_exceptions(self):
        created = self.create_series(recurrence={
            "rule": "RRULE:FREQ=WEEKLY;BYDAY=MO,WE;COUNT=4", "exception": ["20230308"]})
        self.assertEqual([e["startAt"][:10] for e in created],
                         ["2023-03-06", "2023-03-13", "2023-03-15"])

    def test_unknown_fields_survive_at_every_level(self):
        body = series_body(recurrence={"rule": "FREQ=DAILY;COUNT=1", "timezone": "Europe/Moscow"},
                           customTop={"a": [1]})
        body["steps"][0]["stepExtra"] = "s"
        body["steps"][0]["actions"][0]["actionExtra"] = {"k": None}
        created = self.ok("POST", "/task-executions", body)
        view = self.ok("GET", f"/task-executions/{created[0]['id']}")
        self.assertEqual(view["customTop"], {"a": [1]})
        self.assertEqual(view["recurrence"]["timezone"], "Europe/Moscow")
        self.assertEqual(view["steps"][0]["stepExtra"], "s")
        self.assertEqual(view["steps"][0]["actions"][0]["actionExtra"], {"k": None})
        # ... and after a PUT, which keeps what the body gives.
        view["steps"][0]["actions"][1]["note"] = "n"
        self.ok("PUT", f"/task-executions/{view['id']}/series", put_body(view))
        again = self.ok("GET", f"/task-executions/{view['id']}")
        self.assertEqual(again["customTop"], {"a": [1]})
        self.assertEqual(again["steps"][0]["stepExtra"], "s")
        self.assertEqual(again["steps"][0]["actions"][0]["actionExtra"], {"k": None})
        self.assertEqual(again["steps"][0]["actions"][1]["note"], "n")

    def test_unknown_codes_are_kept(self):
        body = series_body(priority="CRITICAL")
        body["steps"][0]["actions"][0]["type"] = "MULTI_SELECT"
        created = self.ok("POST", "/task-executions", body)
        view = self.ok("GET", f"/task-executions/{created[0]['id']}")
        self.assertEqual(view["priority"], "CRITICAL")
        self.assertEqual(view["steps"][0]["actions"][0]["type"], "MULTI_SELECT")

    def test_invalid_bodies_answer_400_with_the_documented_body(self):
        def step(**fields):
            return [{"name": "s", "order": 0, "actions": [], **fields}]
        cases = {
            "empty name": series_body(name=""),
            "no name": {k: v for k, v in series_body().items() if k != "name"},
            "start after end": series_body(endAt="2023-03-06T17:00:00.000Z"),
            "bad date": series_body(startAt="tomorrow"),
            "no startAt": {k: v for k, v in series_body().items() if k != "startAt"},
            "flag not bool": series_body(deadlined="yes"),
            "tags not list": series_body(tags="a,b"),
            "assignees not list": series_body(assigneeIds=USER_A),
            "steps not list": series_body(steps={}),
            "step without name": series_body(steps=step(name="")),
            "order not int": series_body(steps=step(order="0")),
            "action without type": series_body(steps=step(actions=[{"name": "a", "order": 0}])),
            "required not bool": series_body(steps=step(actions=[
                {"name": "a", "type": "TEXT", "order": 0, "required": 1}])),
            "bad rule": series_body(recurrence={"rule": "FREQ=SOMETIMES"}),
            "rule not string": series_body(recurrence={"rule": 5}),
            "all excluded": series_body(recurrence={"rule": "FREQ=DAILY;COUNT=1",
                                                    "exception": "20230306T180000Z"}),
            "not an object": ["task"],
        }
        for name, body in cases.items():
            with self.subTest(name):
                self.assertBadInput(self.call("POST", "/task-executions", body))
        self.assertEqual(self.ok("GET", "/task-executions/info"), [])

    def test_malformed_json_answers_400(self):
        for raw in (b'{"name": ', b"", b"nonsense"):
            self.assertBadInput(self.call("POST", "/task-executions", raw=raw))

    def test_body_not_typed_json_answers_406(self):
        for content_type in ("text/plain", "application/x-www-form-urlencoded", None):
            with self.subTest(content_type=content_type):
                resp = self.call("POST", "/task-executions", series_body(),
                                 content_type=content_type)
                self.assertPatrolError(resp, 406, "mismatch in the types of content",
                                       "not.acceptable")
        self.assertEqual(self.ok("GET", "/task-executions/info"), [])

    def test_accept_without_json_answers_406(self):
        resp = self.call("GET", "/task-executions/info", headers={"Accept": "text/html"})
        self.assertPatrolError(resp, 406, "mismatch in the types of content", "not.acceptable")
        self.ok("GET", "/task-executions/info", headers={"Accept": "application/json, */*;q=0.1"})

    def test_unknown_execution_answers_404(self):
        resp = self.call("GET", f"/task-executions/{uuid.uuid4()}")
        self.assertPatrolError(resp, 404, "not found", "not.found")

    def test_wrong_method_answers_405(self):
        resp = self.call("GET", "/task-executions")
        self.assertPatrolError(resp, 405, "method not allowed", "method.not.allowed")


class SplitTest(ServerTestCase):
    def setUp(self):
        super().setUp()
        self.created = self.create_series(recurrence={"rule": "FREQ=DAILY;COUNT=5"})
        self.old_id = self.created[0]["seriesId"]
        self.pivot = self.created[2]
        self.view = self.ok("GET", f"/task-executions/{self.pivot['id']}")

    def split(self, execution_id=None, **changes):
        return self.call("PUT", f"/task-executions/{execution_id or self.pivot['id']}/series",
                         put_body(self.view, **changes))

    def test_put_answers_the_old_and_the_new_series_id(self):
        resp = self.split(name="renamed")
        self.assertEqual(resp.status, 200, resp)
        self.assertEqual(set(resp.json), {"updatingSeriesId", "createdSeriesId"})
        self.assertEqual(resp.json["updatingSeriesId"], self.old_id)
        self.assertNotEqual(resp.json["createdSeriesId"], self.old_id)
        uuid.UUID(resp.json["createdSeriesId"])

    def test_put_moves_this_and_later_executions_to_the_new_series(self):
        new_id = self.split(name="renamed", startAt="2023-03-08T19:00:00.000Z",
                            endAt="2023-03-08T19:30:00.000Z").json["createdSeriesId"]
        info = self.ok("GET", info_query(("sort", "startAt,asc")))
        self.assertEqual([e["id"] for e in info], [e["id"] for e in self.created])
        self.assertEqual([e["seriesId"] for e in info], [self.old_id] * 2 + [new_id] * 3)
        self.assertEqual([e["name"] for e in info], ["task 1"] * 2 + ["renamed"] * 3)
        self.assertEqual([(e["startAt"][5:16], e["endAt"][11:16]) for e in info],
                         [("03-06T18:00", "21:00"), ("03-07T18:00", "21:00"),
                          ("03-08T19:00", "19:30"), ("03-09T19:00", "19:30"),
                          ("03-10T19:00", "19:30")])
        self.assertEqual(len({e["scheduledTaskId"] for e in info}), 1)

    def test_get_shows_the_new_series_after_a_put(self):
        new_id = self.split(name="renamed", tags=["x"]).json["createdSeriesId"]
        after = self.ok("GET", f"/task-executions/{self.pivot['id']}")
        self.assertEqual((after["id"], after["seriesId"], after["name"], after["tags"]),
                         (self.pivot["id"], new_id, "renamed", ["x"]))
        # The series' recurrence carries over when the body has none.
        self.assertEqual(after["recurrence"]["rule"], "FREQ=DAILY;COUNT=5")
        before = self.ok("GET", f"/task-executions/{self.created[0]['id']}")
        self.assertEqual((before["seriesId"], before["name"]), (self.old_id, "task 1"))

    def test_old_series_is_ended_before_the_execution(self):
        new_id = self.split().json["createdSeriesId"]
        old = self.server.admin("GET", f"/series/{self.old_id}")
        self.assertEqual(old["successorId"], new_id)
        self.assertEqual(old["series"]["recurrence"]["rule"], "FREQ=DAILY;UNTIL=20230308T175959Z")
        self.assertEqual([e["id"] for e in old["executions"]],
                         [e["id"] for e in self.created[:2]])

    def test_steps_and_actions_keep_given_ids_and_new_ones_get_fresh_ids(self):
        steps = self.view["steps"]
        kept_step = steps[0]["seriesId"]
        kept_action = steps[0]["actions"][0]["seriesId"]
        steps[0]["actions"].append({"name": "new action", "type": "TEXT", "order": 2,
                                    "required": False})
        steps.append({"pointId": None, "name": "new step", "order": 1, "actions": []})
        self.assertEqual(self.split(steps=steps).status, 200)
        after = self.ok("GET", f"/task-executions/{self.pivot['id']}")["steps"]
        self.assertEqual(after[0]["seriesId"], kept_step)
        self.assertEqual(after[0]["actions"][0]["seriesId"], kept_action)
        fresh = [after[0]["actions"][2]["seriesId"], after[1]["seriesId"]]
        for value in fresh:
            uuid.UUID(value)
        self.assertNotIn(kept_step, fresh)

    def test_put_with_a_stale_series_id_answers_400(self):
        self.assertEqual(self.split().status, 200)
        resp = self.split(execution_id=self.created[3]["id"])  # body still names the old series
        self.assertBadInput(resp)
        resp = self.split(seriesId=str(uuid.uuid4()))
        self.assertBadInput(resp)
        body = put_body(self.view)
        del body["seriesId"]
        self.assertBadInput(self.call("PUT", f"/task-executions/{self.pivot['id']}/series", body))

    def test_put_for_an_unknown_execution_answers_404(self):
        resp = self.split(execution_id=str(uuid.uuid4()))
        self.assertPatrolError(resp, 404, "not found", "not.found")

    def test_invalid_put_answers_400_and_changes_nothing(self):
        for changes in ({"name": ""}, {"startAt": "2023-03-09T00:00:00.000Z"},
                        {"priority": 3}, {"steps": "none"}, {"recurrence": {"rule": "bad"}}):
            with self.subTest(changes=changes):
                self.assertBadInput(self.split(**changes))
        self.assertBadInput(self.call("PUT", f"/task-executions/{self.pivot['id']}/series",
                                      raw=b"{oops"))
        info = self.ok("GET", "/task-executions/info")
        self.assertEqual({e["seriesId"] for e in info}, {self.old_id})

    def test_put_not_typed_json_answers_406(self):
        resp = self.call("PUT", f"/task-executions/{self.pivot['id']}/series",
                         put_body(self.view), content_type="text/plain")
        self.assertPatrolError(resp, 406, "mismatch in the types of content", "not.acceptable")

    def test_put_on_the_first_execution_moves_them_all(self):
        new_id = self.split(execution_id=self.created[0]["id"],
                            startAt="2023-03-06T18:00:00.000Z",
                            endAt="2023-03-06T21:00:00.000Z").json["createdSeriesId"]
        info = self.ok("GET", "/task-executions/info")
        self.assertEqual({e["seriesId"] for e in info}, {new_id})
        self.assertEqual(self.server.admin("GET", f"/series/{self.old_id}")["executions"], [])


class InfoTest(ServerTestCase):
    def setUp(self):
        super().setUp()
        self.a = self.create_series(name="Обход территории", description="Ночной ОБХОД",
                                    priority="MAJOR", recurrence={"rule": "FREQ=DAILY;COUNT=3"})
        self.b = self.create_series(name="Проверка КПП", priority="NORMAL",
                                    assigneeIds=[USER_B], locationId=LOCATION_B,
                                    startAt="2023-03-07T06:00:00.000Z",
                                    endAt="2023-03-07T07:00:00.000Z")
        self.c = self.create_series(name="Night patrol", priority="MINOR",
                                    assigneeIds=[USER_A, USER_B],
                                    startAt="2023-03-05T22:00:00.000Z",
                                    endAt="2023-03-05T23:00:00.000Z")
        self.server.admin("PATCH", f"/executions/{self.a[0]['id']}", {"state": "COMPLETED"})

    def ids(self, *pairs):
        return [e["id"] for e in self.ok("GET", info_query(*pairs))]

    def test_default_lists_everything_sorted_by_start(self):
        items = self.ok("GET", "/task-executions/info")
        self.assertEqual(len(items), 5)
        self.assertEqual([e["id"] for e in items],
                         [self.c[0]["id"], self.a[0]["id"], self.b[0]["id"], self.a[1]["id"],
                          self.a[2]["id"]])
        for item in items:
            self.assertEqual(set(item), INFO_FIELDS)
            self.assertRegex(item["startAt"], PATROL_DATE)
            self.assertRegex(item["endAt"], PATROL_DATE)

    def test_sort(self):
        starts = [e["startAt"] for e in self.ok("GET", info_query(("sort", "startAt,desc")))]
        self.assertEqual(starts, sorted(starts, reverse=True))
        names = [e["name"] for e in self.ok("GET", info_query(("sort", "name,desc"),
                                                              ("sort", "startAt,asc")))]
        self.assertEqual(names, sorted(names, reverse=True))
        names = [e["name"] for e in self.ok("GET", info_query(("sort", "name")))]
        self.assertEqual(names, sorted(names))
        for bad in ("bogus,asc", "name,up"):
            self.assertBadInput(self.call("GET", info_query(("sort", bad))))

    def test_limit_and_offset(self):
        everything = self.ids()
        self.assertEqual(self.ids(("limit", "2")), everything[:2])
        self.assertEqual(self.ids(("limit", "2"), ("offset", "2")), everything[2:4])
        self.assertEqual(self.ids(("offset", "4")), everything[4:])
        self.assertEqual(self.ids(("limit", "2147483647")), everything)
        for bad in (("limit", "-1"), ("offset", "x")):
            self.assertBadInput(self.call("GET", info_query(bad)))

    def test_q_searches_name_and_description_in_any_case(self):
        self.assertEqual(len(self.ids(("q", "обход"))), 3)     # name, Cyrillic, lower case
        self.assertEqual(len(self.ids(("q", "НОЧНОЙ"))), 3)    # description
        self.assertEqual(self.ids(("q", "PATROL")), [self.c[0]["id"]])
        self.assertEqual(self.ids(("q", "nothing like it")), [])

    def test_date_filters(self):
        self.assertEqual(self.ids(("startAt", "gt:2023-03-07T00:00:00.000Z")),
                         [self.b[0]["id"], self.a[1]["id"], self.a[2]["id"]])
        self.assertEqual(self.ids(("endAt", "lt:2023-03-07T00:00:00.000Z")),
                         [self.c[0]["id"], self.a[0]["id"]])
        self.assertEqual(self.ids(("startAt", "gt:2023-03-06T00:00:00Z"),
                                  ("endAt", "lt:2023-03-08T00:00:00+00:00")),
                         [self.a[0]["id"], self.b[0]["id"], self.a[1]["id"]])
        self.assertEqual(self.ids(("startAt", "2023-03-07T06:00:00.000Z")), [self.b[0]["id"]])
        self.assertBadInput(self.call("GET", info_query(("startAt", "gt:someday"))))

    def test_field_filters(self):
        self.assertEqual(self.ids(("name", "Проверка КПП")), [self.b[0]["id"]])
        self.assertEqual(self.ids(("name", "like:кпп")), [self.b[0]["id"]])
        self.assertEqual(len(self.ids(("priority", "in:NORMAL,MAJOR"))), 4)
        self.assertEqual(self.ids(("priority", "MINOR")), [self.c[0]["id"]])
        self.assertEqual(self.ids(("userId", f"in:{USER_B}")), [self.c[0]["id"], self.b[0]["id"]])
        self.assertEqual(len(self.ids(("userId", f"in:{USER_A},{USER_B}"))), 5)
        self.assertEqual(self.ids(("state", "in:COMPLETED")), [self.a[0]["id"]])
        self.assertEqual(len(self.ids(("state", "in:IN_PROGRESS"))), 4)
        self.assertEqual(self.ids(("locationId", LOCATION_B)), [self.b[0]["id"]])
        self.assertEqual(len(self.ids(("seriesId", self.a[0]["seriesId"]))), 3)
        self.assertEqual(self.ids(("priority", "in:MAJOR"), ("state", "in:IN_PROGRESS"),
                                  ("sort", "startAt,desc")),
                         [self.a[2]["id"], self.a[1]["id"]])
        self.assertBadInput(self.call("GET", info_query(("userId", "gt:x"))))
        self.assertBadInput(self.call("GET", info_query(("priority", "in:A,,B"))))
