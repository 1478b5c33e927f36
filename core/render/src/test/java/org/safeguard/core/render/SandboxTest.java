package org.safeguard.core.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A hostile template, in a home override, cannot run code, read files or leave its sources. */
class SandboxTest {
    @TempDir
    Path home;

    private static final String TOUCH = "touch PWNED";

    @ParameterizedTest
    @ValueSource(strings = {
            "$x.getClass().forName('java.lang.Runtime').getRuntime().exec('" + TOUCH + "')",
            "$x.class.forName('java.lang.Runtime').getRuntime().exec('" + TOUCH + "')",
            "$meeting.getClass().forName('java.lang.Runtime').getRuntime().exec('" + TOUCH + "')",
            "$list.getClass().forName('java.lang.Runtime').getRuntime().exec('" + TOUCH + "')",
            "$x.getClass().getClassLoader().loadClass('java.lang.Runtime').getRuntime().exec('" + TOUCH + "')",
            "$x.getClass().getMethod('valueOf', $x.getClass()).invoke(null, '" + TOUCH + "')",
            "$x.getClass().getDeclaredMethods().get(0).invoke($x)",
            "#set($c = $x.getClass().forName('java.lang.ProcessBuilder'))$c.getConstructors()",
            "#set($rt = $x.getClass().forName('java.lang.Runtime'))$rt.getMethod('getRuntime').invoke(null).exec('" + TOUCH + "')",
            "$class.inspect('java.lang.Runtime').type.getRuntime().exec('" + TOUCH + "')",
            "#evaluate('#set($r = $x.getClass().forName(\"java.lang.Runtime\"))')",
            "#include('/etc/passwd')",
            "#parse('../../../../etc/passwd')",
            "#parse('/etc/passwd')",
    })
    void blocksCodeExecutionAndFileAccess(String payload) throws IOException {
        Path marker = home.resolve("pwned-" + Integer.toHexString(payload.hashCode()));
        String template = payload.replace("PWNED", marker.toString());
        Path templates = Files.createDirectories(home.resolve("templates"));
        Files.writeString(templates.resolve("probe.vm"), template);
        Renderer renderer = Renderer.create(TemplateSources.shared(Sources.shared()).withHomeOverrides(templates));
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("x", "text");
        view.put("meeting", Map.of("venue", "Room 2"));
        view.put("list", List.of("a"));
        RenderException e = assertThrows(RenderException.class, () -> renderer.render("probe", Format.HTML, view));
        assertTrue(e.getMessage().contains("probe.vm"), e.getMessage());
        assertFalse(Files.exists(marker), "the payload ran: " + payload);
        assertFalse(e.getMessage().contains("root:"), "a file leaked into the message");
    }
}
