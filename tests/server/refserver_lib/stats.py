"""Request counts per method and route kind, for tests that check what a client asked."""
import collections
import threading


class Stats:
    def __init__(self):
        self._lock = threading.Lock()
        self._counts = collections.Counter()

    def count(self, key):
        with self._lock:
            self._counts[key] += 1

    def snapshot(self):
        with self._lock:
            counts = dict(sorted(self._counts.items()))
        counts["total"] = sum(counts.values())
        return counts

    def reset(self):
        with self._lock:
            self._counts.clear()
