package org.masthead.engine.web;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import java.util.Set;
import org.glassfish.jersey.server.ExtendedUriInfo;
import org.masthead.engine.account.CurrentUser;
import org.masthead.engine.account.Scope;
import org.masthead.engine.account.SessionService;
import org.masthead.engine.account.TokenService;

/**
 * Resolves {@code Authorization: Bearer <integration token>} or the session cookie to the signed-in user, and
 * refuses a state-changing request made with the cookie unless it echoes the session's CSRF token in
 * {@code X-CSRF-Token} (a bearer token is not sent by browsers on their own, so it needs no CSRF token).
 */
@Provider
@WebComponent
@Priority(Priorities.AUTHENTICATION)
public class AuthFilter implements ContainerRequestFilter {
    public static final String SESSION_COOKIE = "masthead_session";
    public static final String CSRF_HEADER = "X-CSRF-Token";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final SessionService sessions;
    private final TokenService tokens;

    @Inject
    public AuthFilter(SessionService sessions, TokenService tokens) {
        this.sessions = sessions;
        this.tokens = tokens;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (ignoresCredentials(request)) {
            return;
        }
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization != null) {
            if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
                throw new ApiException(401, "invalid_token", "the Authorization header must be 'Bearer <token>'");
            }
            CurrentUser user = tokens.find(authorization.substring(7).strip()).orElseThrow(
                    () -> new ApiException(401, "invalid_token", "the token is unknown or revoked"));
            request.setSecurityContext(new UserSecurityContext(user, request.getSecurityContext().isSecure()));
            return;
        }
        Cookie cookie = request.getCookies().get(SESSION_COOKIE);
        if (cookie == null) {
            return;
        }
        sessions.find(cookie.getValue()).ifPresent(user -> {
            if (!SAFE_METHODS.contains(request.getMethod())
                    && !user.csrfToken().equals(request.getHeaderString(CSRF_HEADER))) {
                throw ApiException.forbidden("missing or wrong " + CSRF_HEADER + " header");
            }
            boolean secure = request.getSecurityContext().isSecure();
            request.setSecurityContext(new UserSecurityContext(user, secure));
        });
    }

    private static boolean ignoresCredentials(ContainerRequestContext request) {
        return request.getUriInfo() instanceof ExtendedUriInfo info && info.getMatchedResourceMethod() != null
                && info.getMatchedResourceMethod().getInvocable().getDefinitionMethod()
                        .isAnnotationPresent(IgnoresCredentials.class);
    }

    /** The signed-in user of a request, or {@code null} for an anonymous one. */
    public static CurrentUser currentUser(SecurityContext context) {
        return context.getUserPrincipal() instanceof CurrentUser user ? user : null;
    }

    /** The signed-in user of a request, or 401. */
    public static CurrentUser requireUser(SecurityContext context) {
        if (context.getUserPrincipal() instanceof CurrentUser user) {
            return user;
        }
        throw ApiException.unauthorized();
    }

    /** The signed-in user of a request whose session or token allows {@code scope}, or 401/403. */
    public static CurrentUser requireUser(SecurityContext context, Scope scope) {
        CurrentUser user = requireUser(context);
        if (!user.allows(scope)) {
            throw new ApiException(403, "insufficient_scope", "the token lacks the " + scope.wireName() + " scope");
        }
        return user;
    }

    /** The user of a signed-in browser session (not an integration token), or 401/403. */
    public static CurrentUser requireSession(SecurityContext context) {
        CurrentUser user = requireUser(context);
        if (user.viaToken()) {
            throw ApiException.forbidden("integration tokens cannot do this; sign in instead");
        }
        return user;
    }

    /** The signed-in admin of a request, or 401/403. */
    public static CurrentUser requireAdmin(SecurityContext context) {
        CurrentUser user = requireSession(context);
        if (!user.isAdmin()) {
            throw ApiException.forbidden("only admins may do this");
        }
        return user;
    }

    private record UserSecurityContext(CurrentUser user, boolean secure) implements SecurityContext {
        @Override
        public Principal getUserPrincipal() {
            return user;
        }

        @Override
        public boolean isUserInRole(String role) {
            return user.role().name().equalsIgnoreCase(role);
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getAuthenticationScheme() {
            return user.viaToken() ? "BEARER" : "SESSION";
        }
    }
}
