"""Shared helpers for the attack harnesses (Python 3 standard library only, 127.0.0.1 only)."""
import json, os, re, shutil, signal, socket, sqlite3, subprocess, sys, time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
SG = os.environ.get("SG", os.path.join(ROOT, "distribution", "target", "safeguard", "bin", "safeguard"))
WORK = os.environ.get("ATK_WORK", "/tmp/atk")
CHILD_NAMES = ["Alex Example", "Jordan Sample", "Sam Fictional", "Casey Demonstration",
               "Morgan Testcase", "Taylor Illustration"]
TRACE = re.compile(r"(\bat [\w$.]+\([\w$]+\.java:\d+\)|Exception in thread|^\s+at [\w$.<>]+\(|"
                   r"java\.lang\.\w+(Exception|Error)|internal error|Caused by:|NullPointerException)",
                   re.M | re.I)


def log(*a):
    print(*a, flush=True)


def sg(home, *args, timeout=300, stdin=None, env=None):
    """Runs the launcher; returns (rc, stdout, stderr, seconds)."""
    t = time.time()
    e = dict(os.environ, **(env or {}))
    e.pop("SAFEGUARD_USER", None)
    p = subprocess.run([SG, "--home", home, *args], capture_output=True, text=True, timeout=timeout,
                       stdin=subprocess.DEVNULL if stdin is None else stdin, env=e, errors="replace")
    return p.returncode, p.stdout, p.stderr, time.time() - t


def demo_home():
    """A demo home made once per work folder and copied for each trial."""
    d = os.path.join(WORK, "demo")
    if not os.path.exists(os.path.join(d, "safeguard.db")):
        os.makedirs(WORK, exist_ok=True)
        p = subprocess.run([SG, "demo", "--area", "lancashire", "--home", d], capture_output=True, text=True)
        if p.returncode:
            sys.exit("demo failed: " + p.stderr)
    return d


def copy_home(src, dst):
    if os.path.exists(dst):
        shutil.rmtree(dst)
    shutil.copytree(src, dst, symlinks=True)
    return dst


def smtp_conf(home, port):
    with open(os.path.join(home, "conf", "safeguard.properties"), "w") as f:
        f.write(f"mail.smtp.host=127.0.0.1\nmail.smtp.port={port}\nmail.smtp.starttls=false\n"
                "mail.from=CSE Panel <cse-panel@example.org>\n")


def free_port():
    s = socket.socket(); s.bind(("127.0.0.1", 0)); p = s.getsockname()[1]; s.close(); return p


class Sink:
    """smtpsink.py on its own port, log and mode file."""
    def __init__(self, folder, mode="ok"):
        os.makedirs(folder, exist_ok=True)
        self.port = free_port()
        self.mode_file = os.path.join(folder, "sink.mode")
        self.log = os.path.join(folder, "sink.jsonl")
        open(self.log, "w").close()
        self.mode(mode)
        self.p = subprocess.Popen([sys.executable, os.path.join(HERE, "smtpsink.py"), "--port", str(self.port),
                                   "--mode-file", self.mode_file, "--log", self.log],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", self.port), 0.2).close(); break
            except OSError:
                time.sleep(0.05)
        # the probe connection above is counted by the sink but carries no DATA

    def mode(self, m):
        with open(self.mode_file, "w") as f:
            f.write(m + "\n")

    def accepted(self):
        out = []
        with open(self.log) as f:
            for line in f:
                e = json.loads(line)
                if e.get("accepted"):
                    for r in e["rcpts"]:
                        out.append((e["message_id"], r))
        return out

    def count(self):
        p = subprocess.run([sys.executable, os.path.join(HERE, "sinkcount.py"), self.log, "--json"],
                           capture_output=True, text=True)
        return json.loads(p.stdout)

    def stop(self):
        self.p.terminate()
        try:
            self.p.wait(5)
        except subprocess.TimeoutExpired:
            self.p.kill()


def integrity(home):
    c = sqlite3.connect(os.path.join(home, "safeguard.db"), timeout=30)
    try:
        return c.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        c.close()


def query(home, sql, args=()):
    c = sqlite3.connect("file:" + os.path.join(home, "safeguard.db") + "?mode=ro", uri=True, timeout=30)
    try:
        return c.execute(sql, args).fetchall()
    finally:
        c.close()


def sent_and_queued(home):
    """Messages for the same document version and recipient that are both SENT and waiting,
    and disclosures whose latest outcome disagrees with their message."""
    both = query(home, """SELECT document_kind, document_id, document_version, recipient FROM mail_message
                          GROUP BY 1,2,3,4 HAVING sum(status='SENT')>0 AND sum(status IN ('QUEUED','SENDING'))>0""")
    disagree = query(home, """SELECT d.id, m.status, (SELECT outcome FROM disclosure_outcome o WHERE o.disclosure_id=d.id
                              ORDER BY o.id DESC LIMIT 1) FROM disclosure d JOIN mail_message m ON m.id=d.mail_message_id""")
    disagree = [r for r in disagree if not (r[1] == r[2] or (r[1] == "SENDING" and r[2] == "QUEUED"))]
    return both, disagree


def clean(text):
    """A failure message is 'clean' when it has no stack trace and no 'internal error'."""
    return not TRACE.search(text)


def leftovers(folder):
    found = []
    for dp, dn, fn in os.walk(folder):
        for f in fn:
            if f.endswith(".part") or ".part" in f or f.endswith(".tmp"):
                found.append(os.path.join(dp, f))
    return found
