"""TARGPatrol task series and task executions (docs/api-contract.md §2): validation, recurrence
expansion, the PUT split and the execution queries."""
import copy
import datetime as _dt
import json
import uuid

from . import recurrence as _recurrence
from . import timeutil
from .protocol import HttpError, Reply, bad_request, parse_int
from .storage import EXECUTION_FIELDS

# Field order of series, steps and actions as written out; unknown fields follow.
SERIES_FIELDS = ("seriesId", "assigneeIds", "locationId", "name", "description", "startAt",
                 "endAt", "priority", "orderStepsRequired", "strictTimeRequired", "deadlined",
                 "tags", "steps")
STEP_FIELDS = ("seriesId", "pointId", "name", "order", "actions")
ACTION_FIELDS = ("seriesId", "name", "type", "order", "required")
FLAGS = ("orderStepsRequired", "strictTimeRequired", "deadlined")

# What a new execution reports; there is no API to run executions, the admin API can set them.
NEW_STATE = "IN_PROGRESS"
NEW_STATUS = "ACTIVE"

DEFAULT_LIMIT = 2147483647
_OPS = ("eq", "ne", "gt", "lt", "gte", "lte", "in", "like")
_OP_ALIASES = {"ge": "gte", "le": "lte"}
# Query parameters of GET /task-executions/info that filter, and the kind of their values.
_FILTERS = {"id": "text", "seriesId": "text", "scheduledTaskId": "text", "name": "text",
            "description": "text", "priority": "text", "state": "text", "status": "text",
            "locationId": "text", "startAt": "date", "endAt": "date", "userId": "user"}


def _fail(path, expected, value):
    raise bad_request(f"{path} must be {expected}, not {json.dumps(value)}")


def _check(obj, path, field, test, expected, default):
    if field not in obj:
        return copy.deepcopy(default)
    value = obj[field]
    if not test(value):
        _fail(f"{path}{field}", expected, value)
    return value


def _required(obj, path, field, test, expected):
    if field not in obj or not test(obj[field]):
        _fail(f"{path}{field}", expected, obj.get(field))
    return obj[field]


def _is_text(v):
    return isinstance(v, str) and v.strip() != ""


def _is_str_list(v):
    return isinstance(v, list) and all(isinstance(x, str) for x in v)


def _is_index(v):
    return isinstance(v, int) and not isinstance(v, bool) and v >= 0


def _item_id(item, path, fresh):
    given = item.get("seriesId")
    if fresh or given is None:
        return str(uuid.uuid4())
    if not _is_text(given):
        _fail(f"{path}seriesId", "a uuid string", given)
    return given


def _rest(obj, known):
    return {k: v for k, v in obj.items() if k not in known}


def _action(action, path, index, fresh):
    if not isinstance(action, dict):
        _fail(path.rstrip("."), "an object", action)
    return {
        "seriesId": _item_id(action, path, fresh),
        "name": _required(action, path, "name", _is_text, "a non-empty string"),
        "type": _required(action, path, "type", _is_text, "a type code such as BOOLEAN"),
        "order": _check(action, path, "order", _is_index, "a non-negative integer", index),
        "required": _check(action, path, "required", lambda v: isinstance(v, bool), "a boolean",
                           False),
        **_rest(action, ACTION_FIELDS),
    }


def _step(step, path, index, fresh):
    if not isinstance(step, dict):
        _fail(path.rstrip("."), "an object", step)
    actions = _check(step, path, "actions", lambda v: isinstance(v, list), "an array", [])
    return {
        "seriesId": _item_id(step, path, fresh),
        "pointId": _check(step, path, "pointId", lambda v: v is None or isinstance(v, str),
                          "a uuid string or null", None),
        "name": _required(step, path, "name", _is_text, "a non-empty string"),
        "order": _check(step, path, "order", _is_index, "a non-negative integer", index),
        "actions": [_action(a, f"{path}actions[{i}].", i, fresh) for i, a in enumerate(actions)],
        **_rest(step, STEP_FIELDS),
    }


def _date(body, field):
    if field not in body:
        _fail(field, "an ISO 8601 date-time", None)
    try:
        return timeutil.parse(body[field])
    except ValueError:
        _fail(field, "an ISO 8601 date-time", body[field])


