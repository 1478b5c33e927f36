package org.safeguard.core.api.instrument;

import java.util.List;

/**
 * The service a plugin registers to offer assessment instruments. The core collects every
 * provider's instruments into one registry; an instrument id must be unique across plugins.
 * Implementations are typically constant data and must be thread-safe.
 */
@FunctionalInterface
public interface InstrumentProvider {
    /** The instruments this plugin offers; called whenever the registry refreshes. */
    List<Instrument> instruments();
}
