#!/usr/bin/env python3
"""Malformed command-line inputs: each case runs one command on a copy of the demo home and checks
it exits non-zero with one clear message — no stack trace, no 'internal error', at most a few
lines, no raw control characters or terminal escapes echoed back — records nothing (the audit
trail gains no change entry, the tables of records keep their counts) and leaves nothing behind
(no .part or other new file in the home or the --out folder; a symlink's target unchanged).

Usage: malformed_inputs.py [--json OUT] [--only SUBSTRING]
"""
import argparse, json, os, re, shutil, sys
import atk

HUGE = "x" * 100_000
ESC = "Al\x1b[31mex\x1b[0m"
OSC = "Jo\x1b]0;pwned-title\x07rdan"
CTRL = "Sam\x07\x08\x0b\x0cFictional"
NL = "Casey\nAUDIT 2026-12-04 root add child 99"
BIDI = "Mor\u202egan"
CHILD = ["child", "add", "--family-name", "Example", "--dob", "2011-01-02"]
REF = ["referral", "add", "--first-name", "A", "--family-name", "B", "--dob", "2011-03-04", "--date", "2026-12-01",
       "--referrer-name", "R", "--referrer-agency", "police", "--details", "d", "--basis", "disclosure"]
RECORD_TABLES = ["child", "referral", "assessment", "person_of_concern", "location", "decision", "missing_episode",
                 "meeting", "meeting_action", "minutes_entry", "classification", "mail_message", "app_user"]


