package org.safeguard.core.render;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A template cannot run for minutes, exhaust memory or read the process's settings: endless
 * loops, huge output, a string repeated two thousand million times or doubled in a loop (by
 * interpolation, concat or replace) and system properties are refused with the template, line and
 * column — never a stack trace. Where the engine gives no position (the output's size, a value
 * built by interpolation, a missing {@code #parse} target), the template's text does.
 */
class LimitsTest {
    @TempDir
    Path home;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "#foreach($i in [1..300000000])x#end                                  | probe.text.vm:1:1: the loops of one document ran more than 2000000 times",
            "#foreach($a in [1..3000])#foreach($b in [1..3000])#end#end           | probe.text.vm:1:26: the loops of one document ran more than",
            "#foreach($a in [1..1500])#foreach($b in [1..1000])$long#end#end       | probe.text.vm:1:26: the document grew past 32 million characters: the #foreach here",
            "$x.repeat(2000000000)                                                 | does not contain method repeat",
            "$n.getInteger('sun.arch.data.model')                                  | does not contain method getInteger",
            "$x.getClass().getName()                                               | does not contain method getClass",
            "$x.class.name                                                         | probe.text.vm:1:",
            "#set($s = 'x')#foreach($i in [1..40])#set($s = \"$s$s\")#end$s.length() | probe.text.vm:1:49: a value grew past 4 million characters",
            "#set($s = 'x')#foreach($i in [1..40])#set($s = $s.concat($s))#end    | probe.text.vm:1:51: a value grew past 4 million characters",
            "#set($s = 'x')#foreach($i in [1..40])#set($s = $s.replace('x', 'xx'))#end  | a value grew past 4 million characters",
    })
    void aRunawayTemplateIsStoppedAndNamed(String template, String expected) throws Exception {
        Path templates = Files.createDirectories(home.resolve("templates"));
        Files.writeString(templates.resolve("probe.text.vm"), template.strip());
        Renderer renderer = Renderer.create(TemplateSources.shared(Sources.shared()).withHomeOverrides(templates));
        Map<String, Object> view = Map.of("x", "text", "n", 7, "long", "x".repeat(100));
        long start = System.nanoTime();
        RenderException e = assertThrows(RenderException.class, () -> renderer.render("probe", Format.TEXT, view));
        assertTrue(e.getMessage().contains(expected.strip()), e.getMessage());
        assertTrue(System.nanoTime() - start < 60_000_000_000L, "stopped, not run to the end");
    }

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> unplaced() {
        return java.util.stream.Stream.of(
                // a runaway loop in a template another parses is named there, not in the document's own template
                org.junit.jupiter.params.provider.Arguments.of("x\n#parse('part.text.vm')", "\n\n#foreach($i in [1..900000])$long#end",
                        "part.text.vm:3:1: the document grew past"),
                org.junit.jupiter.params.provider.Arguments.of("x\n#parse('/etc/passwd')", "unused", "probe.text.vm:2:9: it uses '/etc/passwd'"),
                org.junit.jupiter.params.provider.Arguments.of("x\n\n  #parse(\"missing.text.vm\")", "unused",
                        "probe.text.vm:3:11: it uses 'missing.text.vm'"),
                org.junit.jupiter.params.provider.Arguments.of("#parse('part.text.vm')", "#set($s = 'x')\n#foreach($i in [1..40])\n#set($s = \"$s$s\")#end",
                        "part.text.vm:3:12: a value grew past"));
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("unplaced")
    void whereTheEngineGivesNoLineTheTemplateTextDoes(String text, String partText, String expected) throws Exception {
        Path templates = Files.createDirectories(home.resolve("templates"));
        Files.writeString(templates.resolve("probe.text.vm"), text);
        Files.writeString(templates.resolve("part.text.vm"), partText);
        Renderer renderer = Renderer.create(TemplateSources.shared(Sources.shared()).withHomeOverrides(templates));
        RenderException e = assertThrows(RenderException.class, () -> renderer.render("probe", Format.TEXT, Map.of("long", "x".repeat(100))));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
