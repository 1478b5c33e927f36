package org.safeguard.core.cli.internal;

import java.util.List;
import java.util.concurrent.Callable;
import org.safeguard.core.app.UserService;
import org.safeguard.core.model.Role;
import org.safeguard.core.model.User;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code safeguard users add|list|disable}: who may act on the home, and in which role. */
@Command(name = "users", mixinStandardHelpOptions = true,
        description = {"The home's users: each acts under their own login, in one role.",
                "Roles: administrator (the home, its users, plugins and areas; and all a coordinator does), coordinator (meetings, "
                        + "papers, mail, actions; and all a practitioner does), practitioner (children, referrals, assessments, "
                        + "missing episodes, persons, locations, decisions), auditor (the audit trail and the disclosure log only)."},
        subcommands = {UsersCommand.Add.class, UsersCommand.ListUsers.class, UsersCommand.Disable.class})
final class UsersCommand extends GroupCommand {

    static Object json(User u) {
        return Output.obj("login", u.login(), "role", u.role().label(), "active", u.active(), "added", u.added().toString(),
                "addedBy", u.addedBy(), "disabled", u.disabled() == null ? null : u.disabled().toString(), "disabledBy", u.disabledBy());
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add a user (their operating-system login) with a role; a disabled user is enabled again with it.")
    static final class Add implements Callable<Integer> {
        @ParentCommand
        UsersCommand parent;

        @Parameters(paramLabel = "LOGIN", description = "The user's login, as the operating system names them.")
        String login;

        @Option(names = "--role", required = true, paramLabel = "ROLE",
                description = "administrator, coordinator, practitioner or auditor.")
        Role role;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Override
        public Integer call() {
            Session s = parent.root.session();
            UserService.Changed c = s.app().users().add(s.ctx(), login, role);
            if (json) {
                Output.json(s.out, json(c.user()));
            } else {
                s.out.println("User " + c.user().login() + (c.enabled() ? " enabled again" : " added") + " as " + c.user().role().label() + ".");
            }
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "The home's users, active ones first.")
    static final class ListUsers implements Callable<Integer> {
        @ParentCommand
        UsersCommand parent;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Override
        public Integer call() {
            Session s = parent.root.session();
            List<User> users = s.app().users().list(s.ctx());
            if (json) {
                Output.json(s.out, users.stream().map(UsersCommand::json).toList());
                return 0;
            }
            s.out.printf("%-24s %-14s %-9s %-17s %s%n", "LOGIN", "ROLE", "STATE", "SINCE", "BY");
            for (User u : users) {
                s.out.printf("%-24s %-14s %-9s %-17s %s%n", u.login(), u.role().label(), u.active() ? "active" : "disabled",
                        Dates.local(u.active() ? u.added() : u.disabled()), u.active() ? u.addedBy() : u.disabledBy());
            }
            return 0;
        }
    }

    @Command(name = "disable", mixinStandardHelpOptions = true,
            description = "Disable a user: nothing more is done under their login; what they did still names them.")
    static final class Disable implements Callable<Integer> {
        @ParentCommand
        UsersCommand parent;

        @Parameters(paramLabel = "LOGIN", description = "The user's login.")
        String login;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Override
        public Integer call() {
            Session s = parent.root.session();
            UserService.Changed c = s.app().users().disable(s.ctx(), login);
            if (json) {
                Output.json(s.out, json(c.user()));
            } else {
                s.out.println("User " + c.user().login() + " disabled.");
            }
            return 0;
        }
    }
}
