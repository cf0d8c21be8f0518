package org.masthead.engine.social;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.masthead.engine.account.CurrentUser;
import org.masthead.engine.web.AuthFilter;
import org.masthead.engine.web.WebComponent;

/**
 * {@code /api/v1/stories/{id}/claps}. Its root is the story resource's, so that JAX-RS merges the two (see
 * {@link SocialResource}).
 */
@Path("/api/v1/stories")
@WebComponent
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StoryEngagementResource {

    private final ClapService claps;

    @Inject
    public StoryEngagementResource(ClapService claps) {
        this.claps = claps;
    }

    @GET
    @Path("{id}/claps")
    public ClapService.Totals claps(@PathParam("id") String id, @Context SecurityContext context) {
        return claps.totals(id, context.getUserPrincipal() instanceof CurrentUser user ? user : null);
    }

    @POST
    @Path("{id}/claps")
    public ClapService.Totals clap(@PathParam("id") String id, ClapService.Claps request,
                                   @Context SecurityContext context) {
        return claps.clap(AuthFilter.requireUser(context), id, request);
    }
}
