#!/usr/bin/env python3
"""Run docsift over a corpus on a Dask cluster, and total the slogans.

Each task runs one shard (`docsift --shard K/N`, a stable hash of the
document id) on a worker, as a subprocess; its records and the
`docsift-summary` of them come back (or the records are written to
--output-dir, which the workers must share with the driver). The partial
summaries are reduced with `docsift-summary --merge`, which gives the same
totals as one run over everything.

    # a scheduler you already run (dask-scheduler / dask-worker, dask-jobqueue, ...)
    python3 docsift_dask.py --scheduler tcp://head:8786 --shards 64 \
        --output-dir /shared/out --summary /shared/out/summary.json \
        -- -p timeline,slogans /shared/corpus
    # or a local cluster of worker processes
    python3 docsift_dask.py --local 2 --output all.jsonl -- /shared/corpus

Everything after `--` is docsift's command line (options and inputs), the
same on every worker: the inputs must be at the same path there (a shared
file system), and `docsift`/`docsift-summary` on the workers' PATH (or
--docsift/--docsift-summary). Records come out grouped by shard, in input
order within each; sort by id when the order matters (`jq -c -s
'sort_by(.id)[]'`). Not part of the C build: needs Python 3 and
`distributed` (Debian: python3-distributed).

SPDX-License-Identifier: LGPL-2.1-or-later
"""
import argparse
import os
import subprocess
import sys


def run_shard(k, n, docsift, summary, args, output_dir):
    """On a worker: one shard through docsift, and its summary.

    Returns (records or None, summary JSON text, docsift's exit status,
    its stderr). A failing document (exit status 1) still has its error
    record; any other status is an error of the shard."""
    cmd = [docsift, "--shard", "%d/%d" % (k, n), "--compact", "-q"]
    out_path = None
    if output_dir:
        out_path = os.path.join(output_dir, "part-%05d-of-%05d.jsonl" % (k, n))
        cmd += ["--output", out_path]
    proc = subprocess.run(cmd + list(args), stdin=subprocess.DEVNULL,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if proc.returncode not in (0, 1):
        raise RuntimeError("shard %d/%d: %s exited %d: %s" % (
            k, n, docsift, proc.returncode, proc.stderr.decode("utf-8", "replace")))
    records = proc.stdout
    if out_path:
        with open(out_path, "rb") as f:
            summary_in = f.read()
        records = None
    else:
        summary_in = records
    summ = subprocess.run([summary, "--compact"], input=summary_in,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if summ.returncode != 0:
        raise RuntimeError("shard %d/%d: %s: %s" % (k, n, summary, summ.stderr.decode("utf-8", "replace")))
    return records, summ.stdout.decode("utf-8"), proc.returncode, proc.stderr.decode("utf-8", "replace")


def merge_summaries(summary, parts):
    """The reducer: docsift-summary --merge over the partial summaries."""
    proc = subprocess.run([summary, "--merge"], input="".join(parts).encode("utf-8"),
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if proc.returncode != 0:
        raise RuntimeError("%s --merge: %s" % (summary, proc.stderr.decode("utf-8", "replace")))
    return proc.stdout.decode("utf-8")


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    where = p.add_mutually_exclusive_group(required=True)
    where.add_argument("--scheduler", help="address of a running Dask scheduler (tcp://HOST:8786)")
    where.add_argument("--local", type=int, metavar="N",
                       help="start a local cluster of N worker processes (loopback TCP)")
    p.add_argument("--shards", type=int, default=0, help="tasks (default: 4 per worker)")
    p.add_argument("--docsift", default="docsift")
    p.add_argument("--docsift-summary", default="docsift-summary")
    p.add_argument("--output", help="write all records to this file ('-': stdout)")
    p.add_argument("--output-dir", help="workers write part-K-of-N.jsonl here (shared file system)")
    p.add_argument("--summary", help="write the merged summary here ('-': stdout)")
    p.add_argument("docsift_args", nargs=argparse.REMAINDER,
                   help="-- then docsift's options and inputs")
    a = p.parse_args(argv)
    args = a.docsift_args[1:] if a.docsift_args[:1] == ["--"] else a.docsift_args
    if not args:
        p.error("give docsift's inputs after --")

    from distributed import Client, LocalCluster  # imported late: --help works without it

    cluster = None
    if a.local:
        cluster = LocalCluster(n_workers=a.local, threads_per_worker=1, processes=True,
                               protocol="tcp://", host="127.0.0.1", dashboard_address=None)
        client = Client(cluster)
    else:
        client = Client(a.scheduler)
    try:
        n = a.shards or 4 * max(1, len(client.scheduler_info()["workers"]))
        futures = [client.submit(run_shard, k, n, a.docsift, a.docsift_summary, args, a.output_dir,
                                 key="docsift-shard-%d-of-%d" % (k, n), pure=False)
                   for k in range(1, n + 1)]
        results = client.gather(futures)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()

    failed = False
    for records, _, status, err in results:
        if err:
            sys.stderr.write(err)
        failed |= status != 0
    if a.output:
        out = sys.stdout.buffer if a.output == "-" else open(a.output + ".part", "wb")
        for records, _, _, _ in results:
            out.write(records or b"")
        if a.output != "-":
            out.close()
            os.replace(a.output + ".part", a.output)  # complete, or not there
    merged = merge_summaries(a.docsift_summary, [s for _, s, _, _ in results])
    if a.summary == "-":
        sys.stdout.write(merged)
    elif a.summary:
        with open(a.summary, "w", encoding="utf-8") as f:
            f.write(merged)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
