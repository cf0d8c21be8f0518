package org.masthead.engine.media;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.IOException;
import java.io.InputStream;
import org.glassfish.jersey.media.multipart.FormDataParam;
import org.masthead.engine.web.AuthFilter;
import org.masthead.engine.web.Upload;
import org.masthead.engine.web.WebComponent;

/** {@code /api/v1/me/avatar}: set or remove the signed-in person's avatar; session only, like profile edits. */
@Path("/api/v1")
@WebComponent
public class AvatarResource {
    private final AvatarService avatars;

    @Inject
    public AvatarResource(AvatarService avatars) {
        this.avatars = avatars;
    }

    @PUT
    @Path("me/avatar")
    @Upload
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    public ImageResource.ImageView set(@FormDataParam(ImageResource.FIELD) InputStream image,
                                       @Context SecurityContext context) throws IOException {
        return ImageResource.ImageView.of(avatars.set(AuthFilter.requireSession(context), ImageResource.bytes(image)));
    }

    @DELETE
    @Path("me/avatar")
    public Response remove(@Context SecurityContext context) {
        avatars.remove(AuthFilter.requireSession(context));
        return Response.noContent().build();
    }
}
