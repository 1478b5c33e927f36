package org.safeguard.core.store;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.safeguard.core.api.SafeguardException;
import org.safeguard.core.api.instrument.Instrument;
import org.safeguard.core.store.internal.InstrumentCodec;

/**
 * Every instrument version ever used, kept as it was. An assessment's result can always be
 * recomputed from its answers and this record, even with the plugin disabled or removed.
 */
public final class InstrumentVersions {
    private final Handle handle;
    private final AuditTrail audit;
    private final Instant now;

    InstrumentVersions(Handle handle, AuditTrail audit, Instant now) {
        this.handle = handle;
        this.audit = audit;
        this.now = now;
    }

    /**
     * Records the instrument's definition on first use. A different definition under a
     * version already recorded is refused: results would no longer be reproducible.
     */
    public void remember(Instrument instrument) {
        String definition = InstrumentCodec.encode(instrument);
        String fingerprint = InstrumentCodec.fingerprint(definition);
        Optional<String> known = handle.createQuery("SELECT fingerprint FROM instrument_version WHERE instrument_id = ? AND version = ?")
                .bind(0, instrument.id()).bind(1, instrument.version()).mapTo(String.class).findOne();
        if (known.isEmpty()) {
            handle.createUpdate("INSERT INTO instrument_version (instrument_id, version, definition, fingerprint, first_used) VALUES (?, ?, ?, ?, ?)")
                    .bind(0, instrument.id()).bind(1, instrument.version()).bind(2, definition).bind(3, fingerprint)
                    .bind(4, now.toString()).execute();
            long row = handle.createQuery("SELECT rowid FROM instrument_version WHERE instrument_id = ? AND version = ?")
                    .bind(0, instrument.id()).bind(1, instrument.version()).mapTo(Long.class).one();
            audit.record("remember", "instrument_version", null, "instrument=" + instrument.id() + " version=" + instrument.version(),
                    AuditTrail.Sealed.INSTRUMENT_VERSION, row);
        } else if (!known.get().equals(fingerprint)) {
            throw new SafeguardException("instrument " + instrument.id() + " version " + instrument.version()
                    + " differs from the definition recorded under that version; the plugin must give a changed instrument a new version");
        }
    }

    /**
     * Every recorded version of these instruments, keyed by {@link #key(String, String) id and
     * version}, in one query: what a document needs to read the assessments of many cases.
     */
    public Map<String, Instrument> versionsOf(Collection<String> instrumentIds) {
        Map<String, Instrument> out = new LinkedHashMap<>();
        if (!instrumentIds.isEmpty()) {
            handle.createQuery("SELECT instrument_id, version, definition FROM instrument_version WHERE instrument_id IN (<ids>) ORDER BY instrument_id, version")
                    .bindList("ids", List.copyOf(instrumentIds))
                    .map((r, ctx) -> Map.entry(key(r.getString("instrument_id"), r.getString("version")), r.getString("definition")))
                    .forEach(e -> out.put(e.getKey(), InstrumentCodec.decode(e.getValue())));
        }
        return out;
    }

    /** The key of an instrument version in {@link #versionsOf}. */
    public static String key(String instrumentId, String version) {
        return instrumentId + "@" + version;
    }

    /** The instrument exactly as it was recorded. */
    public Optional<Instrument> find(String id, String version) {
        return handle.createQuery("SELECT definition FROM instrument_version WHERE instrument_id = ? AND version = ?")
                .bind(0, id).bind(1, version).mapTo(String.class).findOne().map(InstrumentCodec::decode);
    }
}