def series_doc(body, fresh_ids):
    """A complete, normalised series (seriesId left to the caller) from a request body.
    fresh_ids: give every step and action a new seriesId (POST); otherwise keep the given
    ones and only fill in missing ones (PUT, import)."""
    if not isinstance(body, dict):
        raise bad_request("the body must be a JSON object")
    start, end = _date(body, "startAt"), _date(body, "endAt")
    if start > end:
        raise bad_request("startAt must not be after endAt")
    _required(body, "", "name", _is_text, "a non-empty string")
    steps = _check(body, "", "steps", lambda v: isinstance(v, list), "an array", [])
    doc = {
        "seriesId": None,
        "assigneeIds": _check(body, "", "assigneeIds", _is_str_list, "an array of uuids", []),
        "locationId": _check(body, "", "locationId", lambda v: v is None or isinstance(v, str),
                             "a uuid string or null", None),
        "name": body["name"],
        "description": _check(body, "", "description", lambda v: v is None or isinstance(v, str),
                              "a string or null", None),
        "startAt": timeutil.format_patrol(start),
        "endAt": timeutil.format_patrol(end),
        "priority": _check(body, "", "priority", _is_text, "a priority code", "NORMAL"),
        **{flag: _check(body, "", flag, lambda v: isinstance(v, bool), "a boolean", False)
           for flag in FLAGS},
        "tags": _check(body, "", "tags", _is_str_list, "an array of strings", []),
        "steps": [_step(s, f"steps[{i}].", i, fresh_ids) for i, s in enumerate(steps)],
        **_rest(body, SERIES_FIELDS + ("recurrence",)),
    }
    if body.get("recurrence") is not None:
        doc["recurrence"] = copy.deepcopy(body["recurrence"])
    return doc


def occurrences(doc):
    """Start times of the executions of a series: one per occurrence, or just startAt."""
    start = timeutil.parse(doc["startAt"])
    if doc.get("recurrence") is None:
        return [start]
    try:
        starts = _recurrence.expand(start, doc["recurrence"])
    except ValueError as e:
        raise bad_request(str(e)) from None
    if not starts:
        raise bad_request("the recurrence yields no execution")
    return starts


def _duration(doc):
    return timeutil.parse(doc["endAt"]) - timeutil.parse(doc["startAt"])


def _end_rule_before(doc, moment):
    """Make the series' rule stop before `moment` (UNTIL one second earlier, COUNT dropped)."""
    rec = doc.get("recurrence")
    if not isinstance(rec, dict) or not isinstance(rec.get("rule"), str):
        return
    parts = [p for p in rec["rule"].split(";")
             if p.strip() and p.split("=")[0].strip().upper() not in ("UNTIL", "COUNT")]
    until = (moment - _dt.timedelta(seconds=1)).strftime("%Y%m%dT%H%M%SZ")
    rec["rule"] = ";".join(parts + [f"UNTIL={until}"])


def _info_item(doc, scheduled_task_id, execution):
    return {"id": execution["id"], "scheduledTaskId": scheduled_task_id,
            "seriesId": doc["seriesId"], "name": doc["name"], "description": doc["description"],
            "locationId": doc["locationId"], "assigneeIds": doc["assigneeIds"],
            "priority": doc["priority"], "startAt": execution["start_at"],
            "endAt": execution["end_at"], "state": execution["state"],
            "status": execution["status"]}


def _parse_filter(field, kind, raw):
    op, colon, rest = raw.partition(":")
    op = _OP_ALIASES.get(op.lower(), op.lower())
    if not colon or op not in _OPS:
        op, rest = "eq", raw  # a plain value (a date has ':' but no operator before it)
    values = [v.strip() for v in rest.split(",")] if op == "in" else [rest]
    if op == "in" and "" in values:
        raise bad_request(f"{field}: empty value in the in: list")
    if kind == "user" and op not in ("eq", "in"):
        raise bad_request(f"{field}: only eq: and in: are supported")
    if kind == "date":
        if op == "like":
            raise bad_request(f"{field}: like: does not apply to dates")
        try:
            values = [timeutil.format_patrol(timeutil.parse(v)) for v in values]
        except ValueError as e:
            raise bad_request(f"{field}: {e}") from None
    return field, op, values


def _parse_sort(raw):
    field, _, direction = raw.partition(",")
    field, direction = field.strip(), (direction.strip() or "asc").lower()
    if field not in EXECUTION_FIELDS or direction not in ("asc", "desc"):
        raise bad_request(f"sort: {raw!r} is not FIELD,asc|desc with a known field")
    return field, direction == "desc"


def _not_found(execution_id):
    return HttpError(404, f"task execution {execution_id} not found")


# Which list items of GET /task-executions/info carry `seriesId` (the contract does not
# promise it there): "all", "none", or "some" (every other item of an answer).
LIST_SERIES_IDS = ("all", "some", "none")


