package org.masthead.engine.web;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Stereotype;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a JAX-RS resource or provider as a CDI bean that {@link WebServer} hands to Jersey as a singleton. A
 * stereotype rather than a bare {@code @Dependent}, because Jersey's injector would read a scope annotation on the
 * class as its own scope and refuse the instance.
 */
@Stereotype
@Dependent
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface WebComponent {
}
