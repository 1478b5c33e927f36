package org.safeguard.core.render;

import java.util.Map;
import org.safeguard.core.render.internal.DocumentEngine;

/**
 * Renders documents from templates. It owns the process's one template engine (Apache Velocity),
 * configured in one place; make one {@code Renderer} per process and share it.
 *
 * <h2>What a template may do</h2>
 * <ul>
 * <li><b>See only view objects.</b> {@link #render} takes a map of values made for the
 * template: strings (dates already formatted), numbers, booleans, {@link Markup}, lists, maps
 * and records. Records become maps of their components. Live domain or persistence objects
 * (the core model's records, store entities, handles, dates) are refused with
 * {@link IllegalArgumentException}: a template must not be able to call their methods, and the
 * caller, not the template, decides what a reader may see.</li>
 * <li><b>Not decide redaction.</b> Templates render everything they are given. The caller
 * filters: a confidential part is left out of the view model for an audience that may not see
 * it.</li>
 * <li><b>Reach no Java.</b> {@code SecureUberspector} with a widened list of restricted classes
 * and packages: no {@code getClass().forName(...)}, class loaders, reflection, processes,
 * threads, files or sockets. {@code #evaluate} and {@code #include} are removed.</li>
 * <li><b>Not mistype.</b> Strict references: a value the view model does not have is an error,
 * also inside {@code #if} and {@code $!}, never a blank.</li>
 * <li><b>Read only its sources.</b> Templates, the macro library and {@code #parse} resolve
 * through {@link TemplateSources}: home override, then plugin, then shared.</li>
 * </ul>
 *
 * <h2>Escaping</h2>
 * In HTML (and so PDF) every inserted value is escaped ({@code & < > " '}); a {@link Markup}
 * is the one exception. Plain text is not escaped. Both renderings of a document get the same
 * view model.
 *
 * <h2>Errors</h2>
 * Every template problem (missing template, syntax error, unknown value, forbidden call,
 * HTML the PDF converter cannot read) is one {@link RenderException} whose message names the
 * template, line and column. Show its message; never a stack trace.
 *
 * <p>Thread-safe: any number of threads may render at once. Templates are cached and reloaded
 * within two seconds when the source that wins for a name changes.
 */
public final class Renderer {
    private final DocumentEngine engine;

    private Renderer(DocumentEngine engine) {
        this.engine = engine;
    }

    /**
     * Starts the engine over these sources.
     *
     * @throws RenderException when the macro library is missing or does not parse
     */
    public static Renderer create(TemplateSources sources) {
        return new Renderer(new DocumentEngine(sources));
    }

    /**
     * Renders document {@code name} ({@code "agenda"}, {@code "lancashire/case-notes"}) in
     * {@code format} from {@code viewModel}.
     *
     * @throws RenderException          when the template is missing or fails
     * @throws IllegalArgumentException when the view model holds something that is not a view object
     */
    public RenderedDocument render(String name, Format format, Map<String, ?> viewModel) {
        return engine.render(name, format, viewModel);
    }

    /** The documents available now, with the source each comes from. */
    public TemplateCatalogue catalogue() {
        return engine.catalogue();
    }
}
