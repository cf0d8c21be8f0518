package org.masthead.engine.audit;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.masthead.engine.web.ApiException;
import org.masthead.engine.web.AuthFilter;
import org.masthead.engine.web.WebComponent;

/** {@code GET /api/v1/admin/audit}: the audit log, newest first, for admins. */
@Path("/api/v1")
@WebComponent
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {
    private static final int MAX_LIMIT = 200;

    private final AuditLog audit;

    @Inject
    public AuditResource(AuditLog audit) {
        this.audit = audit;
    }

    /** Events, optionally of one {@code action}; page back with {@code before} (the last id seen). */
    @GET
    @Path("admin/audit")
    public List<AuditLog.Event> recent(@QueryParam("action") String action, @QueryParam("before") Long before,
                                       @QueryParam("limit") Integer limit, @Context SecurityContext context) {
        AuthFilter.requireAdmin(context);
        return audit.recent(action, before, ApiException.limit(limit, 50, MAX_LIMIT));
    }
}
