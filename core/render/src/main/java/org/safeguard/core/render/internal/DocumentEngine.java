package org.safeguard.core.render.internal;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.exception.ResourceNotFoundException;
import org.apache.velocity.exception.VelocityException;
import org.safeguard.core.render.Format;
import org.safeguard.core.render.RenderException;
import org.safeguard.core.render.RenderedDocument;
import org.safeguard.core.render.TemplateCatalogue;
import org.safeguard.core.render.TemplateSources;
import org.slf4j.helpers.NOPLogger;

/**
 * The process's one Velocity engine, configured here and nowhere else. See
 * {@link org.safeguard.core.render.Renderer} for the rules it enforces. Thread-safe: the
 * engine is immutable after {@code init()} and each render has its own context and event
 * cartridge.
 */
public final class DocumentEngine {
    static final String LOADER = "safeguard";
    static final String MACROS = "macros.vm";
    private static final HtmlEscaping ESCAPING = new HtmlEscaping();

    private final TemplateChain chain;
    private final Errors errors;
    private final VelocityEngine velocity;
    private final MethodFailures failures;
    private final InterpolationCheck interpolation;

    public DocumentEngine(TemplateSources sources) {
        this.chain = new TemplateChain(Objects.requireNonNull(sources, "sources"));
        this.errors = new Errors(chain);
        this.failures = new MethodFailures(errors);
        this.interpolation = new InterpolationCheck(errors);
        if (chain.resolve(MACROS).isEmpty()) {
            throw new RenderException(MACROS, MACROS + ": the macro library is missing from " + sources.sharedFolder()
                    + "; the installation is incomplete");
        }
        this.velocity = configure(new ChainLoader(chain));
        try {
            velocity.init();
            // #evaluate would run text from the view model as a template; #include inserts a file unescaped.
            velocity.removeDirective("evaluate");
            velocity.removeDirective("include");
            interpolation.check(velocity.getTemplate(MACROS, "UTF-8"));
        } catch (VelocityException e) {
            throw errors.fromEngine(MACROS, e);
        }
    }

    private static VelocityEngine configure(ChainLoader loader) {
        VelocityEngine v = new VelocityEngine();
        v.setProperty("resource.default_encoding", "UTF-8");
        v.setProperty("output.encoding", "UTF-8");
        // one loader, ours: no file or class-path loader can reach anything else
        v.setProperty("resource.loaders", LOADER);
        v.setProperty("resource.loader." + LOADER + ".instance", loader);
        v.setProperty("resource.loader." + LOADER + ".cache", "true");
        v.setProperty("resource.loader." + LOADER + ".modification_check_interval", "2");
        // the sandbox: no getClass().forName(...), class loaders, reflection, Runtime, threads, files
        v.setProperty("introspector.uberspect.class", Limits.Uberspector.class.getName());
        v.setProperty("introspector.restrict.packages", "java.lang.reflect,java.lang.invoke,java.io,java.nio.file,java.net,"
                + "java.util.concurrent,javax.script,javax.management,org.apache.velocity.runtime,org.apache.velocity.app");
        v.setProperty("introspector.restrict.classes", "java.lang.Class,java.lang.ClassLoader,java.lang.Compiler,"
                + "java.lang.InheritableThreadLocal,java.lang.Package,java.lang.Process,java.lang.ProcessBuilder,"
                + "java.lang.Reflect,java.lang.Runtime,java.lang.RuntimePermission,java.lang.SecurityManager,java.lang.System,"
                + "java.lang.Thread,java.lang.ThreadGroup,java.lang.ThreadLocal,java.lang.Module,java.lang.ModuleLayer,"
                + "java.lang.StackWalker,java.net.Socket,javax.management.MBeanServer,javax.script.ScriptEngine");
        // a typo is an error, not a blank
        v.setProperty("runtime.strict_mode.enable", "true");
        v.setProperty("runtime.strict_math", "true");
        v.setProperty("velocimacro.arguments.strict", "true");
        // the macro library, for every template; a template's own macros stay its own
        v.setProperty("velocimacro.library.path", MACROS);
        v.setProperty("velocimacro.library.autoreload", "false");
        v.setProperty("velocimacro.inline.allow", "true");
        v.setProperty("velocimacro.inline.local_scope", "true");
        v.setProperty("velocimacro.inline.replace_global", "false");
        v.setProperty("velocimacro.max_depth", "20");
        v.setProperty("directive.parse.max_depth", "10");
        // errors reach the caller as RenderException; the engine itself logs nothing
        v.setProperty("runtime.log.instance", NOPLogger.NOP_LOGGER);
        return v;
    }

