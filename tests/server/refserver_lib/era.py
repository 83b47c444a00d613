"""ERA svctasks: entity rules (docs/api-contract.md §1.1-1.3) and the collection's handlers."""
import copy
import json
import re
import sqlite3
import uuid

from . import timeutil
from .protocol import FIELD_PATH, HttpError, Reply, bad_request, parse_bool, parse_int

COLLECTION = "/rest/v1/service/svctasks"

# Known fields in the order entities are written out (`ext` always last).
KNOWN_FIELDS = ("id", "name", "isenabled", "svcscriptcode", "sitemode", "sites", "isregular",
                "overlap", "intervalsec", "dtstart", "dtstop", "schedule", "periods", "opts")
DEFAULTS = {"isenabled": 0, "svcscriptcode": "", "sitemode": "all", "sites": "",
            "isregular": 0, "overlap": 1, "intervalsec": 0, "dtstart": "", "dtstop": "",
            "schedule": "all", "periods": [], "opts": {"title": "", "comment": ""}}
INTBOOLS = ("isenabled", "isregular", "overlap")
TEXTS = ("svcscriptcode", "sitemode", "schedule")
DATES = ("dtstart", "dtstop")
SERVER_EXT = ("ct", "lwt")

# CONTRACT 1.3: the only fields a list may return (mask) and so the only ones to sort by.
LIST_FIELDS = ("id", "name", "isenabled", "svcscriptcode", "sitemode", "isregular", "overlap",
               "intervalsec", "dtstart", "dtstop", "schedule", "ext.lwt", "ext.ct")
NOT_IN_LISTS = ("sites", "periods", "opts")

_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._~-]{0,127}$")


def _normalize(field, value):
    """Validate one known field; returns the stored form (intbools as integers, dates in UTC)."""
    def fail(expected):
        raise bad_request(f"field '{field}' must be {expected}, not {json.dumps(value)}")

    if field == "name":
        if not isinstance(value, str) or not value.strip():
            fail("a non-empty string")
    elif field in INTBOOLS:
        if isinstance(value, bool):
            return int(value)
        if not isinstance(value, int) or value not in (0, 1):
            fail("0 or 1")
    elif field == "intervalsec":
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            fail("a non-negative integer")
    elif field in TEXTS:
        if not isinstance(value, str):
            fail("a string")
    elif field == "sites":
        ok = isinstance(value, str) or (
            isinstance(value, list) and all(isinstance(s, str) for s in value))
        if not ok:
            fail("a string or an array of strings")
    elif field in DATES:
        if value is None or value == "":
            return ""
        try:
            return timeutil.format_era(timeutil.parse(value))
        except ValueError:
            fail("an RFC 3339 date-time or empty")
    elif field == "periods":
        if not isinstance(value, list):
            fail("an array")
    elif field == "opts":
        if not isinstance(value, dict):
            fail("an object")
    return value


def _client_ext(body):
    ext = body.get("ext", {})
    if not isinstance(ext, dict):
        raise bad_request("field 'ext' must be an object")
    # ct and lwt belong to the server: silently ignored, never an error, so that clients
    # echoing a whole entity back do not fail.
    return {k: v for k, v in ext.items() if k not in SERVER_EXT}


def _ordered(doc):
    out = {k: doc[k] for k in KNOWN_FIELDS if k in doc}
    out.update((k, v) for k, v in doc.items() if k not in out and k != "ext")
    out["ext"] = doc["ext"]
    return out


def _stamp(doc, ext_rest, ct_us, lwt_us):
    doc["ext"] = {"ct": timeutil.format_era(timeutil.from_us(ct_us)),
                  "lwt": timeutil.format_era(timeutil.from_us(lwt_us)), **ext_rest}
    return _ordered(doc)


