package org.masthead.engine.account;

import java.security.Principal;
import java.util.Set;

/**
 * The signed-in person of a request.
 *
 * @param id        database id
 * @param publicId  public id
 * @param username  username
 * @param role      staff role
 * @param csrfToken the session's CSRF token, or {@code null} when signed in with an integration token
 * @param scopes    what the integration token allows, or {@code null} for a session (which may do everything)
 */
public record CurrentUser(long id, String publicId, String username, StaffRole role, String csrfToken,
                          Set<Scope> scopes) implements Principal {

    /** Whether this request came with an integration token rather than a session. */
    public boolean viaToken() {
        return scopes != null;
    }

    /** Whether the request may act within {@code scope}. */
    public boolean allows(Scope scope) {
        return scopes == null || scopes.contains(scope);
    }

    @Override
    public String getName() {
        return username;
    }

    public boolean isAdmin() {
        return role == StaffRole.ADMIN;
    }
}
