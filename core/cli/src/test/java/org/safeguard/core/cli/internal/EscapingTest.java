package org.safeguard.core.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What the command line prints never carries a raw control character of a stored value (attack defect D14). */
class EscapingTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = Escaping.of(new PrintStream(bytes, true, StandardCharsets.UTF_8));

    private String printed() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aTableRowShowsControlCharactersAndBidiOverridesOfAStoredValueAsVisibleEscapes() {
        out.printf("%-4d %-7s %-28s %s%n", 1, "C-00001", "OKAFOR\u001b[2J, Amara\r\n2    C-00002", "2012-03-04\u202E\u0007");
        assertEquals("1    C-00001 OKAFOR\\u001b[2J, Amara\\u000d\\u000a2    C-00002 2012-03-04\\u202e\\u0007\n", printed(),
                "a cell never starts a line of its own");
    }

    @Test
    void linesKeepTheirLineFeedsAndTabsAndEveryPrintPathIsEscaped() {
        out.println("Notes\n\tReviewed.");
        out.print((Object) "x\u0000");
        out.print('\u009b');
        out.append("y\u2069");
        out.println(new char[] {'z', '\u007f'});
        assertEquals("Notes\n\tReviewed.\nx\\u0000\\u009by\\u2069z\\u007f\n", printed());
    }

    @Test
    void theCommandLineEscapesWhatItEchoesOnItsErrorStream() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(new String[] {"cases\u001b]0;owned\u0007"}, new PrintStream(bytes, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String echoed = err.toString(StandardCharsets.UTF_8);
        assertEquals(Cli.USAGE, code, echoed);
        assertTrue(echoed.contains("cases\\u001b]0;owned\\u0007"), echoed);
        assertFalse(echoed.contains("\u001b") || echoed.contains("\u0007"), echoed);
    }

    @Test
    void bytesWrittenAsTheyArePassUntouched() {
        out.write(new byte[] {0x1b, 'A'}, 0, 2);
        out.flush();
        assertEquals("\u001bA", printed());
    }
}
