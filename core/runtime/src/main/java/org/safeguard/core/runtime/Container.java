package org.safeguard.core.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.felix.framework.FrameworkFactory;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.hooks.resolver.ResolverHookFactory;
import org.osgi.framework.launch.Framework;
import org.safeguard.core.api.SafeguardException;
import org.safeguard.core.api.SafeguardPlugin;
import org.safeguard.core.api.area.AreaDescriptor;
import org.safeguard.core.api.area.AreaProvider;
import org.safeguard.core.api.codes.CodeList;
import org.safeguard.core.api.casework.CaseGuard;
import org.safeguard.core.api.casework.FlagProvider;
import org.safeguard.core.api.casework.PlanProvider;
import org.safeguard.core.api.report.ReportProvider;
import org.safeguard.core.api.casework.CasePath;
import org.safeguard.core.api.checklist.Checklist;
import org.safeguard.core.api.checklist.ChecklistProvider;
import org.safeguard.core.api.codes.CodeListProvider;
import org.safeguard.core.api.form.FormDefinition;
import org.safeguard.core.api.form.FormProvider;
import org.safeguard.core.api.instrument.Instrument;
import org.safeguard.core.api.instrument.InstrumentProvider;
import org.safeguard.core.api.language.LabelProvider;
import org.safeguard.core.api.template.TemplateProvider;
import org.safeguard.core.runtime.internal.ApiPackages;
import org.safeguard.core.runtime.internal.PluginGate;
import org.safeguard.core.runtime.internal.QuietLogger;

/**
 * The embedded Apache Felix framework with Declarative Services, and the registries of what
 * the enabled plugins contribute. The libraries (JDBI, SQLite, mail, templates) stay on the
 * host class path, and so does Declarative Services (Felix SCR), started with the system
 * bundle; the system bundle exports the core API packages (and SCR's own), so plugins can
 * import nothing else of the core.
 *
 * <p>{@link Mode#COMMAND} installs the home's enabled plugins once, for one command.
 * {@link Mode#SERVE} also starts FileInstall on the home's {@code plugins/} folder, so a jar
 * dropped there is installed, a replaced jar updated and a removed jar uninstalled, and
 * notices changes to the plugin policy file within a second.
 */
public final class Container implements AutoCloseable {
    /** How long to wait for a started plugin's components to register their services. */
    private static final long COMPONENT_WAIT_MILLIS = 5_000;

    /** What Felix SCR offers as a bundle, offered by the system bundle instead (OSGi Compendium 112.4, 112.9). */
    private static final String SCR_CAPABILITIES = "osgi.extender;osgi.extender=\"osgi.component\";version:Version=\"1.5.0\";"
            + "uses:=\"org.osgi.service.component\","
            + "osgi.service;objectClass:List<String>=\"org.osgi.service.component.runtime.ServiceComponentRuntime\";"
            + "uses:=\"org.osgi.service.component.runtime\"";

    public enum Mode { COMMAND, SERVE }

    private final Home home;
    private final Distribution distribution;
    private final Framework framework;
    private final Path storage;
    private final Consumer<String> events;
    private volatile PluginPolicy policy;
    private final Contributions<InstrumentProvider, Instrument> instruments;
    private final Contributions<CodeListProvider, CodeList> codeLists;
    private final Contributions<FormProvider, FormDefinition> forms;
    private final Contributions<AreaProvider, AreaProvider> areas;
    private final Contributions<TemplateProvider, TemplateProvider> templates;
    private final Contributions<LabelProvider, LabelProvider> labels;
    private final Contributions<FlagProvider, FlagProvider> flags;
    private final Contributions<ChecklistProvider, Checklist> checklists;
    private final Contributions<CaseGuard, CaseGuard> guards;
    private final Contributions<PlanProvider, PlanProvider> plans;
    private final Contributions<CasePath, CasePath> paths;
    private final Contributions<ReportProvider, ReportProvider> reports;
    private ScheduledExecutorService watcher;
    private final List<Runnable> changeListeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final java.util.concurrent.atomic.AtomicBoolean notifyPending = new java.util.concurrent.atomic.AtomicBoolean();

