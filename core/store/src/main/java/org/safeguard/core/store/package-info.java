/**
 * The core model's store: one SQLite file per home, opened by {@link org.safeguard.core.store.Store},
 * changed only inside {@link org.safeguard.core.store.Store#inTransaction transactions} whose
 * repositories also write the audit trail. Host-side only: plugins never see this package.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.4.0")
package org.safeguard.core.store;
