package org.safeguard.core.cli;

import org.safeguard.core.cli.internal.Cli;

/** Entry point of the {@code safeguard} command. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(Cli.run(args, System.out, System.err));
    }
}
