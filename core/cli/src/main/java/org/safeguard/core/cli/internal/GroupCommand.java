package org.safeguard.core.cli.internal;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** A command that only groups subcommands ({@code safeguard plugins …}): alone, it prints its usage. */
abstract class GroupCommand implements Runnable {
    @ParentCommand
    Root root;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(root.session().out);
    }
}
