package org.safeguard.core.render.internal;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fonts PDFs embed (subsets only), vendored from Debian's packages (see fonts/PROVENANCE.md):
 * Noto Sans for Latin, Greek and Cyrillic, then one Noto face per script, then Droid Sans Fallback
 * for Chinese. The HTML templates' CSS names the families in this order, and the converter picks,
 * character by character, the first family that has the glyph. A font file is read only when a
 * document first needs it, and once per process. Thread-safe.
 */
final class EmbeddedFonts {
    private record Face(String family, int weight, String file) { }

    private static final List<Face> FACES = List.of(
            new Face("Noto Sans", 400, "NotoSans-Regular.ttf"), new Face("Noto Sans", 700, "NotoSans-Bold.ttf"),
            new Face("Noto Naskh Arabic", 400, "NotoNaskhArabic-Regular.ttf"), new Face("Noto Naskh Arabic", 700, "NotoNaskhArabic-Bold.ttf"),
            new Face("Noto Sans Devanagari", 400, "NotoSansDevanagari-Regular.ttf"), new Face("Noto Sans Devanagari", 700, "NotoSansDevanagari-Bold.ttf"),
            new Face("Noto Sans Bengali", 400, "NotoSansBengali-Regular.ttf"), new Face("Noto Sans Bengali", 700, "NotoSansBengali-Bold.ttf"),
            new Face("Noto Sans Gurmukhi", 400, "NotoSansGurmukhi-Regular.ttf"), new Face("Noto Sans Gurmukhi", 700, "NotoSansGurmukhi-Bold.ttf"),
            new Face("Noto Sans Gujarati", 400, "NotoSansGujarati-Regular.ttf"), new Face("Noto Sans Gujarati", 700, "NotoSansGujarati-Bold.ttf"),
            new Face("Droid Sans Fallback", 400, "DroidSansFallbackFull.ttf"));

    private static final ConcurrentHashMap<String, byte[]> BYTES = new ConcurrentHashMap<>();

    private EmbeddedFonts() {
    }

    static void register(PdfRendererBuilder builder) {
        for (Face f : FACES) {
            builder.useFont(() -> new ByteArrayInputStream(bytes(f.file())), f.family(), f.weight(), FontStyle.NORMAL, true);
        }
    }

    private static byte[] bytes(String file) {
        return BYTES.computeIfAbsent(file, name -> {
            try (InputStream in = EmbeddedFonts.class.getResourceAsStream("fonts/" + name)) {
                if (in == null) {
                    throw new IOException("fonts/" + name + " is not in the render bundle");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load a PDF font", e);
            }
        });
    }
}
