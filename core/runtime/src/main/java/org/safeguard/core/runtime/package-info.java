/**
 * The running platform: a {@link org.safeguard.core.runtime.Home} folder, the embedded Felix
 * {@link org.safeguard.core.runtime.Container} with Declarative Services, and the registries
 * that collect what enabled plugins contribute. Host-side only; plugins never see it.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.safeguard.core.runtime;
