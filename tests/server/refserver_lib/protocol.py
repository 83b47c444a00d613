"""Request, reply and error types shared by the API handlers and the HTTP layer."""
import json
import re

_MEDIA_JSON = "application/json"


class HttpError(Exception):
    """An error answer. `detail` goes into ERA bodies and the log; TARGPatrol bodies carry the
    fixed message/code pair of docs/api-contract.md §2.3 for the status instead."""

    def __init__(self, status, detail, headers=None):
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.headers = headers or {}


def bad_request(detail):
    return HttpError(400, detail)


class Reply:
    def __init__(self, status=200, payload=None, headers=None):
        self.status = status
        self.payload = payload  # JSON-serialisable, or None for no body
        self.headers = headers or {}


class Request:
    def __init__(self, method, path, query, headers, body):
        self.method = method
        self.path = path
        self.query = query      # name -> list of values (parse_qs)
        self.headers = headers
        self.body = body        # bytes
        self.params = {}        # captures of the matched route

    def arg(self, name, default=None):
        values = self.query.get(name)
        return values[-1] if values else default

    def args(self, name):
        return self.query.get(name, [])

    def json(self, wrong_type_status):
        """The body as JSON. A Content-Type other than application/json answers
        `wrong_type_status` (None: any type will do); an empty, non-UTF-8 or malformed
        body answers 400."""
        media = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if wrong_type_status is not None and media != _MEDIA_JSON:
            raise HttpError(wrong_type_status,
                            f"Content-Type must be {_MEDIA_JSON}, not {media or 'missing'}")
        if not self.body.strip():
            raise bad_request("empty request body")
        try:
            return json.loads(self.body.decode("utf-8"), parse_constant=_reject_constant)
        except (UnicodeDecodeError, ValueError) as e:
            raise bad_request(f"malformed JSON body: {e}") from None


def _reject_constant(name):
    raise ValueError(f"{name} is not JSON")


FIELD_PATH = re.compile(r"^[A-Za-z0-9_]+(\.[A-Za-z0-9_]+)*$")


def parse_int(value, name, minimum=0):
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise bad_request(f"{name} must be an integer, not {value!r}") from None
    if number < minimum:
        raise bad_request(f"{name} must be >= {minimum}")
    return number


def parse_bool(value, name):
    lowered = (value or "").strip().lower()
    if lowered in ("1", "true", "yes"):
        return True
    if lowered in ("", "0", "false", "no"):
        return False
    raise bad_request(f"{name} must be true or false, not {value!r}")
