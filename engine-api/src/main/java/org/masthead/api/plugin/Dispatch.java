package org.masthead.api.plugin;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * Declares, on an extension point interface, how the engine combines its implementations and how long one call
 * may take before the engine's guard gives up on it and uses its bundled fallback.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Dispatch {

    /** How implementations combine. */
    Mode value();

    /** Default time budget of one call in milliseconds; an admin can change it per extension point. */
    long budgetMillis() default 500;

    /** The ways implementations of one extension point combine. */
    enum Mode {
        /** One implementation is active (chosen by an admin); others may run in shadow to compare. */
        ONE_ACTIVE,
        /** Every enabled implementation runs in the admin's order; the first that accepts the input wins. */
        ORDERED_FIRST_MATCH
    }
}
