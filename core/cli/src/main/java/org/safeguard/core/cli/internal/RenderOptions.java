package org.safeguard.core.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.safeguard.core.api.SafeguardException;
import org.safeguard.core.model.Meeting;
import org.safeguard.core.meetings.Audience;
import org.safeguard.core.meetings.AreaMeetings;
import org.safeguard.core.render.Format;
import org.safeguard.core.render.RenderedDocument;
import picocli.CommandLine.Option;

/** The options of commands that render a meeting document: format, audience, output file. */
final class RenderOptions {
    @Option(names = "--format", paramLabel = "html|text|pdf", description = "Default: text.") Format format = Format.TEXT;
    @Option(names = "--audience", paramLabel = "full|restricted",
            description = "restricted leaves every confidential part out entirely. Default: full.") Audience audience = Audience.FULL;
    @Option(names = "--out", paramLabel = "FILE", description = "Write to a file (owner-only) instead of standard output; needed for pdf.") Path out;

    int write(Session s, AreaMeetings service, Meeting m, Circulating.Doc doc) throws IOException {
        if (format == Format.PDF && out == null) {
            throw new SafeguardException("a PDF goes to a file: add --out FILE");
        }
        RenderedDocument rendered = s.store().inTransaction(s.actor, tx -> {
            tx.audit().record("export", "meeting", m.id(), doc.name().toLowerCase() + " " + audience.name().toLowerCase() + " " + format);
            return new Circulating(s, service).render(tx, m, doc, audience, format);
        });
        if (out == null) {
            s.out.print(rendered.text());
            return 0;
        }
        Path tmp = out.toAbsolutePath().resolveSibling(out.getFileName() + ".part");
        Files.write(tmp, rendered.bytes());
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        s.out.println("Wrote " + out + " (" + rendered.size() + " bytes, " + audience.name().toLowerCase() + " audience).");
        return 0;
    }
}
