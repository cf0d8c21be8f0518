package org.masthead.engine.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource method that must not act as the signed-in user: {@link AuthFilter} leaves its requests
 * anonymous, whatever session cookie or bearer token they carry, and so demands no CSRF header. For endpoints that
 * trust only a signed token the site issued itself: the reading beacon (sent by {@code navigator.sendBeacon},
 * which cannot add headers), one-click unsubscribe and email confirmation links (opened from any mail client,
 * signed in or not).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface IgnoresCredentials {
}
