/**
 * Assessment instruments: factors scored on a scale, supplementary questions, bands that turn
 * a total into a level and a RAG band, and the scoring itself. An instrument is data; plugins
 * build one with {@link org.safeguard.core.api.instrument.Instrument#builder} and offer it
 * through an {@link org.safeguard.core.api.instrument.InstrumentProvider} service.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.safeguard.core.api.instrument;
