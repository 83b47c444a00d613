"""Command line: options, start-up (storage, seeding, generation) and a clean stop."""
import argparse
import signal
import sqlite3
import ssl
import sys
import threading

from . import faults as _faults
from . import seeding
from .server import App, Server
from .storage import Storage, StorageError


def _count(text):
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError("must be >= 0")
    return value


def _parser():
    p = argparse.ArgumentParser(
        prog="refserver",
        description="Reference server for the ERA svctasks and TARGPatrol task-execution APIs "
                    "(both under one base URL). See tests/server/README.md.")
    p.add_argument("--port", type=_count, default=0, help="TCP port on 127.0.0.1 (0 = any free port)")
    p.add_argument("--db", metavar="FILE", help="SQLite file to keep the data in (default: in memory)")
    p.add_argument("--token", help="require 'Authorization: Bearer TOKEN' on every API request")
    p.add_argument("--seed", metavar="FILE",
                   help='import document {"svctasks": [...], "series": [...]} to load at start')
    p.add_argument("--generate-svctasks", type=_count, default=0, metavar="N",
                   help="add N synthetic service tasks at start")
    p.add_argument("--generate-series", type=_count, default=0, metavar="N",
                   help="add N synthetic series (with executions) at start")
    p.add_argument("--generate-seed", type=int, metavar="N", help="random seed for the generator")
    p.add_argument("--faults", metavar="SPEC", default="",
                   help="initial faults, e.g. 'delay=200,error=503:0.5,drop-next=2' (see README)")
    p.add_argument("--fault-seed", type=int, metavar="N",
                   help="random seed for faults given as a probability")
    p.add_argument("--tls-cert", metavar="PEM", help="serve HTTPS with this certificate chain")
    p.add_argument("--tls-key", metavar="PEM", help="private key for --tls-cert")
    p.add_argument("--list-series-ids", choices=("all", "some", "none"), default="all",
                   help="which GET /task-executions/info items carry seriesId (some: every other one)")
    p.add_argument("--quiet", action="store_true", help="do not log each request to stderr")
    return p


def _fail(message):
    print(f"refserver: {message}", file=sys.stderr, flush=True)
    return 1


def main(argv=None):
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        rules = _faults.parse_spec(args.faults)
    except ValueError as e:
        parser.error(f"--faults: {e}")
    if bool(args.tls_cert) != bool(args.tls_key):
        parser.error("--tls-cert and --tls-key go together")

    try:
        storage = Storage(args.db)
    except (StorageError, sqlite3.Error) as e:
        return _fail(f"--db {args.db}: {e}")
    app = App(storage, _faults.Faults(rules, seed=args.fault_seed), token=args.token,
              quiet=args.quiet)
    app.patrol.list_series_ids = args.list_series_ids
    if args.seed:
        try:
            tasks, series = seeding.import_document(app, seeding.load_document(args.seed))
        except (OSError, ValueError) as e:
            return _fail(f"--seed {args.seed}: {e}")
        app.log(f"seeded {tasks} svctasks and {series} series from {args.seed}")
    if args.generate_svctasks or args.generate_series:
        seeding.generate(app, args.generate_svctasks, args.generate_series, seed=args.generate_seed)
        app.log(f"generated {args.generate_svctasks} svctasks and {args.generate_series} series")

    tls = None
    if args.tls_cert:
        tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        try:
            tls.load_cert_chain(args.tls_cert, args.tls_key)
        except (OSError, ssl.SSLError) as e:
            return _fail(f"--tls-cert/--tls-key: {e}")
    try:
        server = Server(args.port, app, tls)
    except OSError as e:
        return _fail(f"cannot listen on port {args.port}: {e}")

    # Block the stop signals in every thread and take them synchronously below, so a stop
    # never interrupts a request half-way through a database write.
    stop_signals = {signal.SIGTERM, signal.SIGINT}
    signal.pthread_sigmask(signal.SIG_BLOCK, stop_signals)
    # A short poll interval only makes the stop prompt; the loop costs nothing meanwhile.
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1}, name="serve",
                     daemon=True).start()
    scheme = "https" if tls else "http"
    print(f"listening on {scheme}://127.0.0.1:{server.server_address[1]}", flush=True)

    received = signal.sigwait(stop_signals)
    app.log(f"stopping on {signal.Signals(received).name}")
    app.stopping.set()
    server.shutdown()
    server.server_close()
    storage.close()
    return 0
