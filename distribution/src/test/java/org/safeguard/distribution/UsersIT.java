package org.safeguard.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who acts, through the shipped command line: the login running it, a user of the home in a role (issue 15 item 4). */
class UsersIT {
    @TempDir
    Path dir;

    @Test
    void theLoginActsInItsRoleAndNobodyActsAsAnother() throws Exception {
        Path home = dir.resolve("home");
        assertEquals(0, Safeguard.run(home, "init", "--area", "lancashire").exit());

        Safeguard.Result list = Safeguard.run(home, "users", "list");
        assertEquals(0, list.exit(), list.toString());
        assertTrue(list.out().startsWith("LOGIN"), "a header: " + list.out());
        assertTrue(list.out().matches("(?s).*\\n" + Safeguard.LOGIN + " +administrator +active.*"), list.out());

        // --user may only name yourself; the system's own actor and a forged audit line are refused
        Safeguard.Result other = Safeguard.run(home, "--user", "someone.else", "cases", "list");
        assertEquals(1, other.exit(), other.toString());
        assertTrue(other.err().contains("you are logged in as " + Safeguard.LOGIN + ", and acting as another user is refused"), other.err());
        assertEquals(0, Safeguard.run(home, "--user", Safeguard.LOGIN, "cases", "list").exit());
        Safeguard.Result mailer = Safeguard.run(home, "users", "add", "mailer", "--role", "coordinator");
        assertEquals(1, mailer.exit());
        assertTrue(mailer.err().contains("'mailer' is the name Safeguard acts under itself"), mailer.err());
        Safeguard.Result forged = Safeguard.run(home, "users", "add", "a.worker\n2026-11-18 09:30  mailer", "--role", "coordinator");
        assertEquals(1, forged.exit());
        assertTrue(forged.err().contains("login: contains a control character (U+000A)"), forged.err());
        Safeguard.Result role = Safeguard.run(home, "users", "add", "p.worker", "--role", "chair");
        assertEquals(2, role.exit(), role.toString());

        Safeguard.Result added = Safeguard.run(home, "users", "add", "p.worker", "--role", "practitioner", "--json");
        assertEquals(0, added.exit(), added.toString());
        assertEquals("practitioner", added.json().get("role"));
        assertEquals(Safeguard.LOGIN, added.json().get("addedBy"));

        Safeguard.Result last = Safeguard.run(home, "users", "disable", Safeguard.LOGIN);
        assertEquals(1, last.exit());
        assertTrue(last.err().contains("only administrator"), last.err());

        // another administrator disables this login: from then on it can do nothing here
        assertEquals(0, Safeguard.run(home, "users", "add", "second.admin", "--role", "administrator").exit());
        assertEquals(0, Safeguard.run(home, "users", "disable", Safeguard.LOGIN).exit());
        Safeguard.Result locked = Safeguard.run(home, "cases", "list");
        assertEquals(1, locked.exit());
        assertTrue(locked.err().contains("your use of this home (" + Safeguard.LOGIN + ") was disabled by " + Safeguard.LOGIN), locked.err());
        Safeguard.Result audit = Safeguard.run(home, "audit", "list");
        assertEquals(1, audit.exit(), "not even the audit trail");
        assertFalse(audit.out().contains("user"), audit.out());
    }
}
