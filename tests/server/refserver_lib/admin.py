"""The admin API under /__admin/: faults, request counts, and changes made "behind the
client's back". Never counted, faulted or authenticated. Documented in README.md."""
import copy
import re
import urllib.parse

from . import faults as _faults
from . import patrol, seeding, timeutil
from .protocol import HttpError, Reply, bad_request


def _not_found(what):
    return HttpError(404, f"{what} not found")


def _renumber(items):
    # CONTRACT 2.1: `order` always equals the position in the list.
    for position, item in enumerate(items):
        item["order"] = position


def _find(items, item_id, what):
    for item in items:
        if item.get("seriesId") == item_id:
            return item
    raise _not_found(what)


def _fields_of(body, forbidden="seriesId"):
    if not isinstance(body, dict):
        raise bad_request("the body must be a JSON object")
    if forbidden in body:
        raise bad_request(f"{forbidden} cannot be changed")
    return body


class AdminApi:
    def __init__(self, app):
        self.app = app
        self.storage = app.storage
        s = r"([^/]+)"
        # (path pattern, {method: handler}); handlers get the request and the path captures.
        self.routes = [(re.compile("^/__admin" + pattern + "$"), methods) for pattern, methods in [
            ("/health", {"GET": lambda req: Reply(200, {"ok": True})}),
            ("/stats", {"GET": lambda req: Reply(200, app.stats.snapshot())}),
            ("/stats/reset", {"POST": self.reset_stats}),
            ("/faults", {"GET": self.get_faults, "POST": self.add_faults,
                         "DELETE": self.reset_faults}),
            ("/faults/reset", {"POST": self.reset_faults}),
            ("/data/reset", {"POST": self.reset_data}),
            ("/options", {"GET": self.get_options, "POST": self.set_options}),
            ("/import", {"POST": self.import_document}),
            ("/generate", {"POST": self.generate}),
            ("/svctasks/" + s, {"GET": self.get_svctask, "PATCH": self.patch_svctask,
                                "DELETE": self.delete_svctask}),
            ("/series/" + s, {"GET": self.get_series, "PATCH": self.patch_series,
                              "DELETE": self.delete_series}),
            ("/series/" + s + "/steps/" + s, {"PATCH": self.patch_step,
                                               "DELETE": self.delete_step}),
            ("/series/" + s + "/steps/" + s + "/actions/" + s,
             {"PATCH": self.patch_action, "DELETE": self.delete_action}),
            ("/executions/" + s, {"GET": self.get_execution, "PATCH": self.patch_execution,
                                  "DELETE": self.delete_execution}),
        ]]

    def handle(self, req):
        for pattern, methods in self.routes:
            m = pattern.match(req.path)
            if m:
                if req.method not in methods:
                    raise HttpError(405, f"{req.method} not allowed here",
                                    {"Allow": ", ".join(methods)})
                return methods[req.method](req, *map(urllib.parse.unquote, m.groups()))
        raise _not_found(f"admin resource {req.path}")

    # Counters, faults, data.

    def reset_stats(self, req):
        self.app.stats.reset()
        return Reply(200, self.app.stats.snapshot())

    def get_faults(self, req):
        return Reply(200, self.app.faults.describe())

    def add_faults(self, req):
        """Body: {"spec": SPEC, "replace": bool} or the SPEC itself as text/plain."""
        media = (req.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if media == "application/json":
            body = req.json(None)
            if not isinstance(body, dict) or not isinstance(body.get("spec"), str):
                raise bad_request('the body must be {"spec": "...", "replace": false}')
            spec, replace = body["spec"], bool(body.get("replace", False))
        else:
            spec, replace = req.body.decode("utf-8", "replace"), False
        try:
            rules = _faults.parse_spec(spec)
        except ValueError as e:
            raise bad_request(f"fault spec: {e}") from None
        self.app.faults.add(rules, replace=replace)
        return Reply(200, self.app.faults.describe())

    def reset_faults(self, req):
        self.app.faults.reset()
        return Reply(200, [])

    def reset_data(self, req):
        self.storage.reset()
        return Reply(200, {"ok": True})

    def get_options(self, req):
        return Reply(200, {"listSeriesIds": self.app.patrol.list_series_ids})

    def set_options(self, req):
        """Body: {"listSeriesIds": "all" | "some" | "none"}; kept across data/reset."""
        body = req.json(None)
        if not isinstance(body, dict) or not set(body) <= {"listSeriesIds"}:
            raise bad_request('the body must be {"listSeriesIds": "all" | "some" | "none"}')
        if "listSeriesIds" in body:
            if body["listSeriesIds"] not in patrol.LIST_SERIES_IDS:
                raise bad_request("listSeriesIds must be one of " + ", ".join(patrol.LIST_SERIES_IDS))
            self.app.patrol.list_series_ids = body["listSeriesIds"]
        return self.get_options(req)

    def import_document(self, req):
        try:
            tasks, series = seeding.import_document(self.app, req.json(None))
        except ValueError as e:
            raise bad_request(str(e)) from None
        return Reply(200, {"svctasks": tasks, "series": series})

    def generate(self, req):
        body = req.json(None)
        if not isinstance(body, dict):
            raise bad_request('the body must be {"svctasks": N, "series": M}')
        counts = [body.get(k, 0) for k in ("svctasks", "series")]
        if not all(isinstance(n, int) and n >= 0 for n in counts):
            raise bad_request("svctasks and series must be non-negative integers")
        seeding.generate(self.app, *counts, seed=body.get("seed"))
        return Reply(200, {"svctasks": counts[0], "series": counts[1]})

    # Service tasks: a PATCH as a client's, with a new ext.lwt.

    def get_svctask(self, req, task_id):
        doc = self.storage.get_svctask(task_id)
        if doc is None:
            raise _not_found(f"svctask {task_id}")
        return Reply(200, doc)

    def patch_svctask(self, req, task_id):
        return Reply(200, self.app.era.modify(task_id, req.json(None)))

    def delete_svctask(self, req, task_id):
        return self.app.era.remove(task_id)

    # Series edited in place: the seriesIds stay (a PUT split is the other way to change one).

    def _series_view(self, series_id):
        series = self.storage.get_series(series_id)
        if series is None:
            raise _not_found(f"series {series_id}")
        return {"series": series["doc"], "scheduledTaskId": series["scheduledTaskId"],
                "successorId": series["successorId"],
                "executions": [{"id": e["id"], "startAt": e["start_at"], "endAt": e["end_at"],
                                "state": e["state"], "status": e["status"]}
                               for e in self.storage.series_executions(series_id)]}

    def _save_series(self, series_id, change):
        """Apply change(doc) to a copy of the series, validate it as a PUT body would be and
        store it; a changed startAt/endAt moves its executions like a calendar edit."""
        with self.storage.transaction():
            series = self.storage.get_series(series_id)
            if series is None:
                raise _not_found(f"series {series_id}")
            old = series["doc"]
            doc = patrol.series_doc(change(copy.deepcopy(old)), fresh_ids=False)
            doc["seriesId"] = series_id
            patrol.occurrences(doc)  # validates a changed recurrence
            if (doc["startAt"], doc["endAt"]) != (old["startAt"], old["endAt"]):
                delta = timeutil.parse(doc["startAt"]) - timeutil.parse(old["startAt"])
                self.app.patrol.move_executions(self.storage.series_executions(series_id),
                                                series_id, doc, delta)
            self.storage.update_series(series_id, doc)
        return Reply(200, self._series_view(series_id))

    def get_series(self, req, series_id):
        return Reply(200, self._series_view(series_id))

    def patch_series(self, req, series_id):
        body = _fields_of(req.json(None))
        return self._save_series(series_id, lambda doc: {**doc, **body})

    def delete_series(self, req, series_id):
        if not self.storage.delete_series(series_id):
            raise _not_found(f"series {series_id}")
        return Reply(204)

    def patch_step(self, req, series_id, step_id):
        body = _fields_of(req.json(None))

        def change(doc):
            _find(doc["steps"], step_id, f"step {step_id}").update(body)
            return doc
        return self._save_series(series_id, change)

    def delete_step(self, req, series_id, step_id):
        def change(doc):
            doc["steps"].remove(_find(doc["steps"], step_id, f"step {step_id}"))
            _renumber(doc["steps"])
            return doc
        return self._save_series(series_id, change)

    def patch_action(self, req, series_id, step_id, action_id):
        body = _fields_of(req.json(None))

        def change(doc):
            step = _find(doc["steps"], step_id, f"step {step_id}")
            _find(step["actions"], action_id, f"action {action_id}").update(body)
            return doc
        return self._save_series(series_id, change)

    def delete_action(self, req, series_id, step_id, action_id):
        def change(doc):
            actions = _find(doc["steps"], step_id, f"step {step_id}")["actions"]
            actions.remove(_find(actions, action_id, f"action {action_id}"))
            _renumber(actions)
            return doc
        return self._save_series(series_id, change)

    # Executions.

    def get_execution(self, req, execution_id):
        return Reply(200, self.app.patrol.execution_view(execution_id))

    def patch_execution(self, req, execution_id):
        """Body: any of state, status (strings), startAt, endAt (date-times)."""
        body = req.json(None)
        if not isinstance(body, dict) or not set(body) <= {"state", "status", "startAt", "endAt"}:
            raise bad_request("the body may only set state, status, startAt and endAt")
        columns = {}
        for key, column in (("state", "state"), ("status", "status")):
            if key in body:
                if not isinstance(body[key], str) or not body[key]:
                    raise bad_request(f"{key} must be a non-empty string")
                columns[column] = body[key]
        for key, column in (("startAt", "start_at"), ("endAt", "end_at")):
            if key in body:
                try:
                    columns[column] = timeutil.format_patrol(timeutil.parse(body[key]))
                except ValueError as e:
                    raise bad_request(f"{key}: {e}") from None
        with self.storage.transaction():
            if self.storage.get_execution(execution_id) is None:
                raise _not_found(f"task execution {execution_id}")
            if columns:
                self.storage.update_execution(execution_id, **columns)
        return Reply(200, self.app.patrol.execution_view(execution_id))

    def delete_execution(self, req, execution_id):
        if not self.storage.delete_execution(execution_id):
            raise _not_found(f"task execution {execution_id}")
        return Reply(204)
