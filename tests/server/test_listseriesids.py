"""The switch that leaves seriesId out of GET /task-executions/info items (docs/api-contract.md lists
no seriesId there): command-line option and admin call."""
from refserver_testlib import ServerTestCase, series_body

INFO = "/task-executions/info?sort=startAt,asc"


class ListSeriesIdsTest(ServerTestCase):
    def tearDown(self):
        self.server.admin("POST", "/options", {"listSeriesIds": "all"})

    def listed(self):
        self.ok("POST", "/task-executions", series_body(recurrence={"rule": "FREQ=DAILY;COUNT=4"}))
        return self.ok("GET", INFO)

    def test_all_by_default(self):
        self.assertEqual(self.server.admin("GET", "/options"), {"listSeriesIds": "all"})
        self.assertTrue(all("seriesId" in item for item in self.listed()))

    def test_none_leaves_it_out_of_list_items_only(self):
        self.server.admin("POST", "/options", {"listSeriesIds": "none"})
        items = self.listed()
        self.assertEqual(len(items), 4)
        self.assertFalse(any("seriesId" in item for item in items))
        # The execution read still says it.
        self.assertIn("seriesId", self.ok("GET", "/task-executions/" + items[0]["id"]))

    def test_some_leaves_it_out_of_every_other_item(self):
        self.server.admin("POST", "/options", {"listSeriesIds": "some"})
        self.assertEqual(["seriesId" in item for item in self.listed()], [True, False, True, False])

    def test_kept_across_a_data_reset(self):
        self.server.admin("POST", "/options", {"listSeriesIds": "none"})
        self.server.admin("POST", "/data/reset")
        self.assertEqual(self.server.admin("GET", "/options"), {"listSeriesIds": "none"})

    def test_bad_values_are_refused(self):
        for body in ({"listSeriesIds": "maybe"}, {"listSeriesIds": None}, {"other": 1}, ["none"]):
            self.assertEqual(self.call("POST", "/__admin/options", body, token=None).status, 400)
        self.assertEqual(self.server.admin("GET", "/options"), {"listSeriesIds": "all"})


class ListSeriesIdsOptionTest(ServerTestCase):
    server_args = ("--list-series-ids", "none")

    def test_the_command_line_option(self):
        self.ok("POST", "/task-executions", series_body())
        self.assertFalse(any("seriesId" in item for item in self.ok("GET", INFO)))
