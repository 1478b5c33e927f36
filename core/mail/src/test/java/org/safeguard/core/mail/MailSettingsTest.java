package org.safeguard.core.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguard.core.api.InvalidInputException;

class MailSettingsTest {
    @TempDir
    Path home;

    private Path properties(String... lines) throws Exception {
        Path conf = Files.createDirectories(home.resolve("conf"));
        return Files.writeString(conf.resolve(MailSettings.FILE), String.join("\n", lines) + "\n");
    }

    @Test
    void noHostMeansOutboxModeEvenWithoutAPropertiesFile() throws Exception {
        assertTrue(MailSettings.fromHome(home).outboxMode());
        properties("area=lancashire", "mail.from=CSE Panel <cse@example.org>");
        MailSettings s = MailSettings.load(home.resolve("conf/safeguard.properties"), Map.of());
        assertTrue(s.outboxMode());
        assertEquals("CSE Panel <cse@example.org>", s.from());
        assertEquals("cse@example.org", s.fromAddress(), "the bare address, for a calendar ORGANIZER");
    }

    @Test
    void readsTheSmtpKeysWithStarttlsRequiredByDefaultAndThePasswordFromTheEnvironment() throws Exception {
        Path file = properties("mail.smtp.host=smtp.example.org", "mail.smtp.user=panel", "mail.from=cse@example.org");
        MailSettings s = MailSettings.load(file, Map.of(MailSettings.PASSWORD_ENVIRONMENT_VARIABLE, "s3cret"));
        assertFalse(s.outboxMode());
        assertEquals("smtp.example.org", s.host().orElseThrow());
        assertEquals(587, s.port());
        assertTrue(s.starttls());
        assertEquals("s3cret", s.password().orElseThrow());
        assertFalse(s.toString().contains("s3cret"), s.toString());
    }

    @Test
    void readsThePasswordFromTheNamedFileBesideTheProperties() throws Exception {
        Path file = properties("mail.smtp.host=smtp.example.org", "mail.smtp.port=2525", "mail.smtp.starttls=false",
                "mail.smtp.user=panel", "mail.smtp.password.file=smtp.secret", "mail.from=cse@example.org");
        Files.writeString(home.resolve("conf/smtp.secret"), "from-a-file\n");
        MailSettings s = MailSettings.load(file, Map.of());
        assertEquals("from-a-file", s.password().orElseThrow());
        assertEquals(2525, s.port());
        assertFalse(s.starttls());
    }

    @Test
    void refusesAPasswordInThePropertiesFileWithoutRepeatingIt() throws Exception {
        Path file = properties("mail.smtp.host=smtp.example.org", "mail.smtp.user=panel", "mail.smtp.password=hunter2", "mail.from=cse@example.org");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> MailSettings.load(file, Map.of(MailSettings.PASSWORD_ENVIRONMENT_VARIABLE, "x")));
        assertEquals("mail.smtp.password", e.problems().get(0).subject());
        assertTrue(e.getMessage().contains(MailSettings.PASSWORD_ENVIRONMENT_VARIABLE), e.getMessage());
        assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
    }

    @Test
    void reportsEveryProblemAtOnceWithALikelyCorrection() throws Exception {
        Path file = properties("mail.smtp.host=smtp.example.org", "mail.smtp.prot=25", "mail.smtp.starttls=yes", "mail.smtp.user=panel");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> MailSettings.load(file, Map.of()));
        assertEquals(List.of("mail.smtp.prot", "mail.smtp.starttls", "mail.from", "mail.smtp.user"),
                e.problems().stream().map(p -> p.subject()).toList());
        assertEquals("mail.smtp.port", e.problems().get(0).suggestion());
    }

    @Test
    void smtpSettingsWithoutAHostAreRefusedRatherThanSilentlyUsingTheOutbox() throws Exception {
        Path file = properties("mail.smtp.user=panel");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> MailSettings.load(file, Map.of()));
        assertTrue(e.getMessage().contains("mail.smtp.host"), e.getMessage());
    }
}
