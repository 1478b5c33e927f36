package org.safeguard.core.render.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * PDFBox's font mapper, replaced. The stock one scans every font on the machine the first time
 * a standard PDF font is used (seconds, on a cold start) and writes a cache file to the user's
 * home folder. Our documents use only the standard fonts, whose metrics PDFBox carries itself;
 * the mapping is needed only as a glyph source, and the Liberation Sans that ships inside the
 * PDFBox jar serves for all of them. Thread-safe: the font is parsed once.
 */
final class BundledFonts implements FontMapper {
    private static final String FALLBACK = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private volatile TrueTypeFont font;

    private TrueTypeFont font() {
        TrueTypeFont f = font;
        if (f == null) {
            synchronized (this) {
                f = font;
                if (f == null) {
                    try (InputStream in = PDDocument.class.getResourceAsStream(FALLBACK)) {
                        if (in == null) {
                            throw new IOException(FALLBACK + " is not in the PDFBox jar");
                        }
                        f = new TTFParser().parse(in);
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot load the PDF fallback font", e);
                    }
                    font = f;
                }
            }
        }
        return f;
    }

    @Override
    public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor descriptor) {
        return new FontMapping<>(font(), true);
    }

    @Override
    public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor descriptor) {
        return new FontMapping<>(font(), true);
    }

    @Override
    public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor descriptor, PDCIDSystemInfo cidSystemInfo) {
        return new CIDFontMapping(null, font(), true);
    }
}
