#!/usr/bin/env python3
"""kill -9 trials: start a writing command on a copy of a demo home, SIGKILL its process group after
a random delay within its normal run time, then check the home.

Checks per trial: `audit verify` exits 0; PRAGMA integrity_check = ok; no document version is both
SENT and waiting for the same recipient, and no disclosure's outcome disagrees with its message;
the command run again succeeds (or is refused only as idempotent); a following `mail deliver --now`
to a fresh sink sends no (Message-ID, recipient) twice; every message the home calls SENT over
SMTP was accepted by the sink (else: lost). A message left SENDING by the kill (claimed on the
wire) is retried only when its ten-minute claim lapses: the harness lapses it on the copy
(UPDATE mail_message.next_attempt) and delivers again, so resends after a wire crash are counted
too (reported separately: they are the documented at-least-once case, same Message-ID).

Usage: crash_trials.py [-n TRIALS] [--seed S] [--json OUT]
"""
import argparse, json, os, random, signal, subprocess, sys, time
import atk

KINDS = {
    # kind: (base, command args, rerun accepted when rc != 0 and output matches)
    "meeting-send": ("smtp", ["meeting", "send", "2", "--doc", "agenda"]),
    "mail-deliver": ("queued", ["mail", "deliver", "--now"]),
    "referral-add": ("smtp", ["referral", "add", "--first-name", "Trial", "--family-name", "Child",
                              "--dob", "2011-03-04", "--date", "2026-12-01", "--referrer-name", "A. Referrer",
                              "--referrer-agency", "police", "--details", "Seen with older males",
                              "--basis", "disclosure"]),
    "minutes-import": ("minutes", ["meeting", "minutes", "3", "--import", "@HOME@/min.json"]),
    "assess-final": ("smtp", ["assess", "--instrument", "lancashire.cse2", "--child", "5", "--final"]
                     + sum([["--answer", f"{i}=2"] for i in range(1, 12)], [])),
    "minutes-send": ("minutes-imported", ["meeting", "send", "3", "--doc", "minutes"]),
    # the area rules' sweep: each firing, what its actions did (notices queued, priority raised, cases placed)
    # and the rule's standing are one transaction; a killed sweep re-run fires nothing twice
    "rules-run": ("smtp", ["rules", "run"]),
}


def build_bases(work):
    demo = atk.demo_home()
    bases = {}
    b = atk.copy_home(demo, os.path.join(work, "base-smtp")); atk.smtp_conf(b, 1); bases["smtp"] = b
    q = atk.copy_home(b, os.path.join(work, "base-queued"))
    sink = atk.Sink(os.path.join(work, "base-sink"), "4xx"); atk.smtp_conf(q, sink.port)
    rc, out, err, _ = atk.sg(q, "meeting", "send", "2", "--doc", "agenda")
    sink.stop()
    atk.log(f"base-queued: meeting send under 4xx: rc={rc} {out.strip()} {err.strip()}")
    bases["queued"] = q
    m = atk.copy_home(b, os.path.join(work, "base-minutes"))
    rc, out, err, _ = atk.sg(m, "meeting", "schedule", "--type", "multi-agency-cse", "--at", "2026-12-03T09:00",
                             "--until", "2026-12-03T11:00", "--venue", "Room 2", "--case", "1,2,3,4,5,6")
    assert rc == 0, err
    mins = json.load(open(os.path.join(demo, "example-minutes.json")))
    for it in mins["items"]:
        for a in it.get("actions", []):
            a["due"] = "2026-12-20"
    json.dump(mins, open(os.path.join(m, "min.json"), "w"))
    bases["minutes"] = m
    mi = atk.copy_home(m, os.path.join(work, "base-minutes-imported"))
    rc, out, err, _ = atk.sg(mi, "meeting", "minutes", "3", "--import", os.path.join(mi, "min.json"))
    assert rc == 0, err
    bases["minutes-imported"] = mi
    return bases


def sent_ids(home):
    return {r[0].strip("<>") for r in atk.query(home, "SELECT message_id FROM mail_message WHERE status='SENT'")}


def calibrate(bases, work):
    times = {}
    for kind, (base, args) in KINDS.items():
        h = atk.copy_home(bases[base], os.path.join(work, "calib"))
        sink = atk.Sink(os.path.join(work, "calib-sink")); atk.smtp_conf(h, sink.port)
        rc, out, err, t = atk.sg(h, *[a.replace("@HOME@", h) for a in args])
        sink.stop()
        times[kind] = t
        atk.log(f"calibrate {kind}: rc={rc} {t:.2f}s {out.strip()[:120]} {err.strip()[:200]}")
    return times


