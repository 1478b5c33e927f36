#!/usr/bin/env python3
"""An SMTP sink on 127.0.0.1 with fault modes, for the attack harness.

The mode is read from --mode-file at every command (a missing or empty file means "ok"):
ok, slow:S (sleep S seconds before each reply), drip:S (send each reply one character every
S seconds; fixed for the whole connection once chosen at the greeting), 4xx (451 at MAIL),
5xx (550 at MAIL), rcpt4xx (450 at RCPT), rcpt5xx (550 at RCPT), data5xx (554 after the
data), greet5xx (554 greeting), hang (accept, never greet), hangdata (take the data, never
answer), dropdata (take the data, close without answering).

Every DATA the sink took is logged to --log as one JSON line: accepted (true only when it
answered 250), Message-ID, recipients, size, connection number, time.
"""
import argparse, asyncio, json, re, time

def read_mode(path):
    try:
        with open(path) as f:
            return f.read().strip() or "ok"
    except OSError:
        return "ok"

class Sink:
    def __init__(self, mode_file, log):
        self.mode_file, self.log, self.conns = mode_file, log, 0

    def record(self, **entry):
        entry["t"] = time.time()
        with open(self.log, "a") as f:
            f.write(json.dumps(entry) + "\n")

    async def handle(self, reader, writer):
        self.conns += 1
        conn = self.conns
        mode = read_mode(self.mode_file)
        drip = float(mode.split(":", 1)[1]) if mode.startswith("drip:") else None

        async def reply(text):
            m = read_mode(self.mode_file)
            if m.startswith("slow:"):
                await asyncio.sleep(float(m.split(":", 1)[1]))
            data = (text + "\r\n").encode()
            if drip:
                for i in range(len(data)):
                    writer.write(data[i:i + 1]); await writer.drain(); await asyncio.sleep(drip)
            else:
                writer.write(data); await writer.drain()
        try:
            if mode == "hang":
                await reader.read()  # until the client gives up
                return
            if mode == "greet5xx":
                await reply("554 no service here")
                await reader.read(); return
            await reply("220 sink.test ESMTP")
            rcpts, sender = [], None
            while True:
                line = await reader.readline()
                if not line:
                    return
                cmd = line.decode("utf-8", "replace").strip()
                verb = cmd.split(" ", 1)[0].upper()
                m = read_mode(self.mode_file)
                if verb in ("EHLO", "HELO"):
                    await reply("250 sink.test")
                elif verb == "MAIL":
                    if m == "4xx": await reply("451 try later")
                    elif m == "5xx": await reply("550 sender refused")
                    else: sender, rcpts = cmd[10:], []; await reply("250 ok")
                elif verb == "RCPT":
                    if m == "rcpt4xx": await reply("450 mailbox busy")
                    elif m == "rcpt5xx": await reply("550 no such mailbox")
                    else: rcpts.append(re.sub(r"^TO:\s*", "", cmd[5:], flags=re.I).strip("<> ").lower()); await reply("250 ok")
                elif verb == "DATA":
                    await reply("354 go ahead")
                    body = bytearray()
                    while True:
                        chunk = await reader.readline()
                        if not chunk:
                            return
                        if chunk in (b".\r\n", b".\n"):
                            break
                        body += chunk
                    mid = re.search(rb"^Message-ID:\s*(\S+)", bytes(body), re.M | re.I)
                    entry = dict(conn=conn, message_id=mid.group(1).decode() if mid else None, rcpts=rcpts, size=len(body))
                    m = read_mode(self.mode_file)
                    if m == "hangdata":
                        self.record(accepted=False, mode=m, **entry); await reader.read(); return
                    if m == "dropdata":
                        self.record(accepted=False, mode=m, **entry); writer.close(); return
                    if m == "data5xx":
                        self.record(accepted=False, mode=m, **entry); await reply("554 message refused"); continue
                    self.record(accepted=True, mode=m, **entry)
                    await reply("250 queued")
                elif verb == "RSET":
                    rcpts = []; await reply("250 ok")
                elif verb == "NOOP":
                    await reply("250 ok")
                elif verb == "QUIT":
                    await reply("221 bye"); return
                else:
                    await reply("502 not implemented")
        except (ConnectionError, asyncio.IncompleteReadError):
            pass
        finally:
            try:
                writer.close()
            except Exception:
                pass

async def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--port", type=int, default=2525)
    ap.add_argument("--mode-file", required=True)
    ap.add_argument("--log", required=True)
    a = ap.parse_args()
    sink = Sink(a.mode_file, a.log)
    server = await asyncio.start_server(sink.handle, "127.0.0.1", a.port)
    async with server:
        await server.serve_forever()

if __name__ == "__main__":
    asyncio.run(main())
