package org.masthead.engine.media;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.masthead.engine.web.ApiException;
import org.masthead.engine.web.WebComponent;

/**
 * {@code GET /images/{id}.{ext}}: an uploaded image's bytes, cached by browsers and proxies for a year. The path is
 * outside {@code /api}, so an unknown image gets the site's readable 404 page.
 */
@Path("/images")
@WebComponent
public class ImageFileResource {
    // An image's bytes never change under its URL: a new upload gets a new id (and so does a new thumbnail).
    private static final String CACHE_FOREVER = "public, max-age=31536000, immutable";

    private final ImageService images;

    @Inject
    public ImageFileResource(ImageService images) {
        this.images = images;
    }

    @GET
    @Path("{id}.{extension}")
    public Response file(@PathParam("id") String id, @PathParam("extension") String extension,
                         @Context Request request) {
        return immutable(images.file(id, extension).orElseThrow(() -> ApiException.notFound("image")), request);
    }

    /**
     * The response serving a blob whose bytes never change under its URL: cached for a year, revalidated by its
     * hash.
     */
    public static Response immutable(BlobStore.Blob blob, Request request) {
        EntityTag tag = new EntityTag(blob.sha256());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        Response.ResponseBuilder response = notModified != null ? notModified
                : Response.ok(blob.bytes(), blob.contentType());
        return response.tag(tag).header(HttpHeaders.CACHE_CONTROL, CACHE_FOREVER).build();
    }
}
