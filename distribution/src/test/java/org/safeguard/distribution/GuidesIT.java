package org.safeguard.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command examples of the README, the guides ({@code docs/*-guide.md}) and the area pages
 * ({@code docs/areas/*.md}), run against the shipped distribution: one container per document,
 * one test per command, named by document and line. The convention the documents follow is
 * written down in {@code docs/architecture.md}, "Tests", "The guides' examples are tested":
 *
 * <ul>
 *   <li>A <b>transcript</b> is a fenced block whose commands begin {@code $ }; each command is
 *       followed by the output it prints (standard output and standard error together,
 *       in the order written, as at a terminal) and optionally
 *       {@code [exit N]} (else 0). The output must match line for line once trailing whitespace
 *       is dropped; {@code …} in a line matches any run of text within the line, and a line that
 *       is only {@code …} matches any number of lines.</li>
 *   <li>A {@code ```sh} block's commands are run and must exit 0; their output is not compared.</li>
 *   <li>A block is an example when one of its commands is {@code safeguard …}; its other commands
 *       ({@code export}, {@code cat}, {@code cp}, …) run in {@code /bin/sh}. A block without a
 *       {@code safeguard} command (building with Maven, unpacking the archive) is not run, unless
 *       a marker says how.</li>
 *   <li>Markers, an HTML comment just before the block: {@code <!-- example: setup -->} runs the
 *       block without comparing its output; {@code <!-- example: skip — reason -->} does not run
 *       it (the reason is required and shown); {@code <!-- example: exits N -->} expects exit N;
 *       {@code <!-- example: file NAME -->} writes the block to the file NAME in the working
 *       folder, for a later command to read.</li>
 *   <li>Each document runs in order in a fresh temporary folder, its working folder: {@code /tmp}
 *       in a command stands for that folder (so {@code /tmp/docs-home} is a fresh home), {@code ~}
 *       too; {@code /tmp/docs-dist/safeguard} and {@code <dist>} stand for the installation. A
 *       command without {@code --home} runs on {@code SAFEGUARD_HOME} as last exported in the
 *       document, else {@code ~/safeguard}. In the output, the folder reads {@code /tmp} again,
 *       the installation {@code /tmp/docs-dist/safeguard}, and the login running the tests
 *       {@code root}, as in the documents.</li>
 * </ul>
 */
class GuidesIT {
    static final Path REPO = Path.of(System.getProperty("safeguard.repo", "..")).toAbsolutePath().normalize();
    static final String ANY = "…";
    private static final Pattern MARKER = Pattern.compile("^\\s*<!--\\s*example:\\s*(.*?)\\s*-->\\s*$");
    private static final Pattern EXIT = Pattern.compile("^\\[exit (\\d+)]\\s*$");

    @TempDir
    Path dir;

    enum Kind { RUN, SETUP, SKIP, FILE, BAD }

    /** One command (or file) of a document. {@code output} is null when the output is not compared. */
    record Example(String doc, int line, Kind kind, String command, List<String> output, int exit, String note, List<String> body) {
        String name() {
            String what = kind == Kind.FILE ? "file " + note : command.length() > 110 ? command.substring(0, 110) + "…" : command;
            return doc + ":" + line + " " + what + switch (kind) {
                case SKIP -> " — skipped: " + note;
                case SETUP -> " (setup)";
                case BAD -> " — " + note;
                default -> "";
            };
        }
    }

    @TestFactory
    Stream<DynamicNode> theGuidesExamplesRunAsShown() throws IOException {
        List<Path> docs = new ArrayList<>();
        docs.add(REPO.resolve("README.md"));
        try (Stream<Path> s = Files.list(REPO.resolve("docs"))) {
            s.filter(p -> p.getFileName().toString().endsWith("-guide.md")).sorted().forEach(docs::add);
        }
        try (Stream<Path> s = Files.list(REPO.resolve("docs/areas"))) {
            s.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().forEach(docs::add);
        }
        List<DynamicNode> out = new ArrayList<>();
        for (Path doc : docs) {
            out.add(container(doc));
        }
        return out.stream();
    }

    private DynamicContainer container(Path doc) throws IOException {
        String name = REPO.relativize(doc).toString();
        List<Example> examples = parse(name, Files.readAllLines(doc));
        Session session = new Session(dir.resolve(name.replaceAll("[^A-Za-z0-9.-]", "_")));
        URI uri = doc.toUri();
        return dynamicContainer(name, uri, examples.stream()
                .map(e -> dynamicTest(e.name(), URI.create(uri + "?line=" + e.line()), () -> session.run(e))));
    }

    /** The rules themselves: what a placeholder matches, and what a block and its marker make. */
    @Test
    void placeholdersMatchRunsOfTextAndWholeLinesOnly() {
        assertTrue(matches(List.of("Enabled: lancashire 0.1.0.…"), List.of("Enabled: lancashire 0.1.0.202612041834")));
        assertFalse(matches(List.of("Enabled: lancashire 0.1.0.…"), List.of("Enabled: example 0.1.0.202612041834")));
        assertFalse(matches(List.of("a … b"), List.of("a x", "y b")), "… within a line stays within it");
        assertTrue(matches(List.of("first", "…", "last"), List.of("first", "1", "2", "last")));
        assertTrue(matches(List.of("first", "…", "last"), List.of("first", "last")));
        assertFalse(matches(List.of("first"), List.of("first", "more")), "every line is compared");
        assertFalse(matches(List.of("Score 29"), List.of("Score 30")));
    }

    @Test
    void blocksAndMarkersMakeTheirExamples() {
        List<Example> examples = parse("t.md", List.of(
                "<!-- example: setup -->", "```sh", "safeguard init --area lancashire  # a home", "```",
                "```", "$ safeguard cases list", "none", "[exit 1]", "$ safeguard --version", "```",
                "<!-- example: skip — serve never exits -->", "```", "$ safeguard serve", "```",
                "<!-- example: exits 2 -->", "```sh", "safeguard meeting change 1 \\", "  --bogus", "```",
                "```sh", "mvn -q package", "```",
                "<!-- example: skip -->", "```sh", "safeguard serve", "```"));
        assertEquals(List.of(Kind.SETUP, Kind.RUN, Kind.RUN, Kind.SKIP, Kind.RUN, Kind.BAD), examples.stream().map(Example::kind).toList());
        assertEquals(List.of(3, 6, 9, 13, 17, 23), examples.stream().map(Example::line).toList());
        assertEquals(List.of("none"), examples.get(1).output());
        assertEquals(1, examples.get(1).exit());
        assertEquals(List.of(), examples.get(2).output());
        assertEquals("serve never exits", examples.get(3).note());
        assertEquals("safeguard meeting change 1  --bogus", examples.get(4).command());
        assertEquals(2, examples.get(4).exit());
        assertEquals(List.of("safeguard", "a b", "it's", "$x"), words("safeguard \"a b\" 'it'\\''s' '$x' # comment"));
    }

    // ---------------------------------------------------------------- reading a document

    static List<Example> parse(String doc, List<String> lines) {
        List<Example> out = new ArrayList<>();
        String marker = null;
        int markerLine = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher m = MARKER.matcher(line);
            if (m.matches()) {
                marker = m.group(1);
                markerLine = i + 1;
                continue;
            }
            if (line.startsWith("```")) {
                String lang = line.substring(3).trim();
                int end = i + 1;
                while (end < lines.size() && !lines.get(end).startsWith("```")) {
                    end++;
                }
                block(doc, i + 2, lang, lines.subList(i + 1, Math.min(end, lines.size())), marker, markerLine, out);
                marker = null;
                i = end;
                continue;
            }
            if (!line.isBlank() && marker != null) {
                out.add(new Example(doc, markerLine, Kind.BAD, "", null, 0, "marker not followed by a fenced block: " + marker, List.of()));
                marker = null;
            }
        }
        return out;
    }

    /** A block's examples; {@code first} is the document line of the block's first line. */
    private static void block(String doc, int first, String lang, List<String> body, String marker, int markerLine, List<Example> out) {
        Kind kind = Kind.RUN;
        String note = null;
        Integer exits = null;
        if (marker != null) {
            Matcher skip = Pattern.compile("^skip\\s*(?:—|–|-|:)?\\s*(.*)$").matcher(marker);
            Matcher ex = Pattern.compile("^exits (\\d+)$").matcher(marker);
            Matcher file = Pattern.compile("^file (\\S+)$").matcher(marker);
            if (marker.equals("setup")) {
                kind = Kind.SETUP;
            } else if (skip.matches()) {
                kind = Kind.SKIP;
                note = skip.group(1);
                if (note.isBlank()) {
                    out.add(new Example(doc, markerLine, Kind.BAD, "", null, 0, "a skipped example needs a reason: <!-- example: skip — reason -->", List.of()));
                    return;
                }
            } else if (ex.matches()) {
                exits = Integer.parseInt(ex.group(1));
            } else if (file.matches()) {
                out.add(new Example(doc, markerLine, Kind.FILE, "", null, 0, file.group(1), List.copyOf(body)));
                return;
            } else {
                out.add(new Example(doc, markerLine, Kind.BAD, "", null, 0, "unknown marker: " + marker, List.of()));
                return;
            }
        }
        List<Example> found = new ArrayList<>();
        boolean transcript = body.stream().anyMatch(l -> l.startsWith("$ "));
        boolean shell = lang.equals("sh") || lang.equals("shell") || lang.equals("bash");
        if (transcript && (lang.isEmpty() || shell || lang.equals("console") || lang.equals("text"))) {
            String command = null;
            int commandLine = 0;
            List<String> output = new ArrayList<>();
            Integer exit = null;
            for (int j = 0; j <= body.size(); j++) {
                String l = j < body.size() ? body.get(j) : null;
                if (l == null || l.startsWith("$ ")) {
                    if (command != null) {
                        found.add(new Example(doc, commandLine, kind, command, kind == Kind.RUN ? trimmed(output) : null,
                                exit != null ? exit : exits != null ? exits : 0, note, List.of()));
                    }
                    if (l != null) {
                        command = l.substring(2).trim();
                        commandLine = first + j;
                        output = new ArrayList<>();
                        exit = null;
                    }
                } else if (command != null) {
                    Matcher m = EXIT.matcher(l);
                    if (m.matches()) {
                        exit = Integer.parseInt(m.group(1));
                    } else if (exit == null) {
                        output.add(l);
                    } else if (!l.isBlank()) {
                        found.add(new Example(doc, first + j, Kind.BAD, command, null, 0, "output after [exit N]", List.of()));
                    }
                }
            }
        } else if (shell) {
            StringBuilder command = new StringBuilder();
            int commandLine = 0;
            for (int j = 0; j < body.size(); j++) {
                String l = body.get(j).strip();
                if (command.isEmpty() && (l.isEmpty() || l.startsWith("#"))) {
                    continue;
                }
                if (command.isEmpty()) {
                    commandLine = first + j;
                }
                if (l.endsWith("\\")) {
                    command.append(l, 0, l.length() - 1).append(' ');
                    continue;
                }
                command.append(l);
                found.add(new Example(doc, commandLine, kind, command.toString(), null, exits != null ? exits : 0, note, List.of()));
                command.setLength(0);
            }
        }
        if (found.stream().anyMatch(e -> isSafeguard(e.command())) || marker != null) {
            out.addAll(found);
        }
    }

    static boolean isSafeguard(String command) {
        List<String> words = words(command);
        int i = 0;
        while (i < words.size() && words.get(i).matches("[A-Za-z_][A-Za-z0-9_]*=.*")) {
            i++;
        }
        return i < words.size() && words.get(i).equals("safeguard");
    }

    /** A command line split into words as {@code /bin/sh} would: quotes, backslashes, a comment. */
    static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean word = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\'') {
                int end = line.indexOf('\'', i + 1);
                end = end < 0 ? line.length() : end;
                cur.append(line, i + 1, end);
                i = end;
                word = true;
            } else if (c == '"') {
                word = true;
                for (i++; i < line.length() && line.charAt(i) != '"'; i++) {
                    char d = line.charAt(i);
                    if (d == '\\' && i + 1 < line.length() && "\"\\$`".indexOf(line.charAt(i + 1)) >= 0) {
                        d = line.charAt(++i);
                    }
                    cur.append(d);
                }
            } else if (c == '\\' && i + 1 < line.length()) {
                cur.append(line.charAt(++i));
                word = true;
            } else if (Character.isWhitespace(c)) {
                if (word) {
                    words.add(cur.toString());
                    cur.setLength(0);
                    word = false;
                }
            } else if (c == '#' && !word) {
                break;
            } else {
                cur.append(c);
                word = true;
            }
        }
        if (word) {
            words.add(cur.toString());
        }
        return words;
    }

    /** Lines without trailing whitespace, and without blank lines at the end. */
    static List<String> trimmed(List<String> lines) {
        List<String> out = new ArrayList<>(lines.stream().map(String::stripTrailing).toList());
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    /** Whether {@code actual} is what a document shows as {@code expected}, with its placeholders. */
    static boolean matches(List<String> expected, List<String> actual) {
        StringBuilder regex = new StringBuilder();
        for (String line : expected) {
            if (line.strip().equals(ANY)) {
                regex.append("(?:[^\\n]*\\n)*?");
            } else {
                regex.append(Arrays.stream(line.split(ANY, -1)).map(Pattern::quote).collect(Collectors.joining("[^\\n]*?"))).append("\\n");
            }
        }
        String text = actual.stream().map(l -> l + "\n").collect(Collectors.joining());
        return Pattern.compile(regex.toString()).matcher(text).matches();
    }

    // ---------------------------------------------------------------- running a document

    /** One document's run: its working folder, its home, the variables it exported. */
    static final class Session {
        private final Path tmp;
        private Path home;
        private final Map<String, String> env = new HashMap<>();

        Session(Path tmp) {
            this.tmp = tmp;
            this.home = tmp.resolve("safeguard");
        }

        /** Stands for the installation while a command's other paths are rewritten. */
        private static final String DIST_MARK = "\u0000dist\u0000";

        /** A document's paths as this run's: {@code /tmp} is the working folder, {@code ~} too. */
        String in(String command) {
            // the installation last: its own path may begin with /tmp (a checkout under /tmp), which is not the document's /tmp
            String s = command.replace("/tmp/docs-dist/safeguard", DIST_MARK).replace("<dist>", DIST_MARK);
            s = s.replaceAll("(?<![\\w./-])/tmp(?=[/\\s)\"';]|$)", Matcher.quoteReplacement(tmp.toString()));
            s = s.replaceAll("(^|[\\s=(\"'])~(?=/|\\s|$)", "$1" + Matcher.quoteReplacement(tmp.toString()));
            return s.replace(DIST_MARK, Safeguard.DIST.toString());
        }

        /** This run's paths and login as the document shows them. */
        String out(String text) {
            String s = text.replace(Safeguard.DIST.toString(), "/tmp/docs-dist/safeguard").replace(tmp.toString(), "/tmp");
            return Safeguard.LOGIN.equals("root") ? s : s.replaceAll("\\b" + Pattern.quote(Safeguard.LOGIN) + "\\b", "root");
        }

        void run(Example e) throws Exception {
            switch (e.kind()) {
                case SKIP -> Assumptions.abort(e.note());
                case BAD -> fail(e.doc() + ":" + e.line() + ": " + e.note());
                case FILE -> {
                    Files.createDirectories(tmp.resolve(e.note()).getParent());
                    Files.write(tmp.resolve(e.note()), e.body());
                    return;
                }
                default -> {
                }
            }
            Files.createDirectories(tmp);
            String command = in(e.command());
            List<String> words = words(command);
            Map<String, String> assigned = new HashMap<>(env);
            int i = 0;
            while (i < words.size() && words.get(i).matches("[A-Za-z_][A-Za-z0-9_]*=.*")) {
                String[] kv = words.get(i++).split("=", 2);
                assigned.put(kv[0], kv[1]);
            }
            Safeguard.Result r;
            if (i < words.size() && words.get(i).equals("export")) {
                for (String w : words.subList(i + 1, words.size())) {
                    String[] kv = w.split("=", 2);
                    if (kv[0].equals("SAFEGUARD_HOME")) {
                        home = Path.of(kv[1]);
                    } else if (!kv[0].equals("PATH") && kv.length == 2) {
                        env.put(kv[0], kv[1]);
                    }
                }
                r = new Safeguard.Result(0, "", "");
            } else if (i < words.size() && words.get(i).equals("safeguard")) {
                List<String> args = words.subList(i + 1, words.size());
                List<String> cmd = new ArrayList<>(List.of(Safeguard.BIN.toString()));
                if (!args.contains("--home")) {
                    cmd.addAll(List.of("--home", home.toString()));
                }
                cmd.addAll(args);
                r = Safeguard.exec(cmd, tmp, assigned, true);
            } else {
                Map<String, String> shellEnv = new HashMap<>(env);
                shellEnv.put("SAFEGUARD_HOME", home.toString());
                shellEnv.put("PATH", Safeguard.DIST.resolve("bin") + ":" + System.getenv("PATH"));
                r = Safeguard.exec(List.of("/bin/sh", "-c", command), tmp, shellEnv, true);
            }
            List<String> actual = trimmed(Arrays.asList(out(r.out() + r.err()).split("\n", -1)));
            String where = e.doc() + ":" + e.line() + ": $ " + e.command() + "\nexit " + r.exit() + "\n";
            if (e.output() != null && !matches(e.output(), actual)) {
                assertEquals(String.join("\n", e.output()), String.join("\n", actual), where + "the output differs from the document's");
            }
            assertEquals(e.exit(), r.exit(), where + String.join("\n", actual));
        }
    }
}
