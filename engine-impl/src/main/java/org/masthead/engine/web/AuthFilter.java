package org.masthead.engine.web;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import java.util.Set;
import org.masthead.engine.account.CurrentUser;
import org.masthead.engine.account.SessionService;

/**
 * Resolves the session cookie to the signed-in user, and refuses a state-changing request made with the cookie
 * unless it echoes the session's CSRF token in {@code X-CSRF-Token}.
 */
@Provider
@WebComponent
@Priority(Priorities.AUTHENTICATION)
public class AuthFilter implements ContainerRequestFilter {
    public static final String SESSION_COOKIE = "masthead_session";
    public static final String CSRF_HEADER = "X-CSRF-Token";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final SessionService sessions;

    @Inject
    public AuthFilter(SessionService sessions) {
        this.sessions = sessions;
    }

    @Override
    public void filter(ContainerRequestContext request) {
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

    /** The signed-in user of a request, or 401. */
    public static CurrentUser requireUser(SecurityContext context) {
        if (context.getUserPrincipal() instanceof CurrentUser user) {
            return user;
        }
        throw ApiException.unauthorized();
    }

    /** The signed-in admin of a request, or 401/403. */
    public static CurrentUser requireAdmin(SecurityContext context) {
        CurrentUser user = requireUser(context);
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
            return "SESSION";
        }
    }
}
