package org.masthead.engine.site;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.masthead.engine.web.ApiException;
import org.masthead.engine.web.AuthFilter;
import org.masthead.engine.web.WebComponent;

/** The site's branding: read by anyone, changed by admins. */
@Path("/api/v1")
@WebComponent
@Tag(name = "Site")
public class BrandingResource {
    private final BrandingService branding;

    @Inject
    public BrandingResource(BrandingService branding) {
        this.branding = branding;
    }

    @GET
    @Path("branding")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The site's name, logo, colours, fonts, navigation, footer and theme")
    public Branding get() {
        return branding.current();
    }

    @PUT
    @Path("admin/branding")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the branding (admins); applies at once, without a restart")
    public Branding put(Branding request, @Context SecurityContext context) {
        ApiException.requireBody(request);
        return branding.update(AuthFilter.requireAdmin(context), request);
    }
}