def new_entity(body):
    """A complete entity (without ext) from a create body; raises 400 on invalid input."""
    if not isinstance(body, dict):
        raise bad_request("the body must be a JSON object")
    if "name" not in body:
        raise bad_request("field 'name' is required")
    doc = {}
    given_id = body.get("id")
    if given_id is None:
        doc["id"] = str(uuid.uuid4())
    elif isinstance(given_id, str) and _ID.match(given_id):
        doc["id"] = given_id
    else:
        raise bad_request(f"field 'id' is not a valid identifier: {json.dumps(given_id)}")
    for field in KNOWN_FIELDS[1:]:
        doc[field] = _normalize(field, body[field]) if field in body else copy.deepcopy(DEFAULTS[field])
    for key in ("title", "comment"):
        doc["opts"].setdefault(key, "")
    doc.update((k, v) for k, v in body.items() if k not in KNOWN_FIELDS and k != "ext")
    return doc


def apply_changes(doc, body):
    """Merge a PATCH body into a copy of doc: opts and ext merge key by key, other fields replace."""
    if not isinstance(body, dict):
        raise bad_request("the body must be a JSON object")
    if "id" in body:
        raise bad_request("field 'id' must not be sent in a PATCH: it cannot be changed")
    doc = copy.deepcopy(doc)
    for key, value in body.items():
        if key == "opts":
            doc["opts"] = {**doc.get("opts", {}), **_normalize("opts", value)}
        elif key == "ext":
            doc["ext"] = {**doc["ext"], **_client_ext(body)}
        elif key in KNOWN_FIELDS:
            doc[key] = _normalize(key, value)
        else:
            doc[key] = value
    return doc


def _project(doc, mask):
    """Only the (dotted) fields of mask, nested as in the entity."""
    out = {}
    for path in mask:
        value, found = doc, True
        for part in path.split("."):
            if isinstance(value, dict) and part in value:
                value = value[part]
            else:
                found = False
                break
        if not found:
            continue
        target = out
        parts = path.split(".")
        for part in parts[:-1]:
            target = target.setdefault(part, {})
        target[parts[-1]] = copy.deepcopy(value)
    return out


def _flatten(doc, prefix=""):
    out = {}
    for key, value in doc.items():
        if isinstance(value, dict) and value:
            out.update(_flatten(value, f"{prefix}{key}."))
        else:
            out[prefix + key] = value
    return out


def _field_list(text, name, allowed=None):
    fields = [f.strip() for f in (text or "").split(",") if f.strip()]
    for field in fields:
        if (allowed is not None and field not in allowed) or not FIELD_PATH.match(field):
            raise bad_request(f"{name}: field '{field}' is not allowed")
    return fields


def _equalities(obj, what):
    if not isinstance(obj, dict):
        raise bad_request(f"{what} must be a JSON object of field -> value")
    for field in obj:
        if not FIELD_PATH.match(field):
            raise bad_request(f"{what}: bad field name '{field}'")
    return list(obj.items())


def _parse_order(text):
    """`["name"]`, `[{"name":"desc"}]`, `{"name":"desc"}`, `"name"` or a bare name (`-name` = desc)."""
    try:
        spec = json.loads(text)
    except ValueError:
        spec = text.strip()
        spec = {spec[1:]: "desc"} if spec.startswith("-") else spec
    items = spec if isinstance(spec, list) else [spec]
    order = []
    for item in items:
        if isinstance(item, str):
            pairs = [(item, "asc")]
        elif isinstance(item, dict):
            pairs = list(item.items())
        else:
            raise bad_request(f"order: bad item {json.dumps(item)}")
        for field, direction in pairs:
            if field not in LIST_FIELDS:
                raise bad_request(f"order: field '{field}' is not allowed")
            if not isinstance(direction, str) or direction.lower() not in ("asc", "desc"):
                raise bad_request(f"order: direction of '{field}' must be asc or desc")
            order.append((field, direction.lower() == "desc"))
    return order


def _not_found(task_id):
    return HttpError(404, f"svctask {task_id} not found")


