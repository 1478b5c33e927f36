package org.safeguard.core.mail;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** A real SMTP server in-process (GreenMail) on 127.0.0.1 and a free port, which it keeps across restarts. */
final class Smtp implements AutoCloseable {
    final int port = freePort();
    private final GreenMailConfiguration configuration;
    private GreenMail server;

    Smtp(GreenMailConfiguration configuration) {
        this.configuration = configuration;
    }

    Smtp start() {
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP)).withConfiguration(configuration);
        server.start();
        return this;
    }

    GreenMail server() {
        return server;
    }

    MailSettings settings(String user, String password) {
        return MailSettings.smtp("127.0.0.1", port, false, user, password, "CSE Panel <cse-panel@example.org>");
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop();
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