def trial(i, kind, bases, work, times, rng):
    base, args = KINDS[kind]
    h = atk.copy_home(bases[base], os.path.join(work, f"trial-{i:03d}"))
    before = sent_ids(h)
    sink = atk.Sink(os.path.join(work, f"trial-{i:03d}-sink")); atk.smtp_conf(h, sink.port)
    argv = [a.replace("@HOME@", h) for a in args]
    delay = rng.uniform(0.05, max(0.1, times[kind] * 0.95))
    p = subprocess.Popen([atk.SG, "--home", h, *argv], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                         stdin=subprocess.DEVNULL, start_new_session=True)
    time.sleep(delay)
    r_kill_at = time.time()
    finished = p.poll() is not None
    try:
        os.killpg(p.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    p.wait()
    time.sleep(0.2)  # the group's JVM is gone once its pid is reaped; give the kernel a moment
    r = dict(trial=i, kind=kind, delay=round(delay, 3), finished_before_kill=finished, problems=[], kill_at=r_kill_at)
    r["integrity"] = atk.integrity(h)
    if r["integrity"] != "ok":
        r["problems"].append("corrupt: " + r["integrity"])
    rc, out, err, _ = atk.sg(h, "audit", "verify")
    r["verify_rc"] = rc
    if rc != 0:
        r["problems"].append(f"audit verify rc={rc}: {(out + err).strip()[:300]}")
    both, disagree = atk.sent_and_queued(h)
    r["sent_and_queued_after_kill"] = len(both); r["disclosure_disagrees_after_kill"] = len(disagree)
    if both:
        r["problems"].append(f"sent and queued: {both}")
    rc, out, err, _ = atk.sg(h, *argv)
    r["rerun_rc"] = rc; r["rerun"] = (out + err).strip()[:300]
    claim_left = atk.query(h, "SELECT count(*) FROM mail_message WHERE status='SENDING'")[0][0]
    honest_wait = rc == 1 and claim_left and ("not yet sent" in out + err or "still queued" in out + err or "marked as being sent" in out + err)
    if (rc != 0 and not honest_wait) or not atk.clean(out + err):
        r["problems"].append(f"rerun rc={rc}: {r['rerun']}")
    rc, out, err, _ = atk.sg(h, "mail", "deliver", "--now")
    r["deliver_rc"] = rc; r["deliver"] = (out + err).strip()[:300]
    claimed = atk.query(h, "SELECT count(*) FROM mail_message WHERE status='SENDING'")[0][0]
    r["left_sending"] = claimed
    cnt0 = sink.count()
    r["duplicates_before_lapse"] = cnt0["duplicates"]
    if cnt0["duplicates"]:
        r["problems"].append(f"duplicates from the product's own runs: {cnt0['duplicated']}")
    if claimed:
        claimed_ids = {m.strip("<>") for (m,) in atk.query(h, "SELECT message_id FROM mail_message WHERE status='SENDING'")}
        # was each claimed message taken (250) by the sink before the kill? then a resend is the at-least-once window
        r["claimed_taken_before_kill"] = sum(1 for e in map(__import__("json").loads, open(sink.log))
                                             if e.get("accepted") and (e["message_id"] or "").strip("<>") in claimed_ids
                                             and e["t"] <= r_kill_at + 0.05)
        # lapse the claim on this copy only (the product waits ten minutes), and deliver again
        c = __import__("sqlite3").connect(os.path.join(h, "safeguard.db"))
        c.execute("UPDATE mail_message SET next_attempt='2000-01-01T00:00:00Z' WHERE status='SENDING'")
        c.commit(); c.close()
        rc, out, err, _ = atk.sg(h, "mail", "deliver", "--now")
        r["deliver_after_lapse_rc"] = rc; r["deliver_after_lapse"] = (out + err).strip()[:300]
    cnt = sink.count()
    sink.stop()
    r["sink_accepted"] = cnt["accepted"]; r["duplicates"] = cnt["duplicates"]
    r["wire_resends"] = cnt["duplicates"] - cnt0["duplicates"]
    accepted_ids = {m.strip("<>") for m, _ in sink.accepted()}
    new_sent = sent_ids(h) - before
    lost = sorted(new_sent - accepted_ids)
    waiting = atk.query(h, "SELECT status, count(*) FROM mail_message WHERE status!='SENT' GROUP BY 1")
    r["lost"] = len(lost); r["not_sent_at_end"] = dict(waiting)
    if lost:
        r["problems"].append(f"lost (SENT but never accepted): {lost[:3]}")
    if waiting:
        r["problems"].append(f"still not sent after deliver in ok mode: {dict(waiting)}")
    both, disagree = atk.sent_and_queued(h)
    if both or disagree:
        r["problems"].append(f"at end: sent+queued {both}, disclosure outcome disagrees {disagree[:3]}")
    rc, out, err, _ = atk.sg(h, "audit", "verify")
    if rc != 0:
        r["problems"].append(f"final audit verify rc={rc}: {(out + err).strip()[:300]}")
    # the rules' ledger: no occurrence fired twice, no firing without its actions, one notice per firing and recipient
    twice = atk.query(h, "SELECT rule_id, case_id, occurrence, count(*) FROM rule_firing GROUP BY 1, 2, 3 HAVING count(*) > 1")
    bare = atk.query(h, "SELECT f.id FROM rule_firing f WHERE NOT EXISTS (SELECT 1 FROM rule_firing_action a WHERE a.firing_id = f.id)")
    notices = atk.query(h, "SELECT document_id, recipient, count(*) FROM mail_message WHERE document_kind = 'rule-notice' GROUP BY 1, 2 HAVING count(*) > 1")
    r["rule_firings"] = atk.query(h, "SELECT count(*) FROM rule_firing")[0][0]
    if twice or bare or notices:
        r["problems"].append(f"rules: fired twice {twice[:3]}, firings without actions {bare[:3]}, notices twice {notices[:3]}")
    r["integrity_end"] = atk.integrity(h)
    if r["integrity_end"] != "ok":
        r["problems"].append("corrupt at end")
    return r


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-n", type=int, default=42)
    ap.add_argument("--seed", type=int, default=15)
    ap.add_argument("--json")
    ap.add_argument("--keep", action="store_true", help="keep every trial home, not only failing ones")
    ap.add_argument("--kinds", help="only these kinds, comma-separated (default: all)")
    a = ap.parse_args()
    work = os.path.join(atk.WORK, "crash")
    os.makedirs(work, exist_ok=True)
    rng = random.Random(a.seed)
    bases = build_bases(work)
    times = calibrate(bases, work)
    kinds = [k for k in KINDS if not a.kinds or k in a.kinds.split(",")]
    results = []
    for i in range(a.n):
        kind = kinds[i % len(kinds)]
        r = trial(i, kind, bases, work, times, rng)
        results.append(r)
        atk.log(f"trial {i:3d} {kind:15s} delay {r['delay']:.2f}s{' (had finished)' if r['finished_before_kill'] else ''}: "
                f"integrity {r['integrity']}, verify {r['verify_rc']}, rerun {r['rerun_rc']}, deliver {r['deliver_rc']}, "
                f"left SENDING {r['left_sending']}, dups {r['duplicates_before_lapse']} (+{r['wire_resends']} after lapse), lost {r['lost']}"
                + (f"  PROBLEMS: {r['problems']}" if r["problems"] else ""))
        if not r["problems"] and not a.keep:
            import shutil
            shutil.rmtree(os.path.join(work, f"trial-{i:03d}"), ignore_errors=True)
    s = dict(trials=len(results), killed_mid_run=sum(not r["finished_before_kill"] for r in results),
             corrupt=sum(r["integrity"] != "ok" or r["integrity_end"] != "ok" for r in results),
             verify_failed=sum(r["verify_rc"] != 0 for r in results),
             sent_and_queued=sum(r["sent_and_queued_after_kill"] > 0 for r in results),
             lost=sum(r["lost"] for r in results), duplicates=sum(r["duplicates"] for r in results),
             duplicates_product_runs=sum(r["duplicates_before_lapse"] for r in results),
             wire_claims=sum(r["left_sending"] for r in results),
             wire_claims_taken_before_kill=sum(r.get("claimed_taken_before_kill", 0) for r in results),
             wire_resends_after_lapse=sum(r["wire_resends"] for r in results),
             rerun_failed=sum(r["rerun_rc"] != 0 for r in results),
             trials_with_problems=sum(bool(r["problems"]) for r in results),
             per_kind={k: sum(r["kind"] == k for r in results) for k in kinds}, calibration=times)
    atk.log("SUMMARY " + json.dumps(s))
    if a.json:
        json.dump(dict(summary=s, trials=results), open(a.json, "w"), indent=1)
    sys.exit(1 if s["trials_with_problems"] else 0)


if __name__ == "__main__":
    main()
