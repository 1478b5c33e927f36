package org.safeguard.core.app;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.safeguard.core.model.Role;

/**
 * Who may call an application service method: a user holding any of these roles (roles nest —
 * see {@link Role} — so {@code @Needs(PRACTITIONER)} admits coordinators and administrators too).
 * Every method of every service carries one; the application checks it before the call, and a
 * method without one is refused to everybody. A front end may read it to offer only what its
 * user can do.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Needs {
    Role[] value();
}
