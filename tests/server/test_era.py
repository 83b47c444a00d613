"""ERA svctasks endpoints (docs/api-contract.md §1) against the real refserver."""
import json
import urllib.parse
import uuid

from refserver_testlib import SEED_SVCTASK, SVCTASKS, ServerTestCase, lwt_key

ERA_DATE = r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,6})?Z$"
LIST_FIELDS = {"id", "name", "isenabled", "svcscriptcode", "sitemode", "isregular", "overlap",
               "intervalsec", "dtstart", "dtstop", "schedule", "ext"}


def q(**params):
    """A query string; JSON-valued params are given as Python objects."""
    return "?" + urllib.parse.urlencode(
        {k: v if isinstance(v, str) else json.dumps(v) for k, v in params.items()})


class CreateTest(ServerTestCase):
    def test_create_answers_200_with_the_full_stored_entity(self):
        task = self.create_task()
        self.assertEqual(uuid.UUID(task["id"]).version, 4)
        self.assertEqual(task, {
            "id": task["id"], "name": "Очистка ежедневная", "isenabled": 0, "svcscriptcode": "",
            "sitemode": "all", "sites": "", "isregular": 0, "overlap": 1, "intervalsec": 0,
            "dtstart": "", "dtstop": "", "schedule": "all", "periods": [],
            "opts": {"title": "", "comment": ""}, "ext": task["ext"]})
        self.assertEqual(set(task["ext"]), {"ct", "lwt"})
        self.assertRegex(task["ext"]["ct"], ERA_DATE)
        self.assertEqual(task["ext"]["ct"], task["ext"]["lwt"])
        self.assertEqual(self.ok("GET", f"{SVCTASKS}/{task['id']}"), task)

    def test_client_given_id_is_kept_and_a_duplicate_is_refused(self):
        given = str(uuid.uuid4())
        self.assertEqual(self.create_task(id=given)["id"], given)
        resp = self.call("POST", SVCTASKS, {"id": given, "name": "again"})
        self.assertEraError(resp, 409)
        self.assertIn(given, resp.json["error"])
        self.assertEqual(len(self.ok("GET", SVCTASKS)), 1)

    def test_seed_example_round_trips_and_server_sets_ext(self):
        task = self.ok("POST", SVCTASKS, SEED_SVCTASK)
        expected = {k: v for k, v in SEED_SVCTASK.items() if k != "ext"}
        self.assertEqual({k: v for k, v in task.items() if k != "ext"}, expected)
        self.assertNotEqual(task["ext"]["ct"], SEED_SVCTASK["ext"]["ct"])  # not the client's

    def test_intbools_accept_booleans_and_are_stored_as_integers(self):
        task = self.create_task(isenabled=True, isregular=True, overlap=False)
        self.assertEqual((task["isenabled"], task["isregular"], task["overlap"]), (1, 1, 0))

    def test_dates_are_normalised_to_utc_with_z(self):
        task = self.create_task(dtstart="2019-02-20T11:00:00+03:00",
                                dtstop="2020-02-20T08:00:00.340Z")
        self.assertEqual(task["dtstart"], "2019-02-20T08:00:00Z")
        self.assertEqual(task["dtstop"], "2020-02-20T08:00:00.34Z")

    def test_sites_as_string_or_array_are_kept_as_given(self):
        self.assertEqual(self.create_task(sites="SITE1, SITE2")["sites"], "SITE1, SITE2")
        self.assertEqual(self.create_task(sites=["SITE1"])["sites"], ["SITE1"])

    def test_invalid_bodies_answer_400(self):
        for body in ({}, {"name": ""}, {"name": "   "}, {"name": 5}, {"name": "x", "isenabled": 2},
                     {"name": "x", "intervalsec": -1}, {"name": "x", "intervalsec": "60"},
                     {"name": "x", "dtstart": "yesterday"}, {"name": "x", "sites": [1]},
                     {"name": "x", "periods": {}}, {"name": "x", "opts": []},
                     {"name": "x", "ext": "e"}, {"name": "x", "id": "{1234}"}, ["x"]):
            with self.subTest(body=body):
                self.assertEraError(self.call("POST", SVCTASKS, body), 400)
        self.assertEqual(self.ok("GET", SVCTASKS), [])

    def test_malformed_or_empty_json_answers_400(self):
        for raw in (b'{"name": "x"', b"", b"{'name': 'x'}", b"\xff\xfe", b'{"name": NaN}'):
            with self.subTest(raw=raw):
                self.assertEraError(self.call("POST", SVCTASKS, raw=raw), 400)

    def test_body_that_is_not_json_typed_answers_415(self):
        resp = self.call("POST", SVCTASKS, raw=b'{"name": "x"}', content_type="text/plain")
        self.assertEraError(resp, 415)
        resp = self.call("POST", SVCTASKS, raw=b'{"name": "x"}', content_type=None)
        self.assertEraError(resp, 415)


