package org.masthead.engine.account;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.masthead.engine.web.ApiException;
import org.masthead.engine.web.AuthFilter;
import org.masthead.engine.web.WebComponent;

/** {@code /api/v1/admin/users}: everyone with an account, and their staff roles. Admins only; changes audited. */
@Path("/api/v1")
@WebComponent
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PeopleAdminResource {
    private static final int PAGE = 50;

    /**
     * A person as the console lists them.
     *
     * @param id          public id
     * @param username    username
     * @param displayName name
     * @param email       email address
     * @param role        {@code none}, {@code curator} or {@code admin}
     * @param createdAt   when they joined
     * @param suspendedAt when staff suspended the account, or {@code null}
     * @param suspension  what the person is told of the suspension, or {@code null}
     */
    public record Person(String id, String username, String displayName, String email, String role,
                         Instant createdAt, Instant suspendedAt, String suspension) {
        public static Person of(UserRow row) {
            return new Person(row.publicId(), row.username(), row.displayName(), row.email(),
                    row.role().name().toLowerCase(Locale.ROOT), row.createdAt(), row.suspendedAt(),
                    row.suspensionNote());
        }
    }

    /**
     * A staff role to give.
     *
     * @param role {@code none}, {@code curator} or {@code admin}
     */
    public record RoleChange(String role) {
    }

    private final UserService users;

    @Inject
    public PeopleAdminResource(UserService users) {
        this.users = users;
    }

    @GET
    @Path("admin/users")
    public List<Person> people(@QueryParam("q") String query, @QueryParam("page") Integer page,
                               @Context SecurityContext context) {
        AuthFilter.requireAdmin(context);
        int number = page == null ? 0 : page;
        if (number < 0 || number > 100_000) {
            throw ApiException.badRequest("invalid_page", "page must be between 0 and 100000");
        }
        return users.search(query, number * PAGE, PAGE).stream().map(Person::of).toList();
    }

    @PUT
    @Path("admin/users/{id}/role")
    public Person setRole(@PathParam("id") String id, RoleChange change, @Context SecurityContext context) {
        CurrentUser admin = AuthFilter.requireAdmin(context);
        ApiException.requireBody(change);
        StaffRole role;
        try {
            role = StaffRole.valueOf(String.valueOf(change.role()).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("invalid_role", "role must be none, curator or admin");
        }
        return Person.of(users.setStaffRole(admin, id, role));
    }
}
