package org.masthead.engine.account;

import java.security.Principal;

/**
 * The signed-in person of a request.
 *
 * @param id        database id
 * @param publicId  public id
 * @param username  username
 * @param role      staff role
 * @param csrfToken the session's CSRF token, or {@code null} when signed in with a bearer token
 */
public record CurrentUser(long id, String publicId, String username, StaffRole role, String csrfToken)
        implements Principal {

    @Override
    public String getName() {
        return username;
    }

    public boolean isAdmin() {
        return role == StaffRole.ADMIN;
    }
}