    public RenderedDocument render(String name, Format format, Map<String, ?> viewModel) {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(viewModel, "viewModel");
        String file = format.templateFile(String.valueOf(name));
        if (!TemplateChain.isValidFile(file) || file.equals(MACROS)) {
            throw new RenderException(file, "'" + name + "' is not a document name: lower-case letters, digits, '-' and '/' only");
        }
        Map<String, Object> view = ViewObjects.convert(viewModel);
        String text = reportingErrors(file, () -> {
            Template template = velocity.getTemplate(file, "UTF-8");
            if (format != Format.TEXT) {
                interpolation.check(template);
            }
            VelocityContext context = new VelocityContext(view);
            EventCartridge cartridge = new EventCartridge();
            cartridge.addEventHandler(failures);
            cartridge.addEventHandler(new Limits.SizeCheck());
            if (format != Format.TEXT) {
                cartridge.addEventHandler(ESCAPING);
            }
            cartridge.attachToContext(context);
            Limits.BoundedWriter out = new Limits.BoundedWriter(file);
            Limits.begin();
            template.merge(context, out);
            return out.toString();
        });
        if (format != Format.TEXT) {
            OutsideResources.check(text, file, errors);
        }
        byte[] bytes = format == Format.PDF ? Pdf.convert(text, file, errors) : text.getBytes(StandardCharsets.UTF_8);
        return new RenderedDocument(name, format, bytes);
    }

    /** Runs the engine, turning whatever it throws into a RenderException that names the template. */
    private String reportingErrors(String file, java.util.function.Supplier<String> work) {
        try {
            return work.get();
        } catch (RenderException e) {
            throw e;
        } catch (Limits.Exceeded e) {
            String template = e.template == null ? file : e.template;
            if (e.line == 0 && e.reference != null) {
                // the value is inserted where the reference is written: first inside a quoted text (interpolation), else anywhere
                // it is read rather than assigned
                String ref = java.util.regex.Pattern.quote(e.reference) + "(?![\\w-])";
                Optional<Errors.Place> place = errors.locate(template, java.util.regex.Pattern.compile("\"[^\"\\n]*?(" + ref + ")"),
                        java.util.regex.Pattern.compile("(?<!#set\\()(?<!#foreach\\()" + ref));
                if (place.isPresent()) {
                    throw errors.at(place.get().template(), place.get().line(), place.get().column(), e.getMessage(), null);
                }
            }
            throw errors.at(template, e.line, e.column, e.getMessage(), null);
        } catch (ResourceNotFoundException e) {
            throw errors.notFound(file, e);
        } catch (VelocityException e) {
            throw errors.fromEngine(file, e);
        } catch (RuntimeException e) {
            throw errors.at(file, 0, 0, "the template failed: " + e.getClass().getSimpleName(), e);
        } catch (OutOfMemoryError e) {
            // the last guard: what the limits above did not foresee is still reported, not a raw trace
            throw errors.at(file, 0, 0, "the template used more memory than any document needs: a loop or a repeated text in it "
                    + "does not end", null);
        }
    }

    public TemplateCatalogue catalogue() {
        return chain.catalogue();
    }
}
