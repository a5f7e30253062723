"""Subprocess driver for the kill/resume, concurrency and lock tests (not a test module).

usage: python store_driver.py DB START STOP [--batch N] [--reverse] [--hold] [--slow-commit S]
Article i carries (i % 4) + 1 hand-built events; prints "committed K" after each batch.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import time
from pathlib import Path


def _builders():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "store_conftest", Path(__file__).with_name("conftest.py")
    )
    mod = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("db")
    ap.add_argument("start", type=int)
    ap.add_argument("stop", type=int)
    ap.add_argument("--batch", type=int, default=4)
    ap.add_argument("--reverse", action="store_true")
    ap.add_argument("--hold", action="store_true")
    ap.add_argument(
        "--slow-commit",
        type=float,
        default=0.0,
        help="sleep this long with the batch written but not yet committed",
    )
    args = ap.parse_args()
    from redline.store import open_store

    store = open_store(args.db)
    if args.hold:
        print("ready", flush=True)
        time.sleep(60)
        return
    if args.slow_commit:
        commit = store._commit

        def slow_commit() -> None:
            time.sleep(args.slow_commit)  # a kill now lands inside an open transaction
            commit()

        store._commit = slow_commit  # type: ignore[method-assign]
    b = _builders()
    ids = list(range(args.start, args.stop))
    if args.reverse:
        ids.reverse()
    for k in range(0, len(ids), args.batch):
        batch = []
        for i in ids[k : k + args.batch]:
            art = b.make_article(i)
            batch.append((art, [b.make_record(art, j) for j in range(i % 4 + 1)]))
        store.add_batch(batch)
        print(f"committed {k // args.batch + 1}", flush=True)
    store.close()
    print("done", flush=True)


if __name__ == "__main__":
    sys.exit(main())