    private Container(Home home, Distribution distribution, Framework framework, Path storage, Consumer<String> events) {
        this.home = home;
        this.distribution = distribution;
        this.framework = framework;
        this.storage = storage;
        this.events = events;
        this.policy = PluginPolicy.read(home.pluginPolicyFile());
        BundleContext ctx = framework.getBundleContext();
        this.instruments = new Contributions<>(ctx, InstrumentProvider.class, InstrumentProvider::instruments, Instrument::id, this::policy);
        this.codeLists = new Contributions<>(ctx, CodeListProvider.class, CodeListProvider::codeLists, CodeList::id, this::policy);
        this.forms = new Contributions<>(ctx, FormProvider.class, FormProvider::forms, FormDefinition::id, this::policy);
        this.areas = new Contributions<>(ctx, AreaProvider.class, p -> List.of(p), p -> p.area().id(), this::policy);
        this.templates = new Contributions<>(ctx, TemplateProvider.class, p -> List.of(p), TemplateProvider::area, this::policy);
        this.labels = new Contributions<>(ctx, LabelProvider.class, p -> List.of(p), p -> p.getClass().getName(), this::policy);
        // an area may have several of each; the class tells them apart
        this.flags = new Contributions<>(ctx, FlagProvider.class, p -> List.of(p), p -> p.area() + "/" + p.getClass().getName(), this::policy);
        this.checklists = new Contributions<>(ctx, ChecklistProvider.class, ChecklistProvider::checklists, Checklist::id, this::policy);
        this.guards = new Contributions<>(ctx, CaseGuard.class, p -> List.of(p), p -> p.area() + "/" + p.getClass().getName(), this::policy);
        this.plans = new Contributions<>(ctx, PlanProvider.class, p -> List.of(p), p -> p.area() + "/" + p.getClass().getName(), this::policy);
        this.paths = new Contributions<>(ctx, CasePath.class, p -> List.of(p), p -> p.area() + "/" + p.getClass().getName(), this::policy);
        this.reports = new Contributions<>(ctx, ReportProvider.class, p -> List.of(p), p -> p.area() + "/" + p.getClass().getName(), this::policy);
    }

