"""Expanding a TARGPatrol `recurrence` ({"rule": RRULE, "exception": EXDATE list}) into
occurrence start times, following RFC 5545 with dateutil."""
import datetime as _dt
import re

from dateutil.rrule import rrule, rrulestr, rruleset

from . import timeutil

# A rule without COUNT or UNTIL never ends; a series gets at most this many executions.
MAX_OCCURRENCES = 1000

_BASIC = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})Z?)?$", re.I)


def _exceptions(value):
    """-> (exact naive-UTC datetimes, whole UTC dates). Accepts the comma-separated string of
    the public example, an array of strings, RFC 5545 basic form (with or without Z; a bare
    date excludes that UTC day, like EXDATE;VALUE=DATE) or an RFC 3339 date-time."""
    if value is None:
        return [], set()
    if isinstance(value, str):
        tokens = value.split(",")
    elif isinstance(value, list) and all(isinstance(t, str) for t in value):
        tokens = value
    else:
        raise ValueError("exception must be a string or an array of strings")
    exact, days = [], set()
    for token in (t.strip() for t in tokens):
        if not token:
            continue
        m = _BASIC.match(token)
        if m and m.group(4) is None:
            days.add(_dt.date(*(int(g) for g in m.groups()[:3])))
        elif m:
            exact.append(_dt.datetime(*(int(g) for g in m.groups())))
        else:
            exact.append(timeutil.parse(token).replace(tzinfo=None))
    return exact, days


def expand(start, recurrence):
    """Occurrence starts (aware UTC) of `recurrence` for a series starting at `start`.
    Raises ValueError for anything that is not a usable rule."""
    if not isinstance(recurrence, dict):
        raise ValueError("recurrence must be an object")
    text = recurrence.get("rule")
    if not isinstance(text, str) or not text.strip():
        raise ValueError("recurrence.rule must be a non-empty RRULE string")
    text = text.strip()
    if text.upper().startswith("RRULE:"):
        text = text[6:]
    if any(word in text.upper() for word in ("\n", "DTSTART", "TZID", "EXDATE", "RDATE")):
        raise ValueError("recurrence.rule must be a single RRULE value")
    # Everything in naive UTC: dateutil refuses an aware DTSTART with a floating UNTIL and
    # vice versa, and both forms occur in practice.
    text = re.sub(r"(UNTIL=\d{8}(?:T\d{6})?)Z", r"\1", text, flags=re.I)
    try:
        rule = rrulestr(text, dtstart=start.astimezone(timeutil.UTC).replace(tzinfo=None))
    except Exception as e:  # dateutil raises ValueError, KeyError, TypeError... for bad rules
        raise ValueError(f"invalid recurrence.rule: {e}") from None
    if not isinstance(rule, rrule):
        raise ValueError("recurrence.rule must be a single RRULE value")
    exact, days = _exceptions(recurrence.get("exception"))
    rules = rruleset()
    rules.rrule(rule)
    for moment in exact:
        rules.exdate(moment)
    starts = []
    for moment in rules:
        if moment.date() in days:
            continue
        starts.append(moment.replace(tzinfo=timeutil.UTC))
        if len(starts) >= MAX_OCCURRENCES:
            break
    return starts