class EraApi:
    def __init__(self, storage):
        self.storage = storage

    # Shared with seeding and the admin API.

    def insert(self, bodies, keep_ext=False, skip_existing=False):
        """Insert create bodies as one batch. keep_ext keeps valid ext.ct/lwt given in the
        body (import of a server's records); skip_existing ignores ids already stored."""
        records = []
        with self.storage.transaction():
            for index, body in enumerate(bodies):
                where = f"svctask #{index}: " if len(bodies) > 1 else ""
                try:
                    doc = new_entity(body)
                except HttpError as e:
                    raise HttpError(e.status, where + e.detail) from None
                if self.storage.get_svctask(doc["id"]) is not None:
                    if skip_existing:
                        continue
                    raise HttpError(409, f"{where}a svctask with id {doc['id']} already exists")
                ct_us = lwt_us = None
                if keep_ext:
                    ct_us, lwt_us = (_given_time(body, key) for key in SERVER_EXT)
                now = self.storage.clock.next_us()
                ct_us = next(t for t in (ct_us, lwt_us, now) if t is not None)
                lwt_us = lwt_us if lwt_us is not None else max(now, ct_us)
                self.storage.clock.advance_past(lwt_us)
                records.append((_stamp(doc, _client_ext(body), ct_us, lwt_us), ct_us, lwt_us))
            try:
                self.storage.insert_svctasks(records)
            except sqlite3.IntegrityError:  # the same id twice within one batch
                raise HttpError(409, "the same svctask id is given twice") from None
        return [doc for doc, _, _ in records]

    def modify(self, task_id, body):
        """PATCH semantics: merge, new ext.lwt, return the stored entity."""
        with self.storage.transaction():
            doc = self.storage.get_svctask(task_id)
            if doc is None:
                raise _not_found(task_id)
            doc = apply_changes(doc, body)
            lwt_us = self.storage.clock.next_us()
            doc["ext"]["lwt"] = timeutil.format_era(timeutil.from_us(lwt_us))
            self.storage.replace_svctask(doc, lwt_us)
            return doc

    def remove(self, task_id):
        if not self.storage.delete_svctask(task_id):
            raise _not_found(task_id)
        return Reply(204)

    # HTTP handlers.

    def create(self, req):
        return Reply(200, self.insert([req.json(415)])[0])

    def list(self, req):
        mask = _field_list(req.arg("mask"), "mask", LIST_FIELDS)
        flat = parse_bool(req.arg("flat"), "flat")
        equalities = []
        if req.arg("filter"):
            try:
                equalities = _equalities(json.loads(req.arg("filter")), "filter")
            except ValueError:
                raise bad_request("filter must be a URL-encoded JSON object") from None
        order = _parse_order(req.arg("order")) if req.arg("order") else []
        offset = parse_int(req.arg("offset", "0"), "offset")
        limit = parse_int(req.arg("limit"), "limit") if req.arg("limit") is not None else None
        items = []
        for doc in self.storage.list_svctasks(equalities, order, offset, limit, fields=mask or None):
            for key in NOT_IN_LISTS:
                doc.pop(key, None)
            items.append(_flatten(doc) if flat else doc)
        return Reply(200, items)

    def get(self, req):
        mask = _field_list(req.arg("mask"), "mask")
        flat = parse_bool(req.arg("flat"), "flat")
        doc = self.storage.get_svctask(req.params["id"])
        if doc is None:
            raise _not_found(req.params["id"])
        if mask:
            doc = _project(doc, mask)
        return Reply(200, _flatten(doc) if flat else doc)

    def patch(self, req):
        return Reply(200, self.modify(req.params["id"], req.json(415)))

    def delete(self, req):
        return self.remove(req.params["id"])

    def lookup(self, req):
        keys = req.json(415)
        if isinstance(keys, dict) and not keys:
            raise bad_request("LOOKUP needs at least one key field, e.g. {\"id\": \"...\"}")
        ids = self.storage.lookup_svctask_ids(_equalities(keys, "LOOKUP body"))
        if not ids:
            raise HttpError(404, "no svctask matches")
        return Reply(200, ids)


def _given_time(body, key):
    ext = body.get("ext")
    if isinstance(ext, dict) and isinstance(ext.get(key), str):
        try:
            return timeutil.to_us(timeutil.parse(ext[key]))
        except ValueError:
            pass
    return None
