package org.masthead.engine.embed;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.masthead.engine.media.ImageFileResource;
import org.masthead.engine.web.ApiException;
import org.masthead.engine.web.WebComponent;

/**
 * {@code GET /embeds/thumbnails/{id}.{ext}}: an embed's thumbnail or a link card's image, downloaded once by the
 * engine and served from the site, so that a reader's browser asks no third party for it.
 */
@Path("/embeds")
@WebComponent
public class EmbedThumbnailResource {
    private final EmbedService embeds;

    @Inject
    public EmbedThumbnailResource(EmbedService embeds) {
        this.embeds = embeds;
    }

    @GET
    @Path("thumbnails/{id}.{extension}")
    public Response thumbnail(@PathParam("id") String id, @PathParam("extension") String extension,
                              @Context Request request) {
        return ImageFileResource.immutable(
                embeds.thumbnail(id, extension).orElseThrow(() -> ApiException.notFound("thumbnail")), request);
    }
}
