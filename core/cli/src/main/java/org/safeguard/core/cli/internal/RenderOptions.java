package org.safeguard.core.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import org.safeguard.core.api.SafeguardException;
import org.safeguard.core.app.CirculationService.Audience;
import org.safeguard.core.app.CirculationService.Format;
import org.safeguard.core.app.CirculationService;
import picocli.CommandLine.Option;

/** The options of commands that render a meeting document: format, audience, output file. */
final class RenderOptions {
    @Option(names = "--format", paramLabel = "html|text|pdf", description = "Default: text.") Format format = Format.TEXT;
    @Option(names = "--audience", paramLabel = "full|restricted",
            description = "restricted leaves every confidential part out entirely. Default: full.") Audience audience = Audience.FULL;
    @Option(names = "--out", paramLabel = "FILE", description = "Write to a file (owner-only) instead of standard output; needed for pdf.") Path out;

    /** What these options ask for of a meeting's document. */
    CirculationService.RenderRequest request(long meetingId, CirculationService.Document doc) {
        return new CirculationService.RenderRequest(meetingId, doc, audience, format);
    }

    /** Renders the document through the circulation service and prints it, or writes it to the file. */
    int write(Session s, long meetingId, CirculationService.Document doc) throws IOException {
        if (format == Format.PDF && out == null) {
            throw new SafeguardException("a PDF goes to a file: add --out FILE");
        }
        CirculationService.Rendering rendered = s.app().circulation().preview(s.ctx(), request(meetingId, doc));
        if (out == null) {
            s.out.print(rendered.text());
            return 0;
        }
        writeAtomically(out, rendered.bytes());
        s.out.println("Wrote " + out + " (" + rendered.size() + " bytes, " + audience.name().toLowerCase(Locale.ROOT) + " audience).");
        return 0;
    }

    /**
     * Writes a file whole or not at all: to a new, owner-only temporary file beside it (created
     * afresh under a random name, so nothing already there — a symbolic link included — is
     * followed or overwritten), then moved over the target. On any failure the temporary file is
     * removed and the target is as it was.
     */
    static void writeAtomically(Path out, byte[] bytes) throws IOException {
        Path target = out.toAbsolutePath();
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new SafeguardException("cannot write " + out + ": the folder " + (folder == null ? "/" : folder) + " does not exist");
        }
        if (Files.isDirectory(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new SafeguardException("cannot write " + out + ": it is a folder; name a file");
        }
        Path tmp;
        try {
            tmp = Files.createTempFile(folder, "." + target.getFileName() + ".", ".part");
        } catch (IOException e) {
            throw new SafeguardException("cannot write " + out + ": the folder " + folder + " does not take new files ("
                    + e.getClass().getSimpleName().replace("Exception", "") + ")", e);
        }
        try {
            Files.write(tmp, bytes);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.deleteIfExists(tmp);
            throw new SafeguardException("cannot write " + out + ": " + e.getClass().getSimpleName().replace("Exception", "")
                    + (e.getMessage() == null ? "" : " (" + e.getMessage().replace(tmp.toString(), out.toString()) + ")"), e);
        } catch (RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
    }
}
