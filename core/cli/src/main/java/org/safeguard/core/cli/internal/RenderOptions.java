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
        Path tmp = out.toAbsolutePath().resolveSibling(out.getFileName() + ".part");
        Files.write(tmp, rendered.bytes());
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        s.out.println("Wrote " + out + " (" + rendered.size() + " bytes, " + audience.name().toLowerCase(Locale.ROOT) + " audience).");
        return 0;
    }
}
