package org.safeguard.core.app.internal;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.safeguard.core.api.NotFoundException;
import org.safeguard.core.api.RefusedException;
import org.safeguard.core.api.area.AreaDescriptor;
import org.safeguard.core.app.ActionService;
import org.safeguard.core.app.Application;
import org.safeguard.core.app.AreaService;
import org.safeguard.core.app.AssessmentService;
import org.safeguard.core.app.AuditService;
import org.safeguard.core.app.CaseService;
import org.safeguard.core.app.ChildService;
import org.safeguard.core.app.CirculationService;
import org.safeguard.core.app.DecisionService;
import org.safeguard.core.app.PlanService;
import org.safeguard.core.app.DisclosureService;
import org.safeguard.core.app.HomeService;
import org.safeguard.core.app.LanguageService;
import org.safeguard.core.app.LocationService;
import org.safeguard.core.app.MailService;
import org.safeguard.core.app.MeetingService;
import org.safeguard.core.app.MissingEpisodeService;
import org.safeguard.core.app.Needs;
import org.safeguard.core.app.PersonService;
import org.safeguard.core.app.PluginService;
import org.safeguard.core.app.ReferenceService;
import org.safeguard.core.app.ReferralService;
import org.safeguard.core.app.RequestContext;
import org.safeguard.core.app.UserService;
import org.safeguard.core.meetings.AreaCasework;
import org.safeguard.core.meetings.AreaMeetings;
import org.safeguard.core.model.Role;
import org.safeguard.core.render.Renderer;
import org.safeguard.core.render.TemplateSources;
import org.safeguard.core.runtime.AreaDefinitions;
import org.safeguard.core.runtime.Container;
import org.safeguard.core.runtime.Distribution;
import org.safeguard.core.runtime.Home;
import org.safeguard.core.runtime.LiveVocabulary;
import org.safeguard.core.store.Store;
import org.safeguard.core.store.Tx;
import org.safeguard.dsl.Vocabulary;
import org.safeguard.dsl.model.AreaDefinition;

/**
 * The composition root behind {@link Application}: opens the store, the container and the
 * renderer on first use, keeps the area definitions in force for the process (checked once,
 * not on every call; {@link #reloadAreas()} checks again), and builds each service once.
 * Thread-safe.
 */
public final class Wiring implements AutoCloseable {
    private final Home home;
    private final Distribution distribution;
    private final Application.Mode mode;
    private final boolean debug;
    private final Application.Events events;
    private final Map<Class<?>, Object> services = new ConcurrentHashMap<>();
    private final AtomicReference<UserServiceImpl> users = new AtomicReference<>();
    private Store store;
    private Container container;
    private Renderer renderer;
    private Map<String, AreaDefinitions.Loaded> areas;
    private final Map<String, AreaMeetings> meetings = new ConcurrentHashMap<>();
    private final Language language = new Language(this);

    public Wiring(Home home, Distribution distribution, Application.Mode mode, boolean debug, Application.Events events) {
        this.home = home;
        this.distribution = distribution;
        this.mode = mode;
        this.debug = debug;
        this.events = events;
    }

    public Home home() {
        return home;
    }

    public Distribution distribution() {
        return distribution;
    }

    public Application.Events events() {
        return events;
    }

    /**
     * The service of a type, built on first use, behind the check of who may call it: each call's
     * {@link RequestContext} must hold one of the roles its method {@link Needs}; a method that
     * declares none is refused to everybody.
     */
    public <S> S service(Class<S> type) {
        return type.cast(services.computeIfAbsent(type, t -> guarded(type, build(type))));
    }

    /** The context of a login the front end vouches for (see {@link Application#signIn}). */
    public RequestContext signIn(String login, String claimed, Clock clock) {
        return users().signIn(login, claimed, clock);
    }

    private UserServiceImpl users() {
        return users.updateAndGet(u -> u != null ? u : new UserServiceImpl(this));
    }

