package org.masthead.engine.publication;

import org.masthead.engine.web.WebComponent;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.masthead.engine.account.CurrentUser;
import org.masthead.engine.account.UserService;
import org.masthead.engine.web.ApiException;
import org.masthead.engine.web.AuthFilter;

/** {@code /api/v1/publications}. */
@Path("/api/v1/publications")
@WebComponent
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PublicationResource {

    /**
     * A publication as the API shows it.
     *
     * @param id      public id
     * @param slug    URL name
     * @param name    name
     * @param tagline tagline
     */
    public record PublicationView(String id, String slug, String name, String tagline) {
        static PublicationView of(PublicationRow row) {
            return new PublicationView(row.publicId(), row.slug(), row.name(), row.tagline());
        }
    }

    /**
     * A new contributor.
     *
     * @param userId the person's public id
     * @param role   {@code writer} or {@code editor}
     */
    public record NewContributor(String userId, String role) {
    }

    private final PublicationService publications;
    private final UserService users;

    @Inject
    public PublicationResource(PublicationService publications, UserService users) {
        this.publications = publications;
        this.users = users;
    }

    @POST
    @Path("{id}/contributors")
    public Response addContributor(@PathParam("id") String id, NewContributor request,
                                   @Context SecurityContext context) {
        CurrentUser actor = AuthFilter.requireSession(context);
        if (request == null || request.userId() == null || request.role() == null) {
            throw ApiException.badRequest("missing_field", "userId and role are required");
        }
        PublicationService.Role role;
        try {
            role = PublicationService.Role.valueOf(request.role().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("invalid_role", "role must be writer or editor");
        }
        long userId = users.byPublicId(request.userId()).orElseThrow(() -> ApiException.notFound("user")).id();
        publications.addContributor(actor, id, userId, role);
        return Response.status(201).entity(request).build();
    }

    @POST
    public Response create(PublicationService.NewPublication request, @Context SecurityContext context) {
        PublicationRow row = publications.create(AuthFilter.requireSession(context), request);
        return Response.status(201).entity(PublicationView.of(row)).build();
    }

    @GET
    @Path("{id}")
    public PublicationView get(@PathParam("id") String id) {
        return publications.find(id).map(PublicationView::of).orElseThrow(() -> ApiException.notFound("publication"));
    }
}
