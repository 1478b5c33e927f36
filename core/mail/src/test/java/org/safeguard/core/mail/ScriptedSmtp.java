package org.safeguard.core.mail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real SMTP server on a local socket that answers as a broken one does: refusing every
 * recipient for good (550 at RCPT), or going silent after the message's data (a tarpit).
 * Counts the messages it was offered.
 */
final class ScriptedSmtp implements AutoCloseable {
    enum Behaviour { REFUSE_RECIPIENT, SILENT_AFTER_DATA }

    private final ServerSocket socket;
    private final Behaviour behaviour;
    final AtomicInteger offered = new AtomicInteger();
    private final Thread thread;

    ScriptedSmtp(Behaviour behaviour) throws IOException {
        this.behaviour = behaviour;
        this.socket = new ServerSocket(0, 5, InetAddress.getByName("127.0.0.1"));
        this.thread = new Thread(this::serve, "scripted-smtp");
        thread.setDaemon(true);
        thread.start();
    }

    MailSettings settings() {
        return MailSettings.smtp("127.0.0.1", socket.getLocalPort(), false, null, null, "CSE Panel <cse-panel@example.org>");
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket c = socket.accept()) {
                BufferedReader in = new BufferedReader(new InputStreamReader(c.getInputStream(), StandardCharsets.US_ASCII));
                OutputStream out = c.getOutputStream();
                say(out, "220 scripted ESMTP");
                boolean data = false;
                for (String line; (line = in.readLine()) != null; ) {
                    if (data) {
                        if (line.equals(".")) {
                            data = false;
                            if (behaviour == Behaviour.SILENT_AFTER_DATA) {
                                Thread.sleep(60_000);
                            }
                            say(out, "250 queued");
                        }
                        continue;
                    }
                    String verb = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
                    switch (verb) {
                        case "EHLO", "HELO" -> say(out, "250 scripted");
                        case "MAIL" -> {
                            offered.incrementAndGet();
                            say(out, "250 ok");
                        }
                        case "RCPT" -> say(out, behaviour == Behaviour.REFUSE_RECIPIENT ? "550 5.1.1 no such mailbox here" : "250 ok");
                        case "DATA" -> {
                            data = true;
                            say(out, "354 go on");
                        }
                        case "RSET", "NOOP" -> say(out, "250 ok");
                        case "QUIT" -> {
                            say(out, "221 bye");
                            line = null;
                        }
                        default -> say(out, "502 not here");
                    }
                    if (line == null) {
                        break;
                    }
                }
            } catch (IOException | InterruptedException e) {
                // the client went away or the server is closing
            }
        }
    }

    private static void say(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
        thread.interrupt();
    }
}
