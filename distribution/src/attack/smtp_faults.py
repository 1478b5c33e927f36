#!/usr/bin/env python3
"""SMTP fault modes: for each of the sink's 12 modes, on a fresh copy of the demo home sending over
SMTP, `meeting send 2 --doc agenda` (12 messages) against the faulty sink; record the exit code,
wall time, what the command and `mail status` say, and what the database holds; then check:

- honesty: the command's "N sent" and the home's SENT count equal what the sink really accepted;
  exit 0 only when all 12 went; `mail status` counts equal the database's;
- a permanent 5xx is FAILED after one attempt, and a later `mail deliver` (no --now) does not try
  it again (attempts unchanged, sink sees nothing);
- a transient 4xx stays QUEUED for a retry;
- hang/slow/drip modes are bounded: the send returns within 150 s (two-minute run bound, a 30 s
  per-message timeout, start-up and rendering);
then switch the sink to `ok`, `mail deliver --now` (and `meeting send --resend` for what failed
for good), and check every invitee has it once: no (Message-ID, recipient) accepted twice.

Usage: smtp_faults.py [--modes m1,m2,...] [--json OUT]
"""
import argparse, json, os, re, sys, time
import atk

MODES = ["ok", "slow:3", "drip:1", "4xx", "5xx", "rcpt4xx", "rcpt5xx", "data5xx", "greet5xx",
         "hang", "hangdata", "dropdata"]
PERMANENT = {"5xx", "rcpt5xx", "data5xx"}
TRANSIENT = {"4xx", "rcpt4xx", "hang", "hangdata", "dropdata"}
BOUND = 150.0


def new_rows(h):
    return atk.query(h, "SELECT message_id, recipient, status, attempts, last_error FROM mail_message WHERE created > ?",
                     (START,))


def status_counts(text):
    m = re.search(r"Sent (\d+), queued (\d+), sending (\d+), failed (\d+)", text)
    return dict(zip(["SENT", "QUEUED", "SENDING", "FAILED"], map(int, m.groups()))) if m else None


