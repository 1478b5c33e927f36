#!/usr/bin/env python3
"""Reads beside a large send: a copy of the demo home gets N more children referred and put on a
meeting (one meeting per send), whose agenda (N + 6 case notes, a long PDF) is rendered and sent; while each send runs,
reads are run one after another — `case show`, `cases list`, `actions list`, `mail status`,
`child list`, `audit list` — and every read that fails is counted, in particular with
"database is busy" (issue 15 item 5). One read at a time: the machine has two cores.

Usage: concurrent_reads.py [--cases N] [--sends K] [--json OUT]
"""
import argparse, json, os, subprocess, sys, time
import atk

READS = [["case", "show", "3"], ["cases", "list"], ["actions", "list"], ["mail", "status"],
         ["child", "list"], ["audit", "list", "--limit", "5"], ["meeting", "show", "M00002"]]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cases", type=int, default=30)
    ap.add_argument("--sends", type=int, default=3)
    ap.add_argument("--json")
    a = ap.parse_args()
    w = os.path.join(atk.WORK, "concurrency")
    os.makedirs(w, exist_ok=True)
    base = os.path.join(w, f"base-{a.cases}-{a.sends}")
    if not os.path.exists(os.path.join(base, "safeguard.db")):
        atk.copy_home(atk.demo_home(), base)
        for i in range(a.cases):
            rc, o, e, _ = atk.sg(base, "referral", "add", "--first-name", f"Extra{i}", "--family-name", "Fictional",
                                 "--dob", "2011-03-04", "--date", "2026-12-01", "--referrer-name", "R", "--referrer-agency",
                                 "police", "--details", "Seen with older males; " * 20, "--basis", "disclosure,missing")
            assert rc == 0, e
        ids = ",".join(str(i) for i in range(1, a.cases + 7))
        for k in range(a.sends):  # one meeting per send, so that every send renders its agenda afresh
            rc, o, e, _ = atk.sg(base, "meeting", "schedule", "--type", "multi-agency-cse", "--at", f"2027-01-{k + 4:02d}T09:00",
                                 "--until", f"2027-01-{k + 4:02d}T12:00", "--venue", "Room 2", "--case", ids)
            assert rc == 0, e
            atk.log("base: " + o.strip())
    home = atk.copy_home(base, os.path.join(w, "home"))
    sink = atk.Sink(os.path.join(w, "sink"))
    atk.smtp_conf(home, sink.port)
    reads = fails = busy = 0
    failures, send_results = [], []
    docs = [[f"M{k + 3:05d}", "--doc", "agenda"] for k in range(a.sends)]
    for d in docs:
        t0 = time.time()
        p = subprocess.Popen([atk.SG, "--home", home, "meeting", "send", *d], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, stdin=subprocess.DEVNULL)
        time.sleep(0.3)  # the JVM starts; reads begin as the send renders
        n = 0
        while p.poll() is None:
            cmd = READS[n % len(READS)]; n += 1
            rc, o, e, t = atk.sg(home, *cmd, timeout=120)
            reads += 1
            if rc != 0:
                fails += 1
                b = "busy" in (o + e).lower() or "locked" in (o + e).lower()
                busy += b
                failures.append(dict(read=" ".join(cmd), rc=rc, seconds=round(t, 1), message=(e or o).strip()[:300],
                                     while_send=" ".join(d), busy=b))
        so, se = p.communicate()
        send_results.append(dict(doc=" ".join(d), rc=p.returncode, seconds=round(time.time() - t0, 1),
                                 out=(so + se).strip()[-300:], reads_during=n))
        atk.log(f"send {' '.join(d):24s} exit {p.returncode} in {time.time() - t0:5.1f}s; {n} reads beside it; "
                f"{(so + se).strip().splitlines()[0][:120] if (so + se).strip() else ''}")
    cnt = sink.count(); sink.stop()
    s = dict(cases_on_meeting=a.cases + 6, sends=len(send_results), reads=reads, read_failures=fails,
             busy_errors_for_reads=busy, sink_duplicates=cnt["duplicates"],
             send_seconds=[r["seconds"] for r in send_results], failures=failures[:10])
    atk.log("SUMMARY " + json.dumps(s))
    if a.json:
        json.dump(dict(summary=s, sends=send_results, failures=failures), open(a.json, "w"), indent=1)
    sys.exit(1 if fails or cnt["duplicates"] else 0)


if __name__ == "__main__":
    main()
