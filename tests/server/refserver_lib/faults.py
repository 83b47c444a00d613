"""Fault injection rules, their SPEC syntax and the decision for each request.

SPEC: comma-separated items `NAME=VALUE[@SCOPE]`:
  delay=MS                     every matching response waits MS ms first
  error=STATUS:P               answer STATUS (e.g. 500, 503) with probability P (0..1)
  error-next=STATUS:K          answer STATUS to the next K matching requests
  drop=P | drop-next=K         send headers and half the body, then close the connection
  malformed=P | malformed-next=K   answer 200 with a truncated, invalid JSON body
  hang=P[:MS] | hang-next=K[:MS]   answer nothing for MS ms (default 600000) or until the
                               client closes the connection or the server stops
SCOPE limits an item to a method, a path prefix or both: `@GET`, `@/task-executions`,
`@PATCH/rest/v1/service/svctasks`.

`error` answers before the request is carried out (nothing changes); `drop`, `malformed` and
`hang` carry the request out first and then spoil the answer, as a lost reply does.
"""
import random
import re
import threading

KINDS = ("delay", "error", "drop", "malformed", "hang")
DEFAULT_HANG_MS = 600_000

_ITEM = re.compile(r"^(?P<name>[a-z]+(?:-next)?)=(?P<value>[^@]*)(?:@(?P<scope>.*))?$")
_SCOPE = re.compile(r"^(?P<method>[A-Za-z]+)?(?P<prefix>/\S*)?$")


class Rule:
    def __init__(self, kind, *, status=None, ms=None, p=None, count=None, method=None,
                 prefix=None, text=""):
        self.kind, self.status, self.ms, self.p, self.remaining = kind, status, ms, p, count
        self.method, self.prefix, self.text = method, prefix, text

    def matches(self, method, path):
        return ((self.method is None or self.method == method)
                and (self.prefix is None or path.startswith(self.prefix)))

    def describe(self):
        fields = {"spec": self.text, "kind": self.kind, "status": self.status, "ms": self.ms,
                  "p": self.p, "remaining": self.remaining, "method": self.method,
                  "path": self.prefix}
        return {k: v for k, v in fields.items() if v is not None}


def _number(text, kind, item, lo, hi=None):
    try:
        value = kind(text)
    except ValueError:
        raise ValueError(f"{item!r}: {text!r} is not a number") from None
    if value < lo or (hi is not None and value > hi):
        raise ValueError(f"{item!r}: {text} is out of range")
    return value


def parse_spec(spec):
    """SPEC text -> [Rule]; ValueError with the offending item on any mistake."""
    rules = []
    for item in (part.strip() for part in (spec or "").split(",")):
        if not item:
            continue
        m = _ITEM.match(item)
        if not m:
            raise ValueError(f"{item!r} is not NAME=VALUE[@SCOPE]")
        name, value, scope = m.group("name"), m.group("value").strip(), m.group("scope")
        kind, counted = name.removesuffix("-next"), name.endswith("-next")
        if kind not in KINDS or (kind == "delay" and counted):
            raise ValueError(f"{item!r}: unknown fault {name!r}")
        method = prefix = None
        if scope is not None:
            s = _SCOPE.match(scope.strip())
            if not s or not scope.strip():
                raise ValueError(f"{item!r}: scope must be METHOD, /path/prefix or METHOD/path")
            method = s.group("method").upper() if s.group("method") else None
            prefix = s.group("prefix")
        args = {"method": method, "prefix": prefix, "text": item}
        parts = value.split(":")
        if kind == "delay":
            if len(parts) != 1:
                raise ValueError(f"{item!r}: delay takes MS")
            args["ms"] = _number(value, int, item, 0)
        elif kind == "error":
            if len(parts) != 2:
                raise ValueError(f"{item!r}: error takes STATUS:{'K' if counted else 'P'}")
            args["status"] = _number(parts[0], int, item, 400, 599)
            parts = parts[1:]
        elif kind == "hang" and len(parts) == 2:
            args["ms"] = _number(parts.pop(), int, item, 0)
        elif len(parts) != 1:
            raise ValueError(f"{item!r}: {name} takes {'K' if counted else 'P'}")
        if kind == "hang":
            args.setdefault("ms", DEFAULT_HANG_MS)
        if kind != "delay":
            if counted:
                args["count"] = _number(parts[0], int, item, 0)
            else:
                args["p"] = _number(parts[0], float, item, 0.0, 1.0)
        rules.append(Rule(kind, **args))
    return rules


class Faults:
    """The active rules; `plan` decides what happens to one API request."""

    def __init__(self, rules=(), seed=None):
        self._lock = threading.Lock()
        self._rules = list(rules)
        self._random = random.Random(seed)

    def add(self, rules, replace=False):
        with self._lock:
            self._rules = list(rules) if replace else self._rules + list(rules)

    def reset(self):
        self.add([], replace=True)

    def describe(self):
        with self._lock:
            return [rule.describe() for rule in self._rules]

    def plan(self, method, path):
        """-> (delay in ms, the rule that spoils this answer or None). Counted rules are
        used up only by the requests they actually spoil."""
        with self._lock:
            delay, spoiler = 0, None
            for rule in self._rules:
                if not rule.matches(method, path):
                    continue
                if rule.kind == "delay":
                    delay += rule.ms
                elif spoiler is None:
                    if rule.remaining is not None:
                        if rule.remaining > 0:
                            rule.remaining -= 1
                            spoiler = rule
                    elif self._random.random() < rule.p:
                        spoiler = rule
            self._rules = [r for r in self._rules if r.remaining != 0]
            return delay, spoiler
