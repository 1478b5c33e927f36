package org.safeguard.core.cli.internal;

/**
 * The operating-system login running this process: who the command line acts for. Read from the
 * process's real user id where the platform offers it ({@code com.sun.security.auth.module.UnixSystem},
 * which no {@code -Duser.name=} or environment variable can change); elsewhere, the JVM's
 * {@code user.name}.
 */
final class OsLogin {
    private OsLogin() {
    }

    static String current() {
        try {
            Class<?> unix = Class.forName("com.sun.security.auth.module.UnixSystem");
            Object system = unix.getConstructor().newInstance();
            Object name = unix.getMethod("getUsername").invoke(system);
            if (name instanceof String s && !s.isBlank()) {
                return s;
            }
        } catch (ReflectiveOperationException | LinkageError | RuntimeException notUnix) {
            // not a Unix-like platform (or the module is absent): the JVM's view of the login
        }
        return System.getProperty("user.name", "");
    }
}