    /**
     * Starts the framework, the service bundles and the home's plugins.
     *
     * @param events receives one line per plugin event and any framework error; never child data
     */
    public static Container start(Home home, Distribution distribution, Mode mode, boolean debug, Consumer<String> events) {
        Path storage;
        try {
            storage = Files.createTempDirectory("safeguard-felix-");
        } catch (IOException e) {
            throw new SafeguardException("cannot create the container's cache folder: " + e.getMessage(), e);
        }
        Map<String, Object> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, storage.toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        // Declarative Services runs on the host class path, started with the system bundle: its
        // classes then come from the start-up archive, and there is nothing to resolve for it.
        config.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, ApiPackages.exportClause() + "," + ApiPackages.hostedScrExports());
        config.put(Constants.FRAMEWORK_SYSTEMCAPABILITIES_EXTRA, SCR_CAPABILITIES);
        config.put("felix.systembundle.activators", List.of(scrActivator()));
        config.put("felix.log.logger", new QuietLogger(events, debug));
        config.put("felix.cache.locking", "false");
        if (mode == Mode.SERVE) {
            config.put("felix.fileinstall.dir", home.plugins().toString());
            config.put("felix.fileinstall.poll", "300");
            config.put("felix.fileinstall.noInitialDelay", "true");
            config.put("felix.fileinstall.filter", ".*\\.jar");
            config.put("felix.fileinstall.log.level", debug ? "4" : "1");
            config.put("felix.fileinstall.bundles.new.start", "true");
        }
        Framework framework = new FrameworkFactory().newFramework(config);
        Container container = null;
        try {
            framework.init();
            framework.start();
            // before anything is installed: no bundle but the distribution's and API-only plugins ever resolves
            framework.getBundleContext().registerService(ResolverHookFactory.class,
                    new PluginGate(List.of("reference:" + distribution.bundlesDir().toAbsolutePath().toUri()), events), null);
            container = new Container(home, distribution, framework, storage, events);
            container.listenToPlugins();
            container.startServiceBundles(mode);
            if (mode == Mode.COMMAND) {
                container.installHomePlugins();
            } else {
                container.watchPolicy();
            }
            return container;
        } catch (BundleException | RuntimeException e) {
            if (container != null) {
                container.close();
            } else {
                stopQuietly(framework);
                Folders.deleteTree(storage);
            }
            throw e instanceof SafeguardException se ? se : new SafeguardException("the container did not start: " + e.getMessage(), e);
        }
    }

    public Home home() { return home; }
    public PluginPolicy policy() { return policy; }
    public Contributions<InstrumentProvider, Instrument> instruments() { return instruments; }
    public Contributions<CodeListProvider, CodeList> codeLists() { return codeLists; }
    public Contributions<FormProvider, FormDefinition> forms() { return forms; }
    public Contributions<AreaProvider, AreaProvider> areas() { return areas; }
    public Contributions<TemplateProvider, TemplateProvider> templates() { return templates; }
    /** The enabled plugins' lists of labels for the language check, each entry naming its plugin (read afresh by every check). */
    public Contributions<LabelProvider, LabelProvider> labels() { return labels; }
    /** The enabled plugins' flag providers, every area's: filter by {@link FlagProvider#area()}. */
    public Contributions<FlagProvider, FlagProvider> flags() { return flags; }
    /** The enabled plugins' checklist instruments, by id. */
    public Contributions<ChecklistProvider, Checklist> checklists() { return checklists; }
    /** The enabled plugins' case guards, every area's: filter by {@link CaseGuard#area()}. */
    public Contributions<CaseGuard, CaseGuard> guards() { return guards; }
    /** The enabled plugins' plan kinds, every area's: filter by {@link PlanProvider#area()}. */
    public Contributions<PlanProvider, PlanProvider> plans() { return plans; }

    /** The enabled plugins' reports, every area's: filter by {@link ReportProvider#area()}. */
    public Contributions<ReportProvider, ReportProvider> reports() { return reports; }
    /** The enabled plugins' case paths, every area's: filter by {@link CasePath#area()}. */
    public Contributions<CasePath, CasePath> paths() { return paths; }

    public List<AreaDescriptor> enabledAreas() {
        return areas.all().stream().map(AreaProvider::area).toList();
    }

    /** Plugins running in this container now, by id. */
    public List<String> activePlugins() {
        return Stream.of(framework.getBundleContext().getBundles())
                .filter(b -> b.getState() == Bundle.ACTIVE && b.getHeaders().get(SafeguardPlugin.HEADER) != null)
                .map(b -> b.getHeaders().get(SafeguardPlugin.HEADER))
                .filter(id -> policy.enabled(id)).sorted().toList();
    }

    /**
     * Calls {@code listener} shortly after the set of contributions changes: a provider service
     * registered or withdrawn, or the plugin policy changed. Only while serving.
     */
    public void onChange(Runnable listener) {
        changeListeners.add(listener);
    }

    private void contributionsChanged() {
        // several services come and go together when a plugin starts: tell the listeners once,
        // shortly after, so the registries already see the service that was just (un)registered
        if (watcher != null && !watcher.isShutdown() && notifyPending.compareAndSet(false, true)) {
            try {
                watcher.schedule(() -> {
                    notifyPending.set(false);
                    changeListeners.forEach(Runnable::run);
                }, 200, TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.RejectedExecutionException stopping) {
                notifyPending.set(false);
            }
        }
    }

    /** Re-reads the plugin policy file (done automatically while serving). */
    public void reloadPolicy() {
        PluginPolicy before = policy;
        policy = PluginPolicy.read(home.pluginPolicyFile());
        for (String id : policy.disabled()) {
            if (before.enabled(id)) {
                events.accept("plugin " + id + " disabled");
            }
        }
        for (String id : before.disabled()) {
            if (policy.enabled(id)) {
                events.accept("plugin " + id + " enabled");
            }
        }
        if (!before.equals(policy)) {
            contributionsChanged();
        }
    }

    private void startServiceBundles(Mode mode) throws BundleException {
        List<Bundle> started = new ArrayList<>();
        for (Path jar : distribution.serviceBundles()) {
            if (mode == Mode.COMMAND && jar.getFileName().toString().contains("fileinstall")) {
                continue;
            }
            started.add(install(jar));
        }
        for (Bundle b : started) {
            if (b.getHeaders().get(Constants.FRAGMENT_HOST) == null) {
                b.start();
            }
        }
    }

    private void installHomePlugins() throws BundleException {
        List<Bundle> plugins = new ArrayList<>();
        for (Path jar : Distribution.jars(home.plugins())) {
            String id = Distribution.pluginId(jar).orElse(null);
            if (id == null) {
                events.accept("skipped " + jar.getFileName() + ": not a Safeguard plugin (no " + SafeguardPlugin.HEADER + " header)");
            } else if (policy.enabled(id)) {
                plugins.add(install(jar));
            }
        }
        for (Bundle b : plugins) {
            try {
                b.start();
            } catch (BundleException e) {
                events.accept("plugin " + b.getHeaders().get(SafeguardPlugin.HEADER) + " did not start: " + e.getMessage());
            }
        }
        awaitComponents(plugins);
    }

    private static BundleActivator scrActivator() {
        try {
            return (BundleActivator) Class.forName("org.apache.felix.scr.impl.Activator").getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new SafeguardException("Declarative Services (Felix SCR) is not on the class path; the installation is incomplete", e);
        }
    }

    /** Declarative Services registers a started bundle's components; wait until it has. */
    private static void awaitComponents(List<Bundle> bundles) {
        long deadline = System.currentTimeMillis() + COMPONENT_WAIT_MILLIS;
        for (Bundle b : bundles) {
            if (b.getState() != Bundle.ACTIVE || b.getHeaders().get("Service-Component") == null) {
                continue;
            }
            while (b.getRegisteredServices() == null && System.currentTimeMillis() < deadline) {
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private Bundle install(Path jar) throws BundleException {
        return framework.getBundleContext().installBundle("reference:" + jar.toUri());
    }

    private void listenToPlugins() {
        framework.getBundleContext().addBundleListener(event -> {
            String id = event.getBundle().getHeaders().get(SafeguardPlugin.HEADER);
            if (id == null) {
                return;
            }
            String what = switch (event.getType()) {
                case BundleEvent.STARTED -> "started";
                case BundleEvent.UPDATED -> "updated";
                case BundleEvent.UNINSTALLED -> "removed";
                case BundleEvent.STOPPED -> "stopped";
                default -> null;
            };
            if (what != null) {
                events.accept("plugin " + id + " " + event.getBundle().getVersion() + " " + what
                        + (policy.enabled(id) ? "" : " (disabled in conf/plugins.properties)"));
            }
        });
    }

    private void watchPolicy() {
        watcher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "safeguard-policy-watch");
            t.setDaemon(true);
            return t;
        });
        String providers = Stream.of(InstrumentProvider.class, CodeListProvider.class, FormProvider.class, AreaProvider.class,
                        TemplateProvider.class, FlagProvider.class, CaseGuard.class, ChecklistProvider.class,
                        PlanProvider.class, CasePath.class, ReportProvider.class)
                .map(c -> "(objectClass=" + c.getName() + ")").reduce("(|", String::concat) + ")";
        try {
            framework.getBundleContext().addServiceListener(event -> contributionsChanged(), providers);
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalStateException("the provider filter is malformed: " + providers, e);
        }
        long[] lastModified = {Folders.lastModified(home.pluginPolicyFile())};
        watcher.scheduleWithFixedDelay(() -> {
            long now = Folders.lastModified(home.pluginPolicyFile());
            if (now != lastModified[0]) {
                lastModified[0] = now;
                reloadPolicy();
            }
        }, 250, 250, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        changeListeners.clear();
        instruments.close();
        codeLists.close();
        forms.close();
        areas.close();
        templates.close();
        labels.close();
        flags.close();
        checklists.close();
        guards.close();
        stopQuietly(framework);
        if (watcher != null) {
            watcher.shutdownNow();
        }
        Folders.deleteTree(storage);
    }

    private static void stopQuietly(Framework framework) {
        try {
            framework.stop();
            framework.waitForStop(10_000);
        } catch (BundleException | InterruptedException | RuntimeException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
