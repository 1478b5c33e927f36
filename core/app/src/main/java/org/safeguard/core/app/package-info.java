/**
 * The application layer: the use cases every front end shares. A front end (the command
 * line, the scheduler in {@code serve}, later a web console) parses its input, calls one of
 * these services with a {@link org.safeguard.core.app.RequestContext}, and formats what comes
 * back; it never opens a transaction, reads the store or decides a rule. Each service opens its
 * own transactions, audits every read of a child's or a case's records on the path that
 * returns them, and says no with one of three exceptions: {@link
 * org.safeguard.core.api.NotFoundException}, {@link org.safeguard.core.api.InvalidInputException}
 * (every problem at once) or {@link org.safeguard.core.api.RefusedException} (naming the rule).
 * {@link org.safeguard.core.app.Application} builds the services for one home.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.safeguard.core.app;