class PatrolApi:
    def __init__(self, storage):
        self.storage = storage
        self.list_series_ids = "all"

    def _listed(self, items):
        if self.list_series_ids != "all":
            for position, item in enumerate(items):
                if self.list_series_ids == "none" or position % 2 == 1:
                    del item["seriesId"]
        return items

    def insert(self, bodies, keep_ids, skip_existing=False, state_of=None):
        """Create series with their executions in one transaction. keep_ids keeps the
        seriesIds a body gives (import); state_of(start, end) picks an execution's state.
        Returns [(doc, scheduledTaskId, executions)]."""
        records = []
        with self.storage.transaction():
            for index, body in enumerate(bodies):
                where = f"series #{index}: " if len(bodies) > 1 else ""
                try:
                    doc = series_doc(body, fresh_ids=not keep_ids)
                    given = body.get("seriesId") if keep_ids else None
                    if given is not None and not _is_text(given):
                        _fail("seriesId", "a uuid string", given)
                    if given is not None and self.storage.get_series(given) is not None:
                        if skip_existing:
                            continue
                        raise HttpError(409, f"series {given} already exists")
                    doc["seriesId"] = given or str(uuid.uuid4())
                    starts = occurrences(doc)
                except HttpError as e:
                    raise HttpError(e.status, where + e.detail) from None
                duration = _duration(doc)
                executions = []
                for start in starts:
                    end = start + duration
                    executions.append({
                        "id": str(uuid.uuid4()),
                        "start_at": timeutil.format_patrol(start),
                        "end_at": timeutil.format_patrol(end),
                        "state": state_of(start, end) if state_of else NEW_STATE,
                        "status": NEW_STATUS})
                records.append((doc, str(uuid.uuid4()), executions))
            self.storage.insert_series(records)
        return records

    def execution_view(self, execution_id):
        """The execution with its series body (GET /task-executions/{id})."""
        execution = self.storage.get_execution(execution_id)
        if execution is None:
            raise _not_found(execution_id)
        series = self.storage.get_series(execution["series_id"])
        doc = series["doc"]
        view = {"id": execution["id"], "scheduledTaskId": series["scheduledTaskId"]}
        view.update(doc)
        view["startAt"], view["endAt"] = execution["start_at"], execution["end_at"]
        view["state"], view["status"] = execution["state"], execution["status"]
        return view

    def move_executions(self, executions, series_id, doc, delta):
        """Put executions into series_id, shifted by delta, with doc's duration."""
        duration = _duration(doc)
        for execution in executions:
            start = timeutil.parse(execution["start_at"]) + delta
            self.storage.update_execution(
                execution["id"], series_id=series_id, start_at=timeutil.format_patrol(start),
                end_at=timeutil.format_patrol(start + duration))

    # HTTP handlers.

    def create(self, req):
        items = []  # a seriesId in the body is ignored: the server assigns them all
        for doc, scheduled_task_id, executions in self.insert([req.json(406)], keep_ids=False):
            items += [_info_item(doc, scheduled_task_id, e) for e in executions]
        return Reply(200, items)

    def split(self, req):
        """PUT /task-executions/{id}/series: end the execution's series before it and move it
        and every later execution of that series into a new series made from the body."""
        body = req.json(406)
        with self.storage.transaction():
            pivot = self.storage.get_execution(req.params["id"])
            if pivot is None:
                raise _not_found(req.params["id"])
            old_id = pivot["series_id"]
            if not isinstance(body, dict) or body.get("seriesId") != old_id:
                raise bad_request(f"seriesId must be {old_id}, the series of execution {pivot['id']}")
            old = self.storage.get_series(old_id)
            doc = series_doc(body, fresh_ids=False)
            doc["seriesId"] = new_id = str(uuid.uuid4())
            if "recurrence" not in body and old["doc"].get("recurrence") is not None:
                doc["recurrence"] = copy.deepcopy(old["doc"]["recurrence"])
            occurrences(doc)  # only validates: executions move, they are not made anew
            pivot_start = timeutil.parse(pivot["start_at"])
            later = [e for e in self.storage.series_executions(old_id)
                     if (e["start_at"], e["seq"]) >= (pivot["start_at"], pivot["seq"])]
            self.storage.insert_series([(doc, old["scheduledTaskId"], [])])
            self.move_executions(later, new_id, doc, timeutil.parse(doc["startAt"]) - pivot_start)
            _end_rule_before(old["doc"], pivot_start)
            self.storage.update_series(old_id, old["doc"], successor_id=new_id)
        return Reply(200, {"updatingSeriesId": old_id, "createdSeriesId": new_id})

    def info(self, req):
        filters = []
        for field, kind in _FILTERS.items():
            filters += [_parse_filter(field, kind, raw) for raw in req.args(field)]
        sort = [_parse_sort(raw) for raw in req.args("sort")] or [("startAt", False)]
        rows = self.storage.query_executions(
            filters, text=req.arg("q") or None, sort=sort,
            offset=parse_int(req.arg("offset", "0"), "offset"),
            limit=parse_int(req.arg("limit", str(DEFAULT_LIMIT)), "limit"))
        return Reply(200, self._listed([{
            "id": r["id"], "scheduledTaskId": r["scheduled_task_id"], "seriesId": r["series_id"],
            "name": r["name"], "description": r["description"], "locationId": r["location_id"],
            "assigneeIds": json.loads(r["assignee_ids"] or "[]"), "priority": r["priority"],
            "startAt": r["start_at"], "endAt": r["end_at"], "state": r["state"],
            "status": r["status"]} for r in rows]))

    def get(self, req):
        return Reply(200, self.execution_view(req.params["id"]))