class ConnectionTest(ServerTestCase):
    def test_one_keep_alive_connection_serves_a_mix_of_answers(self):
        conn = self.server.connection()
        self.addCleanup(conn.close)

        def send(method, path, raw=None):
            headers = {"Content-Type": "application/json; charset=utf-8"} if raw is not None else {}
            conn.request(method, path, body=raw, headers=headers)
            resp = conn.getresponse()
            return resp.status, resp.read()

        status, body = send("POST", SVCTASKS, '{"name": "Обзвон"}'.encode())
        self.assertEqual(status, 200)
        task_id = json.loads(body)["id"]
        self.assertEqual(send("GET", f"{SVCTASKS}/{uuid.uuid4()}")[0], 404)
        self.assertEqual(send("POST", SVCTASKS, b'{"name": ')[0], 400)
        self.assertEqual(send("PATCH", f"{SVCTASKS}/{task_id}", b'{"id": "x"}')[0], 400)
        self.assertEqual(send("LOOKUP", SVCTASKS, json.dumps({"id": task_id}).encode()),
                         (200, json.dumps([task_id]).encode()))
        self.assertEqual(send("DELETE", f"{SVCTASKS}/{task_id}"), (204, b""))
        self.assertEqual(send("GET", SVCTASKS), (200, b"[]"))

    def test_chunked_request_body(self):
        conn = self.server.connection()
        self.addCleanup(conn.close)
        chunks = iter([b'{"name": "', "Сверка".encode(), ' платежей"}'.encode()])
        conn.request("POST", SVCTASKS, body=chunks, encode_chunked=True,
                     headers={"Content-Type": "application/json"})
        resp = conn.getresponse()
        self.assertEqual(resp.status, 200)
        self.assertEqual(json.loads(resp.read())["name"], "Сверка платежей")