    private Object guarded(Class<?> type, Object service) {
        InvocationHandler check = (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return method.invoke(service, args);
            }
            permit(type, method, args);
            try {
                return method.invoke(service, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, check);
    }

    private void permit(Class<?> type, Method method, Object[] args) {
        RequestContext ctx = args == null ? null : (RequestContext) Arrays.stream(args).filter(RequestContext.class::isInstance)
                .findFirst().orElse(null);
        Needs needs = method.getAnnotation(Needs.class);
        if (ctx == null || needs == null) {
            throw new IllegalStateException(type.getSimpleName() + "." + method.getName() + " declares no request context or no @Needs");
        }
        for (Role r : needs.value()) {
            if (ctx.has(r)) {
                return;
            }
        }
        String allowed = Arrays.stream(needs.value()).map(Role::label).collect(Collectors.joining(" or "));
        String held = ctx.roles().stream().filter(r -> ctx.roles().stream().noneMatch(o -> o != r && RequestContext.granting(o).contains(r)))
                .map(Role::label).collect(Collectors.joining(", "));
        String operation = type.getSimpleName().replace("Service", "").toLowerCase(Locale.ROOT) + "." + method.getName();
        users().refuse(ctx.actor(), ctx.clock(), "role-needed", operation + " needs the role " + allowed + "; "
                + ctx.actor() + (held.isEmpty() ? " has no role" : " has the role " + held));
    }

    private Object build(Class<?> type) {
        if (type == HomeService.class) return new HomeServiceImpl(this);
        if (type == PluginService.class) return new PluginServiceImpl(this);
        if (type == AreaService.class) return new AreaServiceImpl(this);
        if (type == CaseService.class) return new CaseServiceImpl(this);
        if (type == ChildService.class) return new ChildServiceImpl(this);
        if (type == ReferralService.class) return new ReferralServiceImpl(this);
        if (type == AssessmentService.class) return new AssessmentServiceImpl(this);
        if (type == MissingEpisodeService.class) return new MissingEpisodeServiceImpl(this);
        if (type == PersonService.class) return new PersonServiceImpl(this);
        if (type == LocationService.class) return new LocationServiceImpl(this);
        if (type == DecisionService.class) return new DecisionServiceImpl(this);
        if (type == org.safeguard.core.app.DeadlineService.class) return new DeadlineServiceImpl(this);
        if (type == org.safeguard.core.app.RuleService.class) return new RuleServiceImpl(this);
        if (type == PlanService.class) return new PlanServiceImpl(this);
        if (type == org.safeguard.core.app.ReportService.class) return new ReportServiceImpl(this);
        if (type == org.safeguard.core.app.ImportService.class) return new ImportServiceImpl(this);
        if (type == AuditService.class) return new AuditServiceImpl(this);
        if (type == CirculationService.class) return new CirculationServiceImpl(this);
        if (type == MailService.class) return new MailServiceImpl(this);
        if (type == DisclosureService.class) return new DisclosureServiceImpl(this);
        if (type == MeetingService.class) return new MeetingServiceImpl(this);
        if (type == ActionService.class) return new ActionServiceImpl(this);
        if (type == ReferenceService.class) return new ReferenceServiceImpl(this);
        if (type == org.safeguard.core.app.ExportService.class) return new ExportServiceImpl(this);
        if (type == UserService.class) return users();
        if (type == LanguageService.class) return language;
        throw new IllegalArgumentException("no application service " + type.getName());
    }

    /** The language check the services run on every free-text field they save. */
    Language language() {
        return language;
    }

    public synchronized Store store() {
        if (store == null) {
            store = Store.open(home.requireExisting().database());
        }
        return store;
    }

    /** Reading only, from one consistent snapshot that holds no write lock (see {@link Store#read}). */
    public <R> R read(RequestContext ctx, Function<Tx, R> work) {
        return store().read(ctx.actor(), ctx.clock(), work);
    }

    /** Work in one transaction on behalf of the request's actor, timestamped by its clock. */
    public <R> R inTransaction(RequestContext ctx, Function<Tx, R> work) {
        return store().inTransaction(ctx.actor(), ctx.clock(), work);
    }

    public synchronized Container container() {
        if (container == null) {
            home.requireExisting();
            container = Container.start(home, distribution,
                    mode == Application.Mode.SERVE ? Container.Mode.SERVE : Container.Mode.COMMAND, debug, events::container);
        }
        return container;
    }

    /** The process's one renderer: home overrides, then enabled plugins' templates, then the shared ones. */
    public synchronized Renderer renderer() {
        if (renderer == null) {
            Container c = container();
            renderer = Renderer.create(TemplateSources.shared(distribution.root().resolve("templates"))
                    .withHomeOverrides(home.root().resolve("templates"))
                    .withPlugins(() -> c.templates().all()));
        }
        return renderer;
    }

    /** What area definitions are checked against: the enabled plugins' contributions and the templates that resolve. */
    public Vocabulary vocabulary() {
        return LiveVocabulary.of(container(), this::templateNames);
    }

    private Set<String> templateNames() {
        return renderer().catalogue().names();
    }

    /** The home's area files, checked against the live vocabulary (a fresh checker: it keeps no state). */
    public AreaDefinitions areaDefinitions() {
        return new AreaDefinitions(home.requireExisting(), this::vocabulary);
    }

    /** Every area file's state, checked once for the process (applying those that check clean). */
    public synchronized List<AreaDefinitions.Loaded> loadedAreas() {
        if (areas == null) {
            Map<String, AreaDefinitions.Loaded> byFile = new LinkedHashMap<>();
            for (AreaDefinitions.Loaded l : areaDefinitions().load()) {
                byFile.put(l.file().getFileName().toString(), l);
            }
            areas = byFile;
            meetings.clear();
        }
        return List.copyOf(areas.values());
    }

    /** Checks the area files again (after a file is saved or a plugin comes or goes) and returns their state. */
    public synchronized List<AreaDefinitions.Loaded> reloadAreas() {
        areas = null;
        return loadedAreas();
    }

    /** The state of the file that defines an area, if there is one. */
    public Optional<AreaDefinitions.Loaded> loaded(String areaId) {
        return loadedAreas().stream().filter(l -> l.inForce().map(d -> d.id().equals(areaId))
                .orElse(l.file().getFileName().toString().equals(areaId + ".area"))).findFirst();
    }

    /** The definition in force for an area: the file's own, or its last good version (with a warning). */
    public AreaDefinition definition(String areaId) {
        AreaDefinitions.Loaded l = loaded(areaId).orElseThrow(() -> new NotFoundException(
                "no area definition for " + areaId + " in " + home.areas()));
        AreaDefinition d = l.inForce().orElseThrow(() -> new RefusedException("area-definition-never-valid",
                l.file().getFileName() + " has errors and no good version was ever applied"));
        if (!l.applied()) {
            events.warning(l.file().getFileName() + " has errors; the last good version (" + l.lastGood() + ") is used");
        }
        return d;
    }

    /** The meeting work of an area under its definition in force; one per area for the process. */
    public AreaMeetings meetings(String areaId) {
        AreaMeetings m = meetings.get(areaId);
        if (m == null) {
            m = new AreaMeetings(definition(areaId), vocabulary(), casework(areaId));
            meetings.put(areaId, m);
        }
        return m;
    }

    /** What the area's plugin says of its cases (flags, guards, schemes, forms); no flags or guards while it is not enabled. */
    public AreaCasework casework(String areaId) {
        Container c = container();
        AreaDescriptor area = c.enabledAreas().stream().filter(a -> a.id().equals(areaId)).findFirst().orElse(null);
        if (area == null) {
            return AreaCasework.none();
        }
        return new AreaCasework(area, c.flags().all().stream().filter(f -> f.area().equals(areaId)).toList(),
                c.guards().all().stream().filter(g -> g.area().equals(areaId)).toList(), c.forms()::find, c.codeLists()::find,
                c.plans().all().stream().filter(p -> p.area().equals(areaId)).flatMap(p -> p.planKinds().stream()).toList(),
                c.checklists()::find);
    }

    /** The area to work in: the one named, else the only enabled one. */
    public AreaDescriptor area(String requested) {
        List<AreaDescriptor> enabled = container().enabledAreas();
        List<String> ids = enabled.stream().map(AreaDescriptor::id).toList();
        if (requested != null) {
            return enabled.stream().filter(x -> x.id().equals(requested)).findFirst()
                    .orElseThrow(() -> new NotFoundException("area '" + requested + "' is not enabled in this home"
                            + (ids.isEmpty() ? "" : " (enabled: " + String.join(", ", ids) + ")")));
        }
        if (enabled.size() == 1) {
            return enabled.get(0);
        }
        if (enabled.isEmpty()) {
            throw new RefusedException("no-area-enabled", "no area plugin is enabled in this home");
        }
        throw new RefusedException("area-ambiguous", "several areas are enabled (" + String.join(", ", ids) + ")");
    }

    @Override
    public synchronized void close() {
        if (container != null) {
            container.close();
            container = null;
        }
        if (store != null) {
            store.close();
            store = null;
        }
    }
}