def cases(w):
    m = lambda name, content: (name, content)  # a file to write in the work folder
    return [
        # dates
        ("dob-month-13", CHILD[:-1] + ["2026-13-45", "--given-name", "A"], {}),
        ("dob-31-feb", CHILD[:-1] + ["31/02/2010", "--given-name", "A"], {}),
        ("dob-future", CHILD[:-1] + ["2031-01-01", "--given-name", "A"], {}),
        ("dob-empty", CHILD[:-1] + ["", "--given-name", "A"], {}),
        ("dob-words", CHILD[:-1] + ["the fifth of May", "--given-name", "A"], {}),
        ("missing-bad-time", ["missing", "add", "--child", "4", "--from", "2026-25-01T99:99"], {}),
        ("schedule-bad-date", ["meeting", "schedule", "--type", "multi-agency-cse", "--at", "2026-12-32T09:00"], {}),
        ("decision-bad-on", ["decision", "add", "--case", "4", "--kind", "share", "--decision", "d", "--reasons", "r",
                             "--on", "1999-99-99"], {}),
        ("referral-date-zero", REF[:9] + ["0000-00-00"] + REF[10:], {}),
        ("actions-due-bad", ["actions", "add", "--meeting", "1", "--item", "2.2", "--agency", "police", "--owner", "O",
                             "--due", "not-a-date", "--description", "d"], {}),
        # huge strings
        ("huge-given-name", CHILD + ["--given-name", HUGE], {}),
        ("huge-family-name", ["child", "add", "--given-name", "A", "--family-name", HUGE, "--dob", "2011-01-02"], {}),
        ("huge-alias", CHILD + ["--given-name", "A", "--alias", HUGE], {}),
        ("huge-person-name", ["person", "add", "--name", HUGE], {}),
        ("huge-venue", ["meeting", "schedule", "--type", "multi-agency-cse", "--at", "2026-12-30T09:00", "--venue", HUGE], {}),
        ("huge-location", ["location", "add", "--kind", "hotspot", "--description", HUGE], {}),
        ("huge-user", ["--user", HUGE, "cases", "list"], {"prefix": True}),
        ("huge-case-id", ["case", "show", "9" * 40], {}),
        ("huge-referral-ref", ["referral", "show", "R" + "9" * 30], {}),
        # control characters and terminal escapes
        ("esc-given-name", CHILD + ["--given-name", ESC], {}),
        ("osc-family-name", ["child", "add", "--given-name", "A", "--family-name", OSC, "--dob", "2011-01-02"], {}),
        ("ctrl-given-name", CHILD + ["--given-name", CTRL], {}),
        ("newline-given-name", CHILD + ["--given-name", NL], {}),
        ("bidi-given-name", CHILD + ["--given-name", BIDI], {}),
        ("esc-person-alias", ["person", "add", "--name", "P", "--alias", ESC], {}),
        ("esc-user", ["--user", ESC, "cases", "list"], {"prefix": True}),
        ("esc-case-ref", ["case", "show", "CSE-\x1b[2J00001"], {}),
        # minutes files
        ("minutes-invalid-json", ["meeting", "minutes", "3", "--import", "@W@/bad.json"], {"file": ("bad.json", "{\"items\": [")}),
        ("minutes-array", ["meeting", "minutes", "3", "--import", "@W@/arr.json"], {"file": ("arr.json", "[1, 2]")}),
        ("minutes-unknown-key", ["meeting", "minutes", "3", "--import", "@W@/unk.json"], {"file": ("unk.json", json.dumps({"atendance": []}))}),
        ("minutes-unknown-item-key", ["meeting", "minutes", "3", "--import", "@W@/unk2.json"],
         {"file": ("unk2.json", json.dumps({"items": [{"item": "1.1", "note": "typo"}]}))}),
        ("minutes-wrong-type", ["meeting", "minutes", "3", "--import", "@W@/wt.json"], {"file": ("wt.json", json.dumps({"items": "x"}))}),
        ("minutes-empty-file", ["meeting", "minutes", "3", "--import", "@W@/empty.json"], {"file": ("empty.json", "")}),
        ("minutes-binary", ["meeting", "minutes", "3", "--import", "@W@/bin.json"], {"file": ("bin.json", "\x00\xff\xfe\x01garbage")}),
        ("minutes-deep-nesting", ["meeting", "minutes", "3", "--import", "@W@/deep.json"],
         {"file": ("deep.json", "{\"items\": " + "[" * 200_000 + "]" * 200_000 + "}")}),
        ("minutes-bad-date", ["meeting", "minutes", "3", "--import", "@W@/bd.json"],
         {"file": ("bd.json", json.dumps({"items": [{"item": "1.1", "actions": [{"description": "d", "owner": "o", "agency": "police", "due": "2026-02-30"}]}]}))}),
        ("minutes-esc-notes", ["meeting", "minutes", "3", "--import", "@W@/esc.json"],
         {"file": ("esc.json", json.dumps({"attendance": [{"name": ESC, "agency": "police", "status": "present"}]}))}),
        ("minutes-missing-file", ["meeting", "minutes", "3", "--import", "@W@/nope.json"], {}),
        ("minutes-directory", ["meeting", "minutes", "3", "--import", "@W@"], {}),
        ("minutes-future-meeting", ["meeting", "minutes", "2", "--import", "@W@/ok.json"],
         {"file": ("ok.json", json.dumps({"items": [{"item": "1.1", "notes": "n"}]}))}),
        ("referral-file-invalid", ["referral", "add", "--file", "@W@/r.json"], {"file": ("r.json", "{not json")}),
        ("referral-file-unknown", ["referral", "add", "--file", "@W@/r2.json"], {"file": ("r2.json", json.dumps({"familyNme": "x"}))}),
        # area files
        ("area-garbage", ["areas", "check", "@H@/areas/lancashire.area"], {"area": "garbage"}),
        ("area-empty", ["areas", "check", "@H@/areas/lancashire.area"], {"area": "empty"}),
        ("area-binary", ["areas", "check", "@H@/areas/lancashire.area"], {"area": "binary"}),
        ("area-include-symlink", ["areas", "check", "@H@/areas/lancashire.area"], {"area": "include-symlink"}),
        ("area-include-etc", ["areas", "check", "@H@/areas/lancashire.area"], {"area": "include-etc"}),
        # --out
        ("out-symlink", ["meeting", "agenda", "2", "--format", "pdf", "--out", "@O@/link.pdf"], {"out": "symlink"}),
        ("out-part-symlink", ["meeting", "agenda", "2", "--format", "pdf", "--out", "@O@/a.pdf"], {"out": "part-symlink"}),
        ("out-missing-dir", ["meeting", "agenda", "2", "--format", "pdf", "--out", "@O@/no/such/dir/a.pdf"], {}),
        ("out-is-directory", ["meeting", "agenda", "2", "--format", "pdf", "--out", "@O@"], {}),
        ("out-pdf-to-stdout", ["meeting", "agenda", "2", "--format", "pdf"], {}),
        ("out-unwritable", ["meeting", "minutes", "1", "--format", "pdf", "--out", "/proc/safeguard-attack.pdf"], {}),
        ("referral-out-symlink", ["referral", "show", "1", "--format", "pdf", "--out", "@O@/rlink.pdf"], {"out": "symlink-r"}),
        # other malformed arguments
        ("unknown-meeting", ["meeting", "send", "99999", "--doc", "agenda"], {}),
        ("bad-doc", ["meeting", "send", "2", "--doc", "bogus"], {}),
        ("bad-format", ["meeting", "agenda", "2", "--format", "docx"], {}),
        ("negative-case", ["case", "show", "-1"], {}),
        ("case-ref-garbage", ["case", "show", "CSE-0000X"], {}),
        ("assess-final-incomplete", ["assess", "--instrument", "lancashire.cse2", "--child", "5", "--final", "--answer", "1=1"], {}),
        ("assess-out-of-scale", ["assess", "--instrument", "lancashire.cse2", "--child", "5", "--answer", "1=99"], {}),
        ("assess-unknown-instrument", ["assess", "--instrument", "nope.cse9", "--answer", "1=1"], {}),
        ("unknown-option", ["mail", "deliver", "--bogus-flag"], {}),
        ("unknown-command", ["frobnicate"], {}),
        ("home-is-file", ["cases", "list"], {"home": "file"}),
        ("classify-bad-value", ["case", "classify", "4", "--scheme", "lancashire.cse-categories", "--value", "9", "--rationale", "r"], {}),
        ("user-mailer", ["--user", "mailer", "cases", "list"], {"prefix": True}),
    ]