class ItemTest(ServerTestCase):
    def test_get_unknown_id_answers_404(self):
        self.assertEraError(self.call("GET", f"{SVCTASKS}/{uuid.uuid4()}"), 404)

    def test_get_item_with_mask_and_flat(self):
        task = self.create_task(opts={"title": "T", "comment": "C"})
        path = f"{SVCTASKS}/{task['id']}"
        self.assertEqual(self.ok("GET", path + q(mask="id,opts.title,ext.lwt")),
                         {"id": task["id"], "opts": {"title": "T"},
                          "ext": {"lwt": task["ext"]["lwt"]}})
        flat = self.ok("GET", path + q(flat="true"))
        self.assertEqual(flat["opts.title"], "T")
        self.assertEqual(flat["ext.lwt"], task["ext"]["lwt"])
        self.assertEqual(flat["periods"], [])
        self.assertNotIn("opts", flat)
        self.assertEraError(self.call("GET", path + q(flat="maybe")), 400)

    def test_patch_changes_only_given_fields_and_answers_the_full_entity(self):
        task = self.create_task(sites="A", opts={"title": "t", "comment": "c", "x": 1})
        after = self.ok("PATCH", f"{SVCTASKS}/{task['id']}",
                        {"isenabled": 1, "opts": {"comment": "new"}, "schedule": "work"})
        self.assertEqual(after["isenabled"], 1)
        self.assertEqual(after["schedule"], "work")
        self.assertEqual(after["opts"], {"title": "t", "comment": "new", "x": 1})
        self.assertEqual(after["sites"], "A")
        self.assertEqual(after["ext"]["ct"], task["ext"]["ct"])
        self.assertGreater(lwt_key(after), lwt_key(task))
        self.assertEqual(self.ok("GET", f"{SVCTASKS}/{task['id']}"), after)

    def test_every_patch_gets_a_new_strictly_increasing_lwt(self):
        task = self.create_task()
        seen = [task]
        for i in range(15):
            seen.append(self.ok("PATCH", f"{SVCTASKS}/{task['id']}", {"intervalsec": i}))
        keys = [lwt_key(t) for t in seen]
        self.assertEqual(keys, sorted(set(keys)), [t["ext"]["lwt"] for t in seen])
        for t in seen:
            self.assertRegex(t["ext"]["lwt"], ERA_DATE)

    def test_client_cannot_set_ct_or_lwt_but_may_add_ext_keys(self):
        task = self.create_task()
        after = self.ok("PATCH", f"{SVCTASKS}/{task['id']}",
                        {"ext": {"ct": "2000-01-01T00:00:00Z", "lwt": "2000-01-01T00:00:00Z",
                                 "owner": "ops"}})
        self.assertEqual(after["ext"]["ct"], task["ext"]["ct"])
        self.assertGreater(lwt_key(after), lwt_key(task))
        self.assertEqual(after["ext"]["owner"], "ops")

    def test_id_in_patch_body_answers_400_even_when_unchanged(self):
        task = self.create_task()
        for body in ({"id": task["id"]}, {"id": "other", "name": "x"}):
            self.assertEraError(self.call("PATCH", f"{SVCTASKS}/{task['id']}", body), 400)
        self.assertEqual(self.ok("GET", f"{SVCTASKS}/{task['id']}"), task)

    def test_invalid_patch_answers_400_and_changes_nothing(self):
        task = self.create_task()
        path = f"{SVCTASKS}/{task['id']}"
        for body in ({"name": ""}, {"isenabled": "yes"}, {"opts": "x"}, ["name"]):
            self.assertEraError(self.call("PATCH", path, body), 400)
        self.assertEraError(self.call("PATCH", path, raw=b'{"name":'), 400)
        self.assertEqual(self.ok("GET", path), task)

    def test_patch_unknown_id_answers_404(self):
        self.assertEraError(self.call("PATCH", f"{SVCTASKS}/{uuid.uuid4()}", {"name": "x"}), 404)

    def test_delete_answers_204_then_404(self):
        task = self.create_task()
        resp = self.call("DELETE", f"{SVCTASKS}/{task['id']}")
        self.assertEqual((resp.status, resp.body), (204, b""))
        self.assertEraError(self.call("GET", f"{SVCTASKS}/{task['id']}"), 404)
        self.assertEraError(self.call("DELETE", f"{SVCTASKS}/{task['id']}"), 404)

    def test_unknown_fields_survive_at_every_level(self):
        task = self.create_task(
            custom={"deep": [1, {"x": None}]}, flag=True,
            opts={"title": "", "comment": "", "extra": {"a": 1}},
            ext={"source": "crm", "n": 2},
            periods=[{"day": 1, "from": "09:00", "mystery": [1, 2]}, {"whatever": True}])
        path = f"{SVCTASKS}/{task['id']}"
        after = self.ok("PATCH", path, {"name": "renamed", "another": "v"})
        for entity in (task, after, self.ok("GET", path)):
            self.assertEqual(entity["custom"], {"deep": [1, {"x": None}]})
            self.assertIs(entity["flag"], True)
            self.assertEqual(entity["opts"]["extra"], {"a": 1})
            self.assertEqual((entity["ext"]["source"], entity["ext"]["n"]), ("crm", 2))
            self.assertEqual(entity["periods"], [{"day": 1, "from": "09:00", "mystery": [1, 2]},
                                                 {"whatever": True}])
        self.assertEqual(after["another"], "v")
        listed = self.ok("GET", SVCTASKS)[0]
        self.assertEqual(listed["custom"], {"deep": [1, {"x": None}]})
        self.assertEqual(listed["ext"]["source"], "crm")

    def test_wrong_method_answers_405_and_unknown_path_404(self):
        task = self.create_task()
        resp = self.call("PUT", f"{SVCTASKS}/{task['id']}", {"name": "x"})
        self.assertEraError(resp, 405)
        self.assertIn("PATCH", resp.headers["Allow"])
        self.assertEraError(self.call("DELETE", SVCTASKS), 405)
        self.assertEraError(self.call("GET", "/rest/v1/service/other"), 404)