def run_mode(mode, base, work):
    h = atk.copy_home(base, os.path.join(work, "home-" + mode.replace(":", "-")))
    sink = atk.Sink(os.path.join(work, "sink-" + mode.replace(":", "-")), mode)
    atk.smtp_conf(h, sink.port)
    r = dict(mode=mode, problems=[])
    rc, out, err, t = atk.sg(h, "meeting", "send", "2", "--doc", "agenda", timeout=600)
    r.update(send_rc=rc, send_seconds=round(t, 1), send_out=(out + err).strip()[-600:])
    if not atk.clean(out + err):
        r["problems"].append("stack trace / internal error in send output")
    rows = new_rows(h)
    st = {}
    for row in rows:
        st[row[2]] = st.get(row[2], 0) + 1
    r["db_after_send"] = st
    acc = {(m.strip("<>"), rc_) for m, rc_ in sink.accepted()}
    sent_db = {(m.strip("<>"), rcp) for m, rcp, s, *_ in rows if s == "SENT"}
    r["sink_accepted_after_send"] = len(acc)
    if sent_db - acc:
        r["problems"].append(f"{len(sent_db - acc)} called SENT but the sink never accepted them")
    if acc - sent_db:
        r["problems"].append(f"{len(acc - sent_db)} accepted by the sink but not SENT in the home (will be resent)")
    m = re.search(r"(\d+) sent, (\d+) to retry, (\d+) failed, (\d+) still queued", out + err)
    r["send_summary"] = m.group(0) if m else None
    if m and int(m.group(1)) != len(sent_db):
        r["problems"].append(f"send says {m.group(1)} sent; the home has {len(sent_db)} SENT")
    all_sent = st.get("SENT", 0) == 12
    if (rc == 0) != all_sent:
        r["problems"].append(f"exit {rc} but {st.get('SENT', 0)} of 12 sent")
    if t > BOUND:
        r["problems"].append(f"send took {t:.0f}s > {BOUND:.0f}s")
    rc2, out2, err2, _ = atk.sg(h, "mail", "status")
    r["mail_status"] = (out2 + err2).strip()[:800]
    sc = status_counts(out2)
    dbc = dict(atk.query(h, "SELECT status, count(*) FROM mail_message GROUP BY 1"))
    if sc is None:
        r["problems"].append("mail status gives no counts")
    elif any(sc[k] != dbc.get(k, 0) for k in sc):
        r["problems"].append(f"mail status says {sc}, the home holds {dbc}")
    if mode in PERMANENT:
        if st.get("FAILED", 0) != 12:
            r["problems"].append(f"permanent {mode}: {st} (expected 12 FAILED)")
        attempts = sum(x[3] for x in rows)
        n0 = len(open(sink.log).read().splitlines())
        sink.mode("ok")
        rc3, out3, err3, _ = atk.sg(h, "mail", "deliver")
        r["deliver_after_5xx"] = (out3 + err3).strip()[:300]
        attempts2 = sum(x[3] for x in new_rows(h))
        if attempts2 != attempts or len(open(sink.log).read().splitlines()) != n0:
            r["problems"].append(f"permanent failure retried: attempts {attempts} -> {attempts2}")
    if mode in TRANSIENT and st.get("QUEUED", 0) + st.get("SENT", 0) + st.get("SENDING", 0) != 12:
        r["problems"].append(f"transient {mode}: {st} (expected queued for retry)")
    # then the server is fine again
    sink.mode("ok")
    rc4, out4, err4, t4 = atk.sg(h, "mail", "deliver", "--now", timeout=600)
    r.update(deliver_ok_rc=rc4, deliver_ok_seconds=round(t4, 1), deliver_ok=(out4 + err4).strip()[-300:])
    left = dict(atk.query(h, "SELECT status, count(*) FROM mail_message WHERE created > ? AND status!='SENT' GROUP BY 1",
                          (START,)))
    if left.get("FAILED"):
        rc5, out5, err5, _ = atk.sg(h, "meeting", "send", "2", "--doc", "agenda", "--resend")
        r["resend"] = (out5 + err5).strip()[-300:]
    cnt = sink.count()
    sink.stop()
    r["duplicates"] = cnt["duplicates"]
    if cnt["duplicates"]:
        r["problems"].append(f"duplicates: {cnt['duplicated']}")
    got = {rcp for _, rcp in sink.accepted()}
    invitees = {x[1] for x in new_rows(h)}
    r["recipients_reached"] = f"{len(got & invitees)}/{len(invitees)}"
    if invitees - got:
        r["problems"].append(f"never reached after ok: {len(invitees - got)} recipients")
    rcv, outv, errv, _ = atk.sg(h, "audit", "verify")
    if rcv:
        r["problems"].append("audit verify: " + (outv + errv).strip()[:200])
    return r


def main():
    global START
    ap = argparse.ArgumentParser()
    ap.add_argument("--modes", default=",".join(MODES))
    ap.add_argument("--json")
    a = ap.parse_args()
    work = os.path.join(atk.WORK, "smtp")
    base = atk.copy_home(atk.demo_home(), os.path.join(work, "base"))
    START = atk.query(base, "SELECT max(created) FROM mail_message")[0][0] or ""
    results = []
    for mode in a.modes.split(","):
        r = run_mode(mode, base, work)
        results.append(r)
        atk.log(f"{mode:9s} send exit {r['send_rc']} in {r['send_seconds']:6.1f}s; db {r['db_after_send']}; "
                f"sink took {r['sink_accepted_after_send']}; {r['send_summary']}; after ok: reached {r['recipients_reached']}, "
                f"dups {r['duplicates']}" + (f"\n   PROBLEMS: {r['problems']}" if r["problems"] else ""))
    s = dict(modes=len(results), with_problems=[r["mode"] for r in results if r["problems"]],
             duplicates=sum(r["duplicates"] for r in results),
             max_send_seconds=max(r["send_seconds"] for r in results))
    atk.log("SUMMARY " + json.dumps(s))
    if a.json:
        json.dump(dict(summary=s, modes=results), open(a.json, "w"), indent=1)
    sys.exit(1 if s["with_problems"] else 0)


START = ""
if __name__ == "__main__":
    main()
