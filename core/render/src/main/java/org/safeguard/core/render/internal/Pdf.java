package org.safeguard.core.render.internal;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.safeguard.core.render.RenderException;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * HTML rendering to PDF with openhtmltopdf. The XHTML is parsed here, with entity expansion and
 * every external DTD or entity refused, and the converter may fetch nothing: no image, style
 * sheet or font from a file or the network, so a document cannot leak a request or read a local
 * file. Thread-safe: every conversion builds its own renderer.
 */
final class Pdf {
    /** Base URI for the document: nothing is ever resolved against it. */
    private static final String BASE = "about:blank";

    /** Held so the level set on it is not lost to garbage collection. */
    private static final Logger PDFBOX_LOG = Logger.getLogger("org.apache.pdfbox");

    static {
        // Both libraries log through java.util.logging; problems reach the caller as exceptions instead.
        XRLog.setLoggingEnabled(false);
        PDFBOX_LOG.setLevel(Level.SEVERE);
        FontMappers.set(new BundledFonts());
    }

    /** A stream factory that opens nothing. */
    private static final FSStreamFactory NOTHING = url -> new FSStream() {
        @Override
        public InputStream getStream() {
            return null;
        }

        @Override
        public Reader getReader() {
            return null;
        }
    };

    /** Opens an image the document carries ({@link EmbeddedImages#allowed}) from its own URI; nothing else. */
    private static final FSStreamFactory EMBEDDED = url -> new FSStream() {
        @Override
        public InputStream getStream() {
            return EmbeddedImages.allowed(url) ? new java.io.ByteArrayInputStream(EmbeddedImages.decode(url)) : null;
        }

        @Override
        public Reader getReader() {
            return null;
        }
    };

    private Pdf() {
    }

    static byte[] convert(String xhtml, String file, Errors errors) {
        Document doc = parse(xhtml, file, errors);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.withW3cDocument(doc, BASE);
            // Nothing is fetched: only a PNG the document carries in itself (a chart, checked by
            // EmbeddedImages) resolves, and it is decoded from the URI, never opened as a stream.
            builder.useExternalResourceAccessControl((uri, type) -> EmbeddedImages.allowed(uri), ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.useExternalResourceAccessControl((uri, type) -> EmbeddedImages.allowed(uri), ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            // The access control hooks alone do not stop images loading (attack report D2): no other
            // URI resolves, and every stream the converter could open is refused, whatever the scheme.
            builder.useUriResolver((base, uri) -> EmbeddedImages.allowed(uri) ? uri : null);
            builder.useHttpStreamImplementation(NOTHING);
            builder.useProtocolsStreamImplementation(NOTHING, "file", "jar", "http", "https", "ftp", "classpath", "about");
            builder.useProtocolsStreamImplementation(EMBEDDED, "data");
            builder.withDiagnosticConsumer(diagnostic -> { });
            EmbeddedFonts.register(builder);
            builder.withProducer("Safeguard");
            builder.toStream(out);
            builder.run();
        } catch (IOException | RuntimeException e) {
            throw errors.at(file, 0, 0, "the PDF could not be made from the HTML rendering: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private static Document parse(String xhtml, String file, Errors errors) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(new DefaultHandler() {
                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            b.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
            return b.parse(new InputSource(new StringReader(xhtml)));
        } catch (SAXParseException e) {
            throw errors.at(file, 0, 0, "the HTML rendering is not well-formed XHTML, which PDF needs (rendered output line "
                    + e.getLineNumber() + ", column " + e.getColumnNumber() + ": " + e.getMessage() + ")", e);
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw errors.at(file, 0, 0, "the HTML rendering could not be read for PDF: " + e.getMessage(), e);
        }
    }
}