class LookupTest(ServerTestCase):
    def test_lookup_by_id_returns_the_id(self):
        task = self.create_task()
        self.create_task()
        self.assertEqual(self.ok("LOOKUP", SVCTASKS, {"id": task["id"]}), [task["id"]])

    def test_lookup_by_other_key_fields_returns_every_match(self):
        a = self.create_task(svcscriptcode="cleardata")
        b = self.create_task(svcscriptcode="cleardata")
        self.create_task(svcscriptcode="dialByCallList")
        self.assertEqual(self.ok("LOOKUP", SVCTASKS, {"svcscriptcode": "cleardata"}),
                         [a["id"], b["id"]])

    def test_lookup_without_match_answers_404(self):
        self.create_task()
        self.assertEraError(self.call("LOOKUP", SVCTASKS, {"id": str(uuid.uuid4())}), 404)

    def test_lookup_with_bad_body_answers_400(self):
        for body in ({}, ["id"], "id"):
            self.assertEraError(self.call("LOOKUP", SVCTASKS, body), 400)
        self.assertEraError(self.call("LOOKUP", SVCTASKS, raw=b"{"), 400)


class ListTest(ServerTestCase):
    def setUp(self):
        super().setUp()
        self.tasks = [self.create_task(name=name, intervalsec=interval, isenabled=enabled,
                                       sites="S1", periods=[{"d": 1}])
                      for name, interval, enabled in [("Бэкап", 60, 1), ("Архив", 3600, 0),
                                                      ("Выгрузка", 60, 1), ("Alpha", 10, 0),
                                                      ("Гамма", 600, 1)]]
        self.ids = [t["id"] for t in self.tasks]

    def test_list_is_a_bare_array_without_sites_periods_opts(self):
        items = self.ok("GET", SVCTASKS)
        self.assertIsInstance(items, list)
        self.assertEqual([i["id"] for i in items], self.ids)
        for item in items:
            self.assertEqual(set(item), LIST_FIELDS)

    def test_mask_returns_only_the_given_fields(self):
        items = self.ok("GET", SVCTASKS + q(mask="id,ext.lwt"))
        self.assertEqual(items, [{"id": t["id"], "ext": {"lwt": t["ext"]["lwt"]}}
                                 for t in self.tasks])
        items = self.ok("GET", SVCTASKS + q(mask="name, isenabled ,ext.ct"))
        self.assertEqual(set(items[0]), {"name", "isenabled", "ext"})
        self.assertEqual(set(items[0]["ext"]), {"ct"})

    def test_mask_gives_the_same_values_as_the_whole_item(self):
        # Values keep their JSON types (0/1 stay numbers, Cyrillic stays text), in id order.
        whole = sorted(self.ok("GET", SVCTASKS), key=lambda t: t["id"])
        masked = self.ok("GET", SVCTASKS + q(mask=",".join(sorted(LIST_FIELDS - {"ext"}))
                                             + ",ext.ct,ext.lwt", order=["id"]))
        self.assertEqual(masked, whole)
        self.assertEqual(json.dumps(masked, sort_keys=True), json.dumps(whole, sort_keys=True))
        pages = [self.ok("GET", SVCTASKS + q(mask="id", order=[{"id": "desc"}], offset=str(o), limit="2"))
                 for o in range(0, 6, 2)]
        self.assertEqual([t["id"] for p in pages for t in p], sorted(self.ids, reverse=True))

    def test_mask_with_a_field_not_allowed_answers_400(self):
        for mask in ("id,bogus", "sites", "opts", "periods", "ext", "ext.other"):
            with self.subTest(mask=mask):
                self.assertEraError(self.call("GET", SVCTASKS + q(mask=mask)), 400)

    def test_flat_turns_composite_fields_into_dotted_keys(self):
        items = self.ok("GET", SVCTASKS + q(mask="id,ext.lwt", flat="true"))
        self.assertEqual(items[0], {"id": self.ids[0], "ext.lwt": self.tasks[0]["ext"]["lwt"]})
        items = self.ok("GET", SVCTASKS + q(flat="1"))
        self.assertEqual(set(items[0]), LIST_FIELDS - {"ext"} | {"ext.ct", "ext.lwt"})

    def test_filter_by_field_equality(self):
        got = self.ok("GET", SVCTASKS + q(filter={"intervalsec": 60}))
        self.assertEqual([t["id"] for t in got], [self.ids[0], self.ids[2]])
        got = self.ok("GET", SVCTASKS + q(filter={"name": "Архив"}))
        self.assertEqual([t["id"] for t in got], [self.ids[1]])
        got = self.ok("GET", SVCTASKS + q(filter={"isenabled": 1, "intervalsec": 60}))
        self.assertEqual(len(got), 2)
        got = self.ok("GET", SVCTASKS + q(filter={"ext.lwt": self.tasks[3]["ext"]["lwt"]}))
        self.assertEqual([t["id"] for t in got], [self.ids[3]])
        self.assertEqual(self.ok("GET", SVCTASKS + q(filter={"name": "нет такой"})), [])

    def test_bad_filter_answers_400(self):
        for value in ("{", "[1]", '"name"', '{"bad field": 1}'):
            with self.subTest(filter=value):
                self.assertEraError(self.call("GET", SVCTASKS + q(filter=value)), 400)

    def test_order_ascending_and_descending(self):
        names = sorted(t["name"] for t in self.tasks)
        for order, expected in ([["name"], names], [[{"name": "asc"}], names],
                                [[{"name": "desc"}], names[::-1]], ["name", names],
                                [{"name": "DESC"}, names[::-1]]):
            with self.subTest(order=order):
                got = self.ok("GET", SVCTASKS + q(order=order, mask="name"))
                self.assertEqual([t["name"] for t in got], expected)

    def test_order_tolerates_a_plain_field_name(self):
        names = sorted(t["name"] for t in self.tasks)
        got = self.ok("GET", SVCTASKS + "?order=name&mask=name")
        self.assertEqual([t["name"] for t in got], names)
        got = self.ok("GET", SVCTASKS + "?order=-name&mask=name")
        self.assertEqual([t["name"] for t in got], names[::-1])

    def test_order_by_several_keys_and_by_lwt(self):
        got = self.ok("GET", SVCTASKS + q(order=[{"intervalsec": "desc"}, "name"], mask="id"))
        by_hand = sorted(self.tasks, key=lambda t: t["name"])
        by_hand = sorted(by_hand, key=lambda t: t["intervalsec"], reverse=True)
        self.assertEqual([t["id"] for t in got], [t["id"] for t in by_hand])
        self.ok("PATCH", f"{SVCTASKS}/{self.ids[0]}", {"name": "Бэкап 2"})
        got = self.ok("GET", SVCTASKS + q(order=[{"ext.lwt": "desc"}], mask="id"))
        self.assertEqual([t["id"] for t in got], [self.ids[0]] + self.ids[:0:-1])

    def test_bad_order_answers_400(self):
        for order in ([{"sites": "asc"}], [{"name": "sideways"}], [5], ["bogus"]):
            with self.subTest(order=order):
                self.assertEraError(self.call("GET", SVCTASKS + q(order=order)), 400)

    def test_offset_and_limit_page_through_everything_once(self):
        pages = [self.ok("GET", SVCTASKS + q(offset=str(o), limit="2", mask="id"))
                 for o in range(0, 8, 2)]
        self.assertEqual([len(p) for p in pages], [2, 2, 1, 0])
        self.assertEqual([t["id"] for p in pages for t in p], self.ids)
        got = self.ok("GET", SVCTASKS + q(offset="1", limit="2", order=[{"name": "desc"}]))
        names = sorted((t["name"] for t in self.tasks), reverse=True)
        self.assertEqual([t["name"] for t in got], names[1:3])
        self.assertEqual(self.ok("GET", SVCTASKS + "?limit=0"), [])
        self.assertEqual(len(self.ok("GET", SVCTASKS + "?offset=3")), 2)

    def test_bad_offset_or_limit_answers_400(self):
        for query in ("?offset=-1", "?limit=-5", "?limit=ten", "?offset=1.5"):
            with self.subTest(query=query):
                self.assertEraError(self.call("GET", SVCTASKS + query), 400)
