package org.masthead.engine.membership;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Clock;
import java.util.List;
import org.masthead.engine.account.CurrentUser;
import org.masthead.engine.account.UserRow;
import org.masthead.engine.account.UserService;
import org.masthead.engine.audit.AuditLog;
import org.masthead.engine.web.ApiException;
import org.masthead.engine.web.AuthFilter;
import org.masthead.engine.web.WebComponent;

/**
 * Plans (public), a person's own membership, and the admin's offline adapter: comped memberships and invoices
 * paid outside the site, cancellations and refunds.
 */
@Path("/api/v1")
@WebComponent
@Produces(MediaType.APPLICATION_JSON)
public class MembershipResource {
    static final String MANUAL = "MANUAL";

    /** An admin's grant: a person by username, a plan by code, and an optional invoice or note reference. */
    public record Grant(String user, String plan, String reference) {
    }

    /** A refund: {@code full} voids the period from its first day (a chargeback); otherwise it ends today. */
    public record Refund(Boolean full) {
    }

    /** Whether the person is a member now, and their periods, newest first. */
    public record Status(boolean member, List<MembershipService.Membership> memberships) {
    }

    private final MembershipService memberships;
    private final UserService users;
    private final AuditLog audit;
    private final Clock clock;

    @Inject
    public MembershipResource(MembershipService memberships, UserService users, AuditLog audit, Clock clock) {
        this.memberships = memberships;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    @GET
    @Path("plans")
    public List<MembershipService.Plan> plans() {
        return memberships.plans();
    }

    @POST
    @Path("admin/plans")
    public Response createPlan(MembershipService.NewPlan plan, @Context SecurityContext context) {
        return Response.status(201).entity(memberships.createPlan(AuthFilter.requireAdmin(context), plan)).build();
    }

    @GET
    @Path("me/membership")
    public Status mine(@Context SecurityContext context) {
        CurrentUser user = AuthFilter.requireUser(context);
        return new Status(users.isMember(user.id(), clock.instant()), memberships.ofUser(user.id()));
    }

    @POST
    @Path("admin/memberships")
    public Response grant(Grant grant, @Context SecurityContext context) {
        CurrentUser admin = AuthFilter.requireAdmin(context);
        ApiException.requireBody(grant);
        UserRow user = users.byUsername(grant.user() == null ? "" : grant.user())
                .orElseThrow(() -> ApiException.notFound("person"));
        String reference = grant.reference() == null || grant.reference().isBlank() ? null : grant.reference().strip();
        if (reference != null && reference.length() > 100) {
            throw ApiException.badRequest("invalid_reference", "reference must be at most 100 characters");
        }
        MembershipService.Membership granted = memberships.grant(user.id(), grant.plan(), MANUAL, reference);
        audit.record(admin, "membership.granted", user.username(), granted.id() + " " + granted.plan());
        return Response.status(201).entity(granted).build();
    }

    @POST
    @Path("admin/memberships/{id}/cancel")
    public MembershipService.Membership cancel(@PathParam("id") String id, @Context SecurityContext context) {
        CurrentUser admin = AuthFilter.requireAdmin(context);
        MembershipService.Membership ended = memberships.end(id, "CANCELED", false);
        audit.record(admin, "membership.canceled", id, ended.state());
        return ended;
    }

    /** The body is optional: without it the refund ends the period today. */
    @POST
    @Path("admin/memberships/{id}/refund")
    public MembershipService.Membership refund(@PathParam("id") String id, Refund refund,
                                               @Context SecurityContext context) {
        CurrentUser admin = AuthFilter.requireAdmin(context);
        boolean full = refund != null && Boolean.TRUE.equals(refund.full());
        MembershipService.Membership ended = memberships.end(id, "REFUNDED", full);
        audit.record(admin, "membership.refunded", id, full ? "full refund" : "refunded from today");
        return ended;
    }
}
