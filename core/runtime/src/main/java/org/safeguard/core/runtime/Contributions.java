package org.safeguard.core.runtime;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;
import org.safeguard.core.api.SafeguardPlugin;

/**
 * A registry of what plugins contribute through one provider service (instruments, code
 * lists, forms, areas). It tracks the providers dynamically and asks them afresh whenever the
 * set of providers changes; contributions of disabled plugins are left out. Ids are unique:
 * when two plugins offer the same id, the first registered wins and the clash is reported by
 * {@link #conflicts()}. Thread-safe.
 *
 * @param <P> the provider service type
 * @param <T> the contributed item type
 */
public final class Contributions<P, T> implements AutoCloseable {
    /** One contribution and the plugin it came from. */
    public record Entry<T>(String pluginId, String id, T item) {
    }

    private final ServiceTracker<P, P> tracker;
    private final Function<P, List<T>> items;
    private final Function<T, String> idOf;
    private final Supplier<PluginPolicy> policy;
    private volatile int seenCount = -1;
    private volatile List<Entry<T>> cache = List.of();
    private volatile List<String> conflicts = List.of();

    Contributions(BundleContext context, Class<P> providerType, Function<P, List<T>> items, Function<T, String> idOf,
                  Supplier<PluginPolicy> policy) {
        this.tracker = new ServiceTracker<>(context, providerType, null);
        this.items = items;
        this.idOf = idOf;
        this.policy = policy;
        tracker.open();
    }

    /** Every contribution of an enabled plugin, in plugin then contribution order. */
    public List<Entry<T>> entries() {
        return snapshot().stream().filter(e -> policy.get().enabled(e.pluginId())).toList();
    }

    public List<T> all() {
        return entries().stream().map(Entry::item).toList();
    }

    public Optional<T> find(String id) {
        return entries().stream().filter(e -> e.id().equals(id)).map(Entry::item).findFirst();
    }

    /** Looks through disabled plugins too: for reading what was recorded, never for new work. */
    public Optional<Entry<T>> findIncludingDisabled(String id) {
        return snapshot().stream().filter(e -> e.id().equals(id)).findFirst();
    }

    public List<String> ids() {
        return entries().stream().map(Entry::id).toList();
    }

    public List<String> conflicts() {
        snapshot();
        return conflicts;
    }

    private List<Entry<T>> snapshot() {
        int count = tracker.getTrackingCount();
        if (count != seenCount) {
            synchronized (this) {
                if (count != seenCount) {
                    rebuild();
                    seenCount = count;
                }
            }
        }
        return cache;
    }

    private void rebuild() {
        ServiceReference<P>[] refs = tracker.getServiceReferences();
        List<ServiceReference<P>> sorted = new ArrayList<>(refs == null ? List.of() : List.of(refs));
        sorted.sort(Comparator.comparing(r -> (Long) r.getProperty("service.id")));
        Map<String, Entry<T>> byId = new LinkedHashMap<>();
        List<String> clashes = new ArrayList<>();
        for (ServiceReference<P> ref : sorted) {
            P provider = tracker.getService(ref);
            if (provider == null || ref.getBundle() == null) {
                continue;
            }
            String plugin = pluginId(ref);
            for (T item : items.apply(provider)) {
                String id = idOf.apply(item);
                Entry<T> existing = byId.putIfAbsent(id, new Entry<>(plugin, id, item));
                if (existing != null) {
                    clashes.add(id + " is offered by both " + existing.pluginId() + " and " + plugin + "; " + existing.pluginId() + "'s is used");
                }
            }
        }
        cache = List.copyOf(byId.values());
        conflicts = List.copyOf(clashes);
    }

    static String pluginId(ServiceReference<?> ref) {
        String id = ref.getBundle().getHeaders().get(SafeguardPlugin.HEADER);
        return id == null ? ref.getBundle().getSymbolicName() : id;
    }

    @Override
    public void close() {
        tracker.close();
    }
}
