package org.masthead.engine.payout;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.masthead.engine.web.ApiException;
import org.masthead.engine.web.AuthFilter;
import org.masthead.engine.web.WebComponent;

/** Monthly payout runs for admins (settings, make, approve, export) and writers' own statements. */
@Path("/api/v1")
@WebComponent
@Produces(MediaType.APPLICATION_JSON)
public class StatementResource {

    /** A run to make. */
    public record RunRequest(String month) {
    }

    private final PayoutStatements statements;

    @Inject
    public StatementResource(PayoutStatements statements) {
        this.statements = statements;
    }

    @GET
    @Path("admin/payout-settings")
    public PayoutSettings settings(@Context SecurityContext context) {
        AuthFilter.requireAdmin(context);
        return statements.settings();
    }

    @PUT
    @Path("admin/payout-settings")
    public PayoutSettings update(PayoutSettings change, @Context SecurityContext context) {
        return statements.update(AuthFilter.requireAdmin(context), change);
    }

    @GET
    @Path("admin/payout-runs")
    public List<PayoutStatements.Run> runs(@Context SecurityContext context) {
        AuthFilter.requireAdmin(context);
        return statements.runs();
    }

    @POST
    @Path("admin/payout-runs")
    public Response create(RunRequest request, @Context SecurityContext context) {
        var admin = AuthFilter.requireAdmin(context);
        ApiException.requireBody(request);
        return Response.status(201).entity(statements.create(admin, request.month())).build();
    }

    @GET
    @Path("admin/payout-runs/{month}")
    public PayoutStatements.Run run(@PathParam("month") String month, @Context SecurityContext context) {
        AuthFilter.requireAdmin(context);
        return statements.run(month);
    }

    @POST
    @Path("admin/payout-runs/{month}/approve")
    public PayoutStatements.Run approve(@PathParam("month") String month, @Context SecurityContext context) {
        return statements.approve(AuthFilter.requireAdmin(context), month);
    }

    @DELETE
    @Path("admin/payout-runs/{month}")
    public Response discard(@PathParam("month") String month, @Context SecurityContext context) {
        statements.discard(AuthFilter.requireAdmin(context), month);
        return Response.noContent().build();
    }

    /** The provider's file: {@code month,writer_id,username,currency,amount,amount_minor}. */
    @GET
    @Path("admin/payout-runs/{month}/export.csv")
    @Produces("text/csv")
    public Response export(@PathParam("month") String month, @Context SecurityContext context) {
        AuthFilter.requireAdmin(context);
        return Response.ok(statements.export(month), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"payouts-" + month + ".csv\"").build();
    }

    @GET
    @Path("me/statements")
    public List<PayoutStatements.WriterStatement> mine(@Context SecurityContext context) {
        return statements.ofWriter(AuthFilter.requireUser(context).id());
    }
}