def snapshot(home):
    files = set()
    for dp, dn, fn in os.walk(home):
        for f in fn:
            p = os.path.relpath(os.path.join(dp, f), home)
            if not p.startswith("safeguard.db"):
                files.add(p)
    counts = {t: atk.query(home, f"SELECT count(*) FROM {t}")[0][0] for t in RECORD_TABLES}
    return files, counts


def prepare(c, opts, base, w, o):
    home = atk.copy_home(base, os.path.join(w, "home"))
    shutil.rmtree(o, ignore_errors=True); os.makedirs(o)
    if "file" in opts:
        n, content = opts["file"]
        with open(os.path.join(w, n), "w", encoding="latin-1") as f:
            f.write(content)
    area = os.path.join(home, "areas", "lancashire.area")
    kind = opts.get("area")
    if kind == "garbage":
        open(area, "a").write("\nmeeting type }}} {{{ ((\n")
    elif kind == "empty":
        open(area, "w").close()
    elif kind == "binary":
        open(area, "wb").write(os.urandom(4096))
    elif kind in ("include-symlink", "include-etc"):
        src = open(area).read()
        if kind == "include-symlink":
            os.symlink("/etc/passwd", os.path.join(home, "areas", "common.inc"))
            inc = 'include "common.inc"'
        else:
            inc = 'include "../../../../../../etc/passwd"'
        lines = src.split("\n")
        # an include is a top-level statement: the first line
        open(area, "w").write("\n".join([inc] + lines))
    target = os.path.join(w, "victim.txt")
    with open(target, "w") as f:
        f.write("victim\n")
    out_kind = opts.get("out")
    if out_kind in ("symlink", "symlink-r"):
        os.symlink(target, os.path.join(o, "link.pdf" if out_kind == "symlink" else "rlink.pdf"))
    elif out_kind == "part-symlink":
        os.symlink(target, os.path.join(o, "a.pdf.part"))
    if opts.get("home") == "file":
        hf = os.path.join(w, "home-file")
        open(hf, "w").write("not a home\n")
        return hf, target
    return home, target


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--json")
    ap.add_argument("--only")
    a = ap.parse_args()
    w = os.path.join(atk.WORK, "malformed")
    shutil.rmtree(w, ignore_errors=True); os.makedirs(w)
    o = os.path.join(w, "out")
    base = atk.copy_home(atk.demo_home(), os.path.join(atk.WORK, "malformed-base"))
    # a held meeting (M00003) with no minutes yet, for the minutes files
    rc, out, err, _ = atk.sg(base, "meeting", "schedule", "--type", "multi-agency-cse", "--at", "2026-12-03T09:00",
                             "--until", "2026-12-03T11:00", "--venue", "Room 2", "--case", "1,2,3,4,5,6")
    assert rc == 0, err
    results = []
    for name, argv, opts in cases(w):
        if a.only and a.only not in name:
            continue
        home, target = prepare(name, opts, base, w, o)
        before = snapshot(home) if os.path.isdir(home) else None
        out_before = set(os.listdir(o))
        argv = [x.replace("@W@", w).replace("@O@", o).replace("@H@", home) for x in argv]
        rc, so, se, t = atk.sg(home, *argv, timeout=180)
        msg = se.strip() or so.strip()
        r = dict(case=name, rc=rc, seconds=round(t, 1), problems=[],
                 message=msg[:400].encode("unicode_escape").decode() if len(msg) < 2000 else f"({len(msg)} chars) " + msg[:300].encode("unicode_escape").decode())
        planted = {"symlink": "link.pdf", "symlink-r": "rlink.pdf", "part-symlink": "a.pdf"}.get(opts.get("out"))
        if rc == 0 and planted and open(target).read() == "victim\n" and os.path.isfile(os.path.join(o, planted)) \
                and not os.path.islink(os.path.join(o, planted)):
            r["note"] = "accepted safely: the link is replaced by the file, its target untouched"
        elif rc == 0:
            r["problems"].append("accepted (exit 0)")
        if not atk.clean(so + se):
            r["problems"].append("stack trace or internal error")
        report = argv[:2] == ["areas", "check"]  # a checker's report: diagnostics on stdout, each with its source line
        lines = [l for l in (so + se if report else se).splitlines() if l.strip() and not l.startswith("  - ")]
        if rc and len(lines) > (12 if report else 4):
            r["problems"].append(f"{len(lines)} lines of message")
        if rc and not lines:
            r["problems"].append("no message on stderr")
        if len(se) > 2000:
            r["problems"].append(f"message of {len(se)} characters")
        if re.search(r"[\x00-\x08\x0b-\x1f\x7f\x9b]", so + se):
            r["problems"].append("raw control characters / terminal escapes printed")
        if "root:x:0" in so + se:
            r["problems"].append("echoed a line of the file outside areas/ (/etc/passwd)")
        if open(target).read() != "victim\n":
            r["problems"].append("symlink target overwritten")
        if before is not None:
            after = snapshot(home)
            new = after[0] - before[0]
            if new:
                r["problems"].append(f"new files in home: {sorted(new)[:5]}")
            if rc != 0 and after[1] != before[1]:
                r["problems"].append(f"refused, but records changed: " +
                                     str({k: (before[1][k], after[1][k]) for k in after[1] if after[1][k] != before[1][k]}))
        mine = os.path.join(o, "a.pdf.part")  # the symlink the harness planted itself
        left = [p for p in atk.leftovers(o) + atk.leftovers(w) if p != mine]
        new_out = (set(os.listdir(o)) - out_before - ({planted} if r.get("note") else set())) if os.path.isdir(o) else set()
        if left or (rc != 0 and new_out):
            r["problems"].append(f"left behind: {sorted(set(left) | new_out)[:5]}")
        results.append(r)
        atk.log(f"{name:26s} exit {rc:3d} {t:5.1f}s  {r['message'][:160]}" + (f"\n    PROBLEMS: {r['problems']}" if r["problems"] else "")
                 + (f"\n    note: {r['note']}" if r.get("note") else ""))
    s = dict(inputs=len(results), refused_cleanly=sum(not r["problems"] for r in results),
             accepted=[r["case"] for r in results if r["rc"] == 0 and not r.get("note")],
             accepted_safely=[r["case"] for r in results if r.get("note")],
             with_problems=[r["case"] for r in results if r["problems"]],
             stack_traces=sum(any("stack" in p for p in r["problems"]) for r in results),
             left_behind=sum(any("left behind" in p or "new files" in p for p in r["problems"]) for r in results))
    atk.log("SUMMARY " + json.dumps(s))
    if a.json:
        json.dump(dict(summary=s, cases=results), open(a.json, "w"), indent=1)
    sys.exit(1 if s["with_problems"] else 0)


if __name__ == "__main__":
    main()
