package org.safeguard.distribution;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import com.fasterxml.jackson.jr.ob.JSON;

/** Runs the shipped {@code bin/safeguard} as a separate process, the way a person would. */
final class Safeguard {
    record Result(int exit, String out, String err) {
        Map<String, Object> json() throws IOException {
            return JSON.std.mapFrom(out);
        }

        List<Object> jsonList() throws IOException {
            return JSON.std.listFrom(out);
        }

        @Override
        public String toString() {
            return "exit " + exit + "\n--- out\n" + out + "--- err\n" + err;
        }
    }

    static final Path DIST = Path.of(System.getProperty("safeguard.dist", "target/safeguard")).toAbsolutePath();
    static final Path BIN = DIST.resolve("bin/safeguard");
    /** The operating-system login the tests run under: who every command acts as, the administrator of the homes it makes. */
    static final String LOGIN = new com.sun.security.auth.module.UnixSystem().getUsername();

    private Safeguard() {
    }

    static Result run(Path home, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(BIN.toString(), "--home", home.toString()));
        cmd.addAll(List.of(args));
        return exec(cmd, home.getParent());
    }

    static Result exec(List<String> cmd, Path dir) throws IOException, InterruptedException {
        return exec(cmd, dir, Map.of());
    }

    /** Runs {@code cmd} in {@code dir} with {@code env} added to this process's environment. */
    static Result exec(List<String> cmd, Path dir, Map<String, String> env) throws IOException, InterruptedException {
        return exec(cmd, dir, env, false);
    }

    /**
     * Runs {@code cmd} in {@code dir} with {@code env} added; with {@code merged}, standard error
     * goes where standard output goes, in the order they were written (as at a terminal), and the
     * result's {@code err} is empty.
     */
    static Result exec(List<String> cmd, Path dir, Map<String, String> env, boolean merged) throws IOException, InterruptedException {
        Path out = Files.createTempFile("sg-out", ".txt");
        Path err = Files.createTempFile("sg-err", ".txt");
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectOutput(out.toFile());
        if (merged) {
            pb.redirectErrorStream(true);
        } else {
            pb.redirectError(err.toFile());
        }
        pb.environment().putAll(env);
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("safeguard " + cmd + " did not finish in 120 s");
        }
        Result r = new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return r;
    }

    static Process start(Path home, Path log, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(BIN.toString(), "--home", home.toString()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    static Path shippedPlugin(String id) throws IOException {
        try (var s = Files.list(DIST.resolve("plugins"))) {
            return s.filter(p -> p.getFileName().toString().contains(id)).findFirst().orElseThrow();
        }
    }
}
