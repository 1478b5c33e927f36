package org.safeguard.core.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.safeguard.core.app.ReferenceService.Kind;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Every option and parameter of the command line that names a record takes its number or the
 * reference the lists print, because it is read by {@link Ids} and nowhere else: the test walks
 * picocli's model of every command and fails for one that is not.
 */
class IdParametersTest {
    /** Options that name a record, whatever their label. */
    private static final Set<String> RECORD_OPTIONS = Set.of("--child", "--case", "--meeting", "--person", "--location", "--action",
            "--referral", "--episode", "--id", "--add", "--discharge", "--remove");
    /** Labels that say a value names a record. */
    private static final Set<String> RECORD_LABELS = Set.of("ID", "CASE", "CHILD", "MEETING", "ACTION", "PERSON", "LOCATION", "REFERRAL", "EPISODE");
    /** Options labelled ID that name a code of the area definition or a plugin, not a record. */
    private static final Set<String> CODE_OPTIONS = Set.of("--area", "--type", "--instrument", "--scheme", "--agency");
    /** Commands whose ID parameter is a plugin's, an area's or an instrument's id. */
    private static final Set<String> CODE_PARAMETERS = Set.of("plugins enable", "plugins disable", "areas show", "instruments show");
    /** The only numbers a command takes that are not a record's: counts. */
    private static final Set<String> COUNTS = Set.of("--limit", "--cases", "--runs", "--missing-before");
    private static final Set<Class<?>> CONVERTERS = Set.of(Ids.Child.class, Ids.Case.class, Ids.Meeting.class, Ids.Action.class,
            Ids.Person.class, Ids.Referral.class, Ids.Location.class, Ids.Episode.class, Ids.AnyRecord.class);

    private record Arg(String command, ArgSpec spec) {
        String name() {
            return spec instanceof OptionSpec o ? o.longestName() : "parameter " + spec.paramLabel();
        }

        @Override
        public String toString() {
            return command + " " + name();
        }
    }

    private static List<Arg> everyArgument() {
        PrintStream sink = new PrintStream(new ByteArrayOutputStream());
        CommandLine cl = new CommandLine(new Root(sink, sink));
        for (Class<?> command : Root.COMMANDS) {
            cl.addSubcommand(command.getAnnotation(CommandLine.Command.class).name(), command);
        }
        List<Arg> args = new ArrayList<>();
        walk(cl, args);
        return args;
    }

    private static void walk(CommandLine cl, List<Arg> into) {
        String path = cl.getCommandSpec().qualifiedName(" ").replaceFirst("^safeguard ?", "");
        cl.getCommandSpec().args().forEach(a -> into.add(new Arg(path, a)));
        cl.getSubcommands().values().forEach(sub -> walk(sub, into));
    }

    private static boolean namesRecord(Arg a) {
        if (a.spec() instanceof OptionSpec o) {
            return Arrays.stream(o.names()).anyMatch(RECORD_OPTIONS::contains)
                    || RECORD_LABELS.contains(o.paramLabel()) && Arrays.stream(o.names()).noneMatch(CODE_OPTIONS::contains);
        }
        return a.spec() instanceof PositionalParamSpec p && RECORD_LABELS.contains(p.paramLabel()) && !CODE_PARAMETERS.contains(a.command());
    }

    private static boolean readByIds(ArgSpec spec) {
        Class<?> element = spec.auxiliaryTypes().length > 0 && spec.isMultiValue() ? spec.auxiliaryTypes()[0] : spec.type();
        return element == Ids.Ref.class && spec.converters().length == 1 && CONVERTERS.contains(spec.converters()[0].getClass());
    }

    @Test
    void everyOptionOrParameterNamingARecordIsReadByIds() {
        List<Arg> records = everyArgument().stream().filter(IdParametersTest::namesRecord).toList();
        List<String> notConverted = records.stream().filter(a -> !readByIds(a.spec())).map(Arg::toString).toList();
        assertEquals(List.of(), notConverted, "these take a record's id without Ids: give them an Ids.Ref with an Ids converter");
        assertTrue(records.size() >= 35, "the walk should find the commands' record options, found " + records.size() + ": " + records);
        List<String> found = records.stream().map(Arg::toString).toList();
        for (String expected : List.of("location link parameter LOCATION", "missing return parameter ID", "missing interview parameter ID",
                "audit list --id", "actions add --case", "meeting cases --remove", "person link parameter PERSON", "referral show parameter ID")) {
            assertTrue(found.contains(expected), expected + " should be among them: " + found);
        }
    }

    @Test
    void noCommandTakesANumberThatIsNotACount() {
        List<String> numbers = everyArgument().stream().filter(a -> {
            Class<?> t = a.spec().isMultiValue() && a.spec().auxiliaryTypes().length > 0 ? a.spec().auxiliaryTypes()[0] : a.spec().type();
            return Set.of(long.class, Long.class, int.class, Integer.class).contains(t);
        }).filter(a -> !(a.spec() instanceof OptionSpec o && COUNTS.contains(o.longestName()))).map(Arg::toString).toList();
        assertEquals(List.of(), numbers, "a record's number is typed as text through Ids (a long refuses 'C00003' with picocli's message)");
    }

    @Test
    void eachConverterKeepsWhatWasTypedWithItsKind() throws Exception {
        assertEquals(new Ids.Ref(Kind.LOCATION, "3"), new Ids.Location().convert("3"));
        assertEquals(new Ids.Ref(Kind.CASE, "cse-00004"), new Ids.Case().convert("cse-00004"));
        assertEquals("M00001", new Ids.Meeting().convert("M00001").toString());
    }
}
