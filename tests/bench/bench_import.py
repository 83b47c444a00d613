#!/usr/bin/env python3
"""Times `taskdesk --import` against the plain-Python baseline (py_import.py in this
folder), side by side in one run: the machine is shared, so only ratios mean much.
A second baseline, py_import_schema.py, writes the same rows with plain Python into
Taskdesk's own schema (its indexes and full-text index): what the SQLite work alone costs.

  bench_import.py TASKDESK [--count N] [--runs R] [--keep DIR]

Each run imports the same document with both, in turn, into a fresh database, and
takes wall time, CPU time (user + system) and peak memory of each child process.
Prints every run, then the ranges and the ratios taskdesk / python."""
import argparse, os, resource, subprocess, sys, tempfile, time

HERE = os.path.dirname(os.path.abspath(__file__))


def timed(cmd):
    """Wall seconds, CPU seconds, peak MiB of one child; fails loudly."""
    start = time.monotonic()
    child = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.monotonic() - start
    err = child.stderr.read().decode(errors="replace")
    child.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"{cmd[0]} failed: {err}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024.0


def fresh(path):
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)
    return path


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("taskdesk")
    parser.add_argument("--count", type=int, default=100000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--keep", help="folder for the document and databases (default: temporary)")
    args = parser.parse_args()

    work = args.keep or tempfile.mkdtemp(prefix="bench_import.")
    os.makedirs(work, exist_ok=True)
    doc = os.path.join(work, f"svctasks-{args.count}.json")
    if not os.path.exists(doc):
        with open(doc, "w") as out:
            subprocess.run([sys.executable, os.path.join(HERE, "gen_svctasks.py"), str(args.count)],
                           stdout=out, check=True)
    print(f"document: {doc} ({os.path.getsize(doc) / 1e6:.1f} MB, {args.count} service tasks)")

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    os.environ.update(env)
    template = fresh(os.path.join(work, "schema.sqlite"))
    empty = os.path.join(work, "empty.json")
    with open(empty, "w") as out:
        out.write('{"svctasks": []}')
    timed([args.taskdesk, "--database", template, "--import", empty])
    rows = {"python": [], "schema": [], "taskdesk": []}
    for run in range(args.runs):
        py = timed([sys.executable, os.path.join(HERE, "py_import.py"), doc, fresh(os.path.join(work, "py.sqlite"))])
        sc = timed([sys.executable, os.path.join(HERE, "py_import_schema.py"), doc,
                    fresh(os.path.join(work, "schema-copy.sqlite")), template])
        td = timed([args.taskdesk, "--database", fresh(os.path.join(work, "td.sqlite")), "--import", doc])
        rows["python"].append(py)
        rows["schema"].append(sc)
        rows["taskdesk"].append(td)
        print(f"run {run + 1}: python {py[0]:.2f} s wall, {py[1]:.2f} s CPU, {py[2]:.0f} MiB;"
              f" python into Taskdesk's schema {sc[0]:.2f} s wall, {sc[1]:.2f} s CPU;"
              f" taskdesk {td[0]:.2f} s wall, {td[1]:.2f} s CPU, {td[2]:.0f} MiB;"
              f" ratio wall {td[0] / py[0]:.2f}, CPU {td[1] / py[1]:.2f}, memory {td[2] / py[2]:.2f}")

    def span(values, unit, fmt="{:.2f}"):
        return f"{fmt.format(min(values))}–{fmt.format(max(values))}{unit}"

    for i, what in enumerate(("wall", "CPU", "peak memory")):
        unit, fmt = (" MiB", "{:.0f}") if i == 2 else (" s", "{:.2f}")
        ratios = [t[i] / p[i] for p, t in zip(rows["python"], rows["taskdesk"])]
        print(f"{what:12} python {span([p[i] for p in rows['python']], unit, fmt)},"
              f" taskdesk {span([t[i] for t in rows['taskdesk']], unit, fmt)},"
              f" ratio {span(ratios, '×')} (target {'1.2' if i == 2 else '1.0'}×)")
    for i, what in enumerate(("wall", "CPU")):
        ratios = [t[i] / s[i] for s, t in zip(rows["schema"], rows["taskdesk"])]
        floor = [s[i] / p[i] for p, s in zip(rows["python"], rows["schema"])]
        print(f"{what:12} python into Taskdesk's schema {span([s[i] for s in rows['schema']], ' s')}"
              f" ({span(floor, '×')} the plain script); taskdesk / it {span(ratios, '×')}")


if __name__ == "__main__":
    main()
