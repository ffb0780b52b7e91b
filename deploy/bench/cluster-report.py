#!/usr/bin/env python3
"""Writes the Markdown report of ./portcullis bench-cluster from the files it left in WORK (.portcullis/bench-cluster).

WORK/meta (key=value), WORK/uptime-{before,after}, and per case WORK/replicas-N/: {first,steady}.json (the scan as
GET /api/v1/scans/{id} answered), .client-{start,end} (epoch seconds), .cpu-{start,end} (name ticks lines and the
machine's /proc/stat cpu line), .load-{start,end}, .simulator-requests.json, .logstart.I (the replica log's line count
when the scan was asked for), replica-I.log, rss.tsv (epoch phase process KiB, every second), hwm (process VmHWM KiB).
"""
import json
import os
import re
import statistics
import sys
from collections import Counter, defaultdict
from datetime import datetime

SCANNED = re.compile(r"Subscription (\S+) scanned: (\d+) ARM requests, collected in (\d+) ms, evaluated in (\d+) ms,"
                     r" applied in (\d+) ms")
BUSY = re.compile(r"Tenant \S+ busy on this replica")
# trouble of the cluster itself: the JDBC pool ran dry, a check-in failed, an instance was declared dead
POOL_TIMEOUT = re.compile(r"Sorry, acquisition timeout!$")
CHECKIN_ERROR = re.compile(r"ClusterManager: Error managing cluster")
RECOVERED = re.compile(r"ClusterManager: \.+Scheduled (\d+) recoverable job")
DECLARED_DEAD = re.compile(r"is still active but was recovered by another instance")
TICKS = os.sysconf("SC_CLK_TCK")
SCANS = ("first", "steady")


def read(path, default=""):
    try:
        with open(path, encoding="utf-8") as f:
            return f.read()
    except FileNotFoundError:
        return default


def instant(text):
    return datetime.fromisoformat(text.replace("Z", "+00:00")) if text else None


def cpu(path):
    processes, machine = {}, None
    for line in read(path).splitlines():
        parts = line.split()
        if parts and parts[0] == "cpu":
            machine = [int(v) for v in parts[1:]]
        elif len(parts) == 2:
            processes[parts[0]] = int(parts[1])
    return processes, machine


def mb(kib):
    return f"{kib / 1024:,.0f}"


def median(values):
    return statistics.median(values) if values else 0


def seconds(ms):
    return f"{ms / 1000:,.1f}"


class Scan:
    def __init__(self, case_dir, replicas, label):
        self.label = label
        self.replicas = replicas
        self.view = json.loads(read(os.path.join(case_dir, label + ".json"), "{}") or "{}")
        parts = self.view.get("subscriptions", [])
        self.parts = len(parts)
        self.status = self.view.get("status", "?")
        self.statuses = Counter(p.get("status") for p in parts)
        self.arm_parts = sum(p.get("armRequests") or 0 for p in parts)
        self.runners = Counter(p.get("runner") or "?" for p in parts)
        self.retried = sum(1 for p in parts if (p.get("attempts") or 0) > 1)
        self.durations = [p.get("durationMs") or 0 for p in parts]
        requested, finished = instant(self.view.get("requestedAt")), instant(self.view.get("finishedAt"))
        self.wall = (finished - requested).total_seconds() if requested and finished else None
        started = instant(self.view.get("startedAt"))
        self.start_delay = (started - requested).total_seconds() if requested and started else None
        self.client = float(read(os.path.join(case_dir, label + ".client-end"), "0")) - float(
            read(os.path.join(case_dir, label + ".client-start"), "0"))
        served = json.loads(read(os.path.join(case_dir, label + ".simulator-requests.json"), "{}") or "{}")
        self.served = served.get("total", 0)
        self.max_in_flight = served.get("maxInFlight")
        self.busy_ms = served.get("busyMs")
        self.served_by_status = served.get("byStatus", {})
        self.load = (read(os.path.join(case_dir, label + ".load-start")).split()[:3],
                     read(os.path.join(case_dir, label + ".load-end")).split()[:3])
        before, machine_before = cpu(os.path.join(case_dir, label + ".cpu-start"))
        after, machine_after = cpu(os.path.join(case_dir, label + ".cpu-end"))
        self.cpu = {}
        for name, ticks in after.items():
            self.cpu[name] = (ticks - before.get(name, 0)) / TICKS
        self.pg_cpu = sum(v for k, v in self.cpu.items() if k.startswith("postgres:"))
        self.pg_backends = sum(1 for k in self.cpu if k.startswith("postgres:"))
        if machine_before and machine_after:
            delta = [a - b for a, b in zip(machine_after, machine_before)]
            total = sum(delta[:8])
            idle = delta[3] + delta[4]
            self.machine_busy = (total - idle) / total if total else 0
            self.machine_cpu = (total - idle) / TICKS
        else:
            self.machine_busy, self.machine_cpu = 0, 0
        # per replica: the app's log lines written during this scan
        self.phases = {}
        self.busy = {}
        self.trouble = {}
        for i in range(1, replicas + 1):
            start = int(read(os.path.join(case_dir, f"{label}.logstart.{i}"), "0").strip() or 0)
            lines = read(os.path.join(case_dir, f"replica-{i}.log")).splitlines()
            following = lines[start:]
            if label == "first":
                # stop at the steady scan's start
                end = int(read(os.path.join(case_dir, f"steady.logstart.{i}"), str(len(lines))).strip() or len(lines))
                following = lines[start:end]
            rows = [tuple(int(g) for g in m.groups()[1:]) for m in map(SCANNED.search, following) if m]
            self.phases[f"replica-{i}"] = rows
            self.busy[f"replica-{i}"] = sum(1 for line in following if BUSY.search(line))
            self.trouble[f"replica-{i}"] = (
                sum(1 for line in following if POOL_TIMEOUT.search(line)),
                sum(1 for line in following if CHECKIN_ERROR.search(line)),
                sum(int(m.group(1)) for m in map(RECOVERED.search, following) if m),
                sum(1 for line in following if DECLARED_DEAD.search(line)))
        # RSS sampled during this scan
        self.rss = defaultdict(int)
        for line in read(os.path.join(case_dir, "rss.tsv")).splitlines():
            parts = line.split()
            if len(parts) == 4 and parts[1] == label and parts[3].isdigit():
                self.rss[parts[2]] = max(self.rss[parts[2]], int(parts[3]))


