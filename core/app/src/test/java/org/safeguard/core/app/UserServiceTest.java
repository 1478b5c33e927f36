package org.safeguard.core.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguard.core.api.InvalidInputException;
import org.safeguard.core.api.NotPermittedException;
import org.safeguard.core.api.RefusedException;
import org.safeguard.core.model.AuditEntry;
import org.safeguard.core.model.Meeting;
import org.safeguard.core.model.Role;
import org.safeguard.core.model.User;
import org.sqlite.SQLiteDataSource;

/** Actors are the home's known users, each acting under their own login in one role (issue 15 item 4). */
class UserServiceTest {
    @TempDir
    Path tmp;
    AppFixture f;
    UserService users;

    @BeforeEach
    void home() {
        f = AppFixture.withArea(tmp, "lancashire");
        users = f.app().users();
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void theLoginThatMadeTheHomeIsItsAdministrator() {
        List<User> all = users.list(f.ctx());
        assertEquals(1, all.size());
        assertEquals(AppFixture.ACTOR, all.get(0).login());
        assertEquals(Role.ADMINISTRATOR, all.get(0).role());
        assertTrue(f.ctx().has(Role.COORDINATOR), "an administrator is a coordinator too");
    }

    @Test
    void aLoginThatIsNotAUserIsRefusedAndTheAttemptAudited() {
        NotPermittedException e = assertThrows(NotPermittedException.class, () -> f.app().signIn("m.stranger", f.clock()));
        assertEquals("not-a-user", e.rule());
        assertTrue(e.getMessage().contains("safeguard users add m.stranger --role"), e.getMessage());
        AuditEntry last = f.audit().get(f.audit().size() - 1);
        assertEquals("refused access m.stranger rule=not-a-user", last.action() + " " + last.entity() + " " + last.actor() + " " + last.details());
    }

    @Test
    void actingAsAnotherUserIsRefused() {
        users.add(f.ctx(), "b.coordinator", Role.COORDINATOR);
        NotPermittedException e = assertThrows(NotPermittedException.class,
                () -> f.app().signIn(AppFixture.ACTOR, "b.coordinator", f.clock()));
        assertEquals("acting-as-another", e.rule());
        assertEquals(AppFixture.ACTOR, f.app().signIn(AppFixture.ACTOR, AppFixture.ACTOR, f.clock()).actor(), "naming yourself is fine");
        assertEquals(1, f.audited("refused", "access").size());
    }

    @Test
    void systemActorsAreReservedAndNamesValidated() {
        NotPermittedException mailer = assertThrows(NotPermittedException.class, () -> f.app().signIn("mailer", f.clock()));
        assertEquals("system-actor", mailer.rule());
        assertEquals("system-actor", assertThrows(NotPermittedException.class,
                () -> users.add(f.ctx(), "Mailer", Role.COORDINATOR)).rule());
        for (String bad : List.of("a.worker\n2026-11-18 09:30  mailer  send", "x".repeat(100_000), "-rf", "two words", "")) {
            assertThrows(InvalidInputException.class, () -> users.add(f.ctx(), bad, Role.COORDINATOR), bad.length() > 40 ? "long" : bad);
            assertThrows(InvalidInputException.class, () -> f.app().signIn(bad, f.clock()));
        }
        assertEquals(1, users.list(f.ctx()).size(), "nothing was added");
    }

    @Test
    void eachCallChecksTheRoleItNeeds() {
        RequestContext practitioner = f.as("p.worker", Role.PRACTITIONER);
        RequestContext auditor = f.as("a.auditor", Role.AUDITOR);
        RequestContext coordinator = f.as("c.coordinator", Role.COORDINATOR);
        Meeting m = new Panel(f).meeting(1);

        // a practitioner records casework, and reads meetings, but runs no meeting and sends nothing
        ChildService.Details details = new ChildService.Details("Example", "Sam", null, List.of(), LocalDate.of(2012, 3, 4),
                "female", null, null, null, null, null);
        assertEquals("Sam", f.app().children().add(practitioner, "lancashire", details).givenName());
        f.app().meetings().show(practitioner, m.id());
        NotPermittedException send = assertThrows(NotPermittedException.class,
                () -> f.app().circulation().send(practitioner, m.id(), CirculationService.Document.AGENDA, false));
        assertEquals("role-needed", send.rule());
        assertTrue(send.getMessage().contains("circulation.send needs the role coordinator; p.worker has the role practitioner"),
                send.getMessage());

        // an auditor reads the trail and the disclosure log, and no child's record
        f.app().audit().latest(auditor, 5);
        f.app().disclosures().list(auditor);
        assertThrows(NotPermittedException.class, () -> f.app().children().list(auditor));
        assertThrows(NotPermittedException.class, () -> f.app().cases().show(auditor, 1));

        // a coordinator runs the panel but not the home
        f.app().mail().status(coordinator);
        assertThrows(NotPermittedException.class, () -> users.add(coordinator, "x.worker", Role.ADMINISTRATOR));
        assertThrows(NotPermittedException.class, () -> f.app().plugins().disable(coordinator, "lancashire"));
        assertThrows(NotPermittedException.class, () -> f.app().audit().latest(coordinator, 5));

        List<AuditEntry> refused = f.audited("refused", "access");
        assertEquals(List.of("p.worker", "a.auditor", "a.auditor", "c.coordinator", "c.coordinator", "c.coordinator"),
                refused.stream().map(AuditEntry::actor).toList());
        assertEquals(1, f.app().children().list(f.ctx()).stream().filter(c -> c.givenName().equals("Sam")).count(),
                "what was refused stored nothing");
    }

    @Test
    void aDisabledUserCanDoNothingMoreAndTheLastAdministratorStays() {
        RequestContext coordinator = f.as("c.coordinator", Role.COORDINATOR);
        f.app().mail().status(coordinator);
        UserService.Changed off = users.disable(f.ctx(), "c.coordinator");
        assertFalse(off.user().active());
        assertEquals(AppFixture.ACTOR, off.user().disabledBy());
        assertEquals("user-disabled", assertThrows(NotPermittedException.class, () -> f.app().signIn("c.coordinator", f.clock())).rule());
        assertEquals("last-administrator", assertThrows(RefusedException.class, () -> users.disable(f.ctx(), AppFixture.ACTOR)).rule());
        assertEquals("user-exists", assertThrows(RefusedException.class, () -> users.add(f.ctx(), AppFixture.ACTOR, Role.AUDITOR)).rule());

        UserService.Changed back = users.add(f.ctx(), "c.coordinator", Role.PRACTITIONER);
        assertTrue(back.enabled());
        assertEquals(Role.PRACTITIONER, f.app().users().list(f.ctx()).stream().filter(u -> u.login().equals("c.coordinator"))
                .findFirst().orElseThrow().role());
        assertFalse(f.app().signIn("c.coordinator", f.clock()).has(Role.COORDINATOR));
        assertEquals(List.of("add", "disable", "enable"), f.audit().stream().filter(e -> e.entity().equals("user") && e.entityId() != null
                && e.entityId() == back.user().id()).map(AuditEntry::action).toList());
    }

    @Test
    void aHomeMadeBeforeUsersMakesTheOwnerOfItsFolderItsAdministrator() throws Exception {
        Path older = tmp.resolve("older");
        AppFixture fresh = AppFixture.uninitialised(older);
        fresh.close();
        fresh.home().create();
        SQLiteDataSource ds = new SQLiteDataSource();
        ds.setUrl("jdbc:sqlite:" + fresh.home().database());
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").target("6").load().migrate();
        String owner = Files.getOwner(fresh.home().root()).getName();
        try (AppFixture g = AppFixture.uninitialised(older)) {
            assertEquals("not-a-user", assertThrows(NotPermittedException.class, () -> g.app().signIn("not.the.owner", g.clock())).rule());
            RequestContext ctx = g.app().signIn(owner, g.clock());
            assertTrue(ctx.has(Role.ADMINISTRATOR));
            assertEquals(List.of(owner), g.app().users().list(ctx).stream().map(User::login).toList());
        }
    }

    @Test
    void everyServiceMethodSaysWhoMayCallIt() {
        List<String> undeclared = new ArrayList<>();
        int checked = 0;
        for (Method getter : Application.class.getMethods()) {
            if (!getter.getReturnType().getSimpleName().endsWith("Service") || Modifier.isStatic(getter.getModifiers())) {
                continue;
            }
            for (Method m : getter.getReturnType().getMethods()) {
                if (m.isDefault() || Modifier.isStatic(m.getModifiers())) {
                    continue;
                }
                checked++;
                Needs needs = m.getAnnotation(Needs.class);
                if (needs == null || needs.value().length == 0 || !List.of(m.getParameterTypes()).contains(RequestContext.class)) {
                    undeclared.add(getter.getReturnType().getSimpleName() + "." + m.getName());
                }
            }
        }
        assertTrue(checked > 50, "services found: " + checked);
        assertEquals(List.of(), undeclared);
    }
}
