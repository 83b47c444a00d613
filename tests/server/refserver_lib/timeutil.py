"""Date parsing and the two wire formats, plus the strictly increasing write clock."""
import datetime as _dt
import re
import threading
import time

UTC = _dt.timezone.utc
_EPOCH = _dt.datetime(1970, 1, 1, tzinfo=UTC)

# RFC 3339 / ISO 8601 date-time with any number of fractional digits and a zone.
_DATETIME = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:[.,](\d+))?"
    r"(?:([Zz])|([+-])(\d{2}):?(\d{2}))$")


def parse(text):
    """Parse an RFC 3339 date-time into an aware UTC datetime; ValueError if invalid."""
    if not isinstance(text, str):
        raise ValueError("not a string")
    m = _DATETIME.match(text.strip())
    if not m:
        raise ValueError(f"not an RFC 3339 date-time: {text!r}")
    year, month, day, hour, minute, second = (int(g) for g in m.groups()[:6])
    micro = int((m.group(7) or "0")[:6].ljust(6, "0"))
    if m.group(8):
        tz = UTC
    else:
        sign = -1 if m.group(9) == "-" else 1
        tz = _dt.timezone(sign * _dt.timedelta(hours=int(m.group(10)), minutes=int(m.group(11))))
    return _dt.datetime(year, month, day, hour, minute, second, micro, tzinfo=tz).astimezone(UTC)


def _base(dt):
    dt = dt.astimezone(UTC)
    return (f"{dt.year:04d}-{dt.month:02d}-{dt.day:02d}"
            f"T{dt.hour:02d}:{dt.minute:02d}:{dt.second:02d}"), dt


def format_era(dt):
    """ERA style: UTC, 'Z', only as many fractional digits as needed (like '12:09:03.34Z')."""
    text, dt = _base(dt)
    if dt.microsecond:
        text += "." + f"{dt.microsecond:06d}".rstrip("0")
    return text + "Z"


def format_patrol(dt):
    """TARGPatrol style: UTC with exactly three fractional digits, '2023-03-06T18:00:00.000Z'."""
    text, dt = _base(dt)
    return f"{text}.{dt.microsecond // 1000:03d}Z"


def now_patrol():
    return format_patrol(_dt.datetime.now(UTC))


def to_us(dt):
    return (dt - _EPOCH) // _dt.timedelta(microseconds=1)


def from_us(us):
    return _EPOCH + _dt.timedelta(microseconds=us)


class WriteClock:
    """Hands out write times in microseconds that never repeat or go back,
    even for several writes within one microsecond or after a clock step back."""

    def __init__(self, last_us=0):
        self._last = last_us
        self._lock = threading.Lock()

    def advance_past(self, us):
        with self._lock:
            self._last = max(self._last, us)

    def next_us(self):
        with self._lock:
            self._last = max(time.time_ns() // 1000, self._last + 1)
            return self._last