def main(work):
    meta = dict(line.split("=", 1) for line in read(os.path.join(work, "meta")).splitlines() if "=" in line)
    latency = int(meta.get("latency_ms", "0"))
    threads = int(meta.get("scan_threads", "16"))
    cores = int(meta.get("cores", "1"))
    parallelism = int(meta.get("scan_parallelism", "4"))
    tenants = int(meta.get("tenants", "1"))

    def concurrency(replicas):
        """Parts in flight at most: job threads, per-tenant permits, subscriptions."""
        return min(replicas * threads, replicas * tenants * parallelism, int(meta.get("subscriptions", "1")))

    cases = {}
    hwm = {}
    for n in (1, 2):
        case_dir = os.path.join(work, f"replicas-{n}")
        if not os.path.isdir(case_dir):
            continue
        cases[n] = {label: Scan(case_dir, n, label) for label in SCANS}
        hwm[n] = dict(line.split() for line in read(os.path.join(case_dir, "hwm")).splitlines() if line.strip())
        hwm[n]["uptime-before"] = read(os.path.join(case_dir, "uptime-before")).strip()
        hwm[n]["uptime-after"] = read(os.path.join(case_dir, "uptime-after")).strip()

    out = []
    w = out.append
    subs, vms = int(meta.get("subscriptions", 0)), int(meta.get("vms", 0))
    w("# Cluster benchmark (issue 14)")
    w("")
    w(f"{meta.get('date')}, commit {meta.get('commit')}, {cores} cores, {meta.get('memory')}. Simulator: {subs} "
      f"subscriptions × {vms} VMs ({subs * vms:,} VMs) in {meta.get('tenants')} tenants, {latency} ms added to every "
      f"ARM answer, pages of 50; ready in {meta.get('simulator_ready_seconds')} s at "
      f"{mb(int(meta.get('simulator_rss_ready_kb', 0)))} MB RSS ({meta.get('simulator_java_opts')}). Replicas: "
      f"PORTCULLIS_SCAN_THREADS={threads}, PORTCULLIS_SCAN_PARALLELISM={meta.get('scan_parallelism')}, JVM options "
      f"'{meta.get('java_opts') or 'none'}'. Each case: fresh database, fresh replicas, tenants onboarded, a first "
      f"scan of everything (POST /api/v1/scans {{}}), then a steady-state scan.")
    w("")
    w(f"Load: before `{read(os.path.join(work, 'uptime-before')).strip()}`; "
      f"after `{read(os.path.join(work, 'uptime-after')).strip()}`.")
    w("")
    w("| replicas | scan | status | wall s (server) | wall s (client) | ARM requests (parts / served) | parts per replica"
      " | peak RSS MB during scan | machine CPU busy |")
    w("|---|---|---|---|---|---|---|---|---|")
    for n, scans in cases.items():
        for label in SCANS:
            s = scans[label]
            per_replica = ", ".join(f"{r}: {c}" for r, c in sorted(s.runners.items()))
            rss = ", ".join(f"{r}: {mb(v)}" for r, v in sorted(s.rss.items()) if r.startswith("replica"))
            statuses = ", ".join(f"{k} {v}" for k, v in sorted(s.statuses.items()))
            w(f"| {n} | {label} | {s.status} ({statuses}) | {s.wall:,.1f} | {s.client:,.1f} | {s.arm_parts:,} / "
              f"{s.served:,} | {per_replica} | {rss} | {s.machine_busy:.0%} |")
    w("")
    if 1 in cases and 2 in cases:
        for label in SCANS:
            one, two = cases[1][label].wall, cases[2][label].wall
            if one and two:
                w(f"- **{label} scan: 1 replica {one:,.1f} s, 2 replicas {two:,.1f} s: {one / two:.2f}× faster** "
                  f"(goal ≥ 1.7×)")
        w("")
    w("Peak RSS per process over the whole case (VmHWM: start, onboarding, both scans):")
    w("")
    w("| replicas | " + " | ".join(["replica-1", "replica-2", "simulator"]) + " | load before → after |")
    w("|---|---|---|---|---|")
    for n in cases:
        h = hwm[n]
        cells = [f"{mb(int(h[k]))} MB" if k in h else "—" for k in ("replica-1", "replica-2", "simulator")]
        w(f"| {n} | " + " | ".join(cells) + f" | {h['uptime-before'].split('load average:')[-1].strip()} → "
          f"{h['uptime-after'].split('load average:')[-1].strip()} |")
    w("")
    w("Where the time went, per scan and replica (from each replica's log line per subscription: collected / evaluated /"
      " applied; sums are thread-seconds, medians per subscription; CPU from /proc, user + system):")
    w("")
    w("| replicas | scan | replica | parts | collect Σ s (median ms) | of which ARM latency Σ s | evaluate Σ s (median ms)"
      " | apply Σ s (median ms) | busy-tenant retries | replica CPU s | pool timeouts / check-in errors / jobs it"
      " recovered / declared dead |")
    w("|---|---|---|---|---|---|---|---|---|---|---|")
    for n, scans in cases.items():
        for label in SCANS:
            s = scans[label]
            for replica, rows in sorted(s.phases.items()):
                col = [r[1] for r in rows]
                ev = [r[2] for r in rows]
                ap = [r[3] for r in rows]
                arm = sum(r[0] for r in rows) * latency
                w(f"| {n} | {label} | {replica} | {len(rows)} | {seconds(sum(col))} ({median(col):,.0f}) | "
                  f"{seconds(arm)} | {seconds(sum(ev))} ({median(ev):,.0f}) | {seconds(sum(ap))} ({median(ap):,.0f}) | "
                  f"{s.busy.get(replica, 0)} | {s.cpu.get(replica, 0):,.1f} | "
                  f"{' / '.join(str(v) for v in s.trouble.get(replica, ()))} |")
    w("")
    w("| replicas | scan | replicas' CPU s | simulator CPU s | PostgreSQL CPU s (backends) | machine CPU s (all "
      "processes) | CPU floor s | ARM floor s | ARM requests in flight: most / mean | load 1-min start → end |")
    w("|---|---|---|---|---|---|---|---|---|---|")
    for n, scans in cases.items():
        for label in SCANS:
            s = scans[label]
            longest_part = max((p.get("armRequests") or 0 for p in s.view.get("subscriptions", [])), default=0)
            replicas_cpu = sum(v for k, v in s.cpu.items() if k.startswith("replica"))
            ours = replicas_cpu + s.cpu.get("simulator", 0) + s.pg_cpu
            arm_floor = max(s.served * latency / 1000 / concurrency(n), longest_part * latency / 1000)
            in_flight = "—" if s.max_in_flight is None else (
                f"{s.max_in_flight} / {s.busy_ms / 1000 / s.client:.1f}" if s.client else str(s.max_in_flight))
            w(f"| {n} | {label} | {replicas_cpu:,.1f} | {s.cpu.get('simulator', 0):,.1f} | {s.pg_cpu:,.1f} "
              f"({s.pg_backends}) | {s.machine_cpu:,.1f} | {ours / cores:,.1f} | {arm_floor:,.1f} | {in_flight} | "
              f"{s.load[0][0] if s.load[0] else '?'} → {s.load[1][0] if s.load[1] else '?'} |")
    w("")
    w(f"CPU floor: the benchmark's own CPU seconds (replicas, simulator, PostgreSQL backends of its database) over "
      f"{cores} cores: no scan can be faster on this machine, even alone on it. ARM floor: requests served × "
      f"{latency} ms over the parts in flight at most (per replica the fewer of {threads} job threads and "
      f"{tenants} tenants × {parallelism} permits; {concurrency(1)} for 1 replica, {concurrency(2)} for 2), and at "
      f"least one part's own requests one after the other: the wall time if ARM's latency were the only cost. "
      f"\"Of which ARM latency\": each part's requests × {latency} ms, the part of its collection spent waiting "
      f"on ARM; the rest of collection is CPU (the SDK's JSON mapping) and waiting for a core.")
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    sys.stdout.write(main(sys.argv[1] if len(sys.argv) > 1 else ".portcullis/bench-cluster"))
