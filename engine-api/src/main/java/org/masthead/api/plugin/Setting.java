package org.masthead.api.plugin;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * Documents one component of a plugin's configuration record for the admin console's form. Validation itself
 * belongs in the record's compact constructor, which the engine runs on every change.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.FIELD})
public @interface Setting {

    /** Help text shown beside the field. */
    String value();

    /** Smallest allowed value of a numeric setting, shown in the form. */
    double min() default Double.NEGATIVE_INFINITY;

    /** Largest allowed value of a numeric setting, shown in the form. */
    double max() default Double.POSITIVE_INFINITY;
}
