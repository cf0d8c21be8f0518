package org.masthead.engine.account;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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

/**
 * {@code /api/v1/tokens}: a person's integration tokens. Managed with a signed-in session only: a token cannot
 * mint or revoke tokens.
 */
@Path("/api/v1/tokens")
@WebComponent
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TokenResource {

    /**
     * A token request.
     *
     * @param name   a label, such as the tool's name
     * @param scopes Medium's scope names: basicProfile, listPublications, publishPost, uploadImage
     */
    public record NewToken(String name, List<String> scopes) {
    }

    private final TokenService tokens;

    @Inject
    public TokenResource(TokenService tokens) {
        this.tokens = tokens;
    }

    @POST
    public Response issue(NewToken request, @Context SecurityContext context) {
        CurrentUser user = AuthFilter.requireSession(context);
        ApiException.requireBody(request);
        return Response.status(201).entity(tokens.issue(user, request.name(), request.scopes())).build();
    }

    @GET
    public List<TokenMapper.TokenRow> list(@Context SecurityContext context) {
        return tokens.list(AuthFilter.requireSession(context));
    }

    @DELETE
    @Path("{id}")
    public Response revoke(@PathParam("id") String id, @Context SecurityContext context) {
        tokens.revoke(AuthFilter.requireSession(context), id);
        return Response.noContent().build();
    }
}
