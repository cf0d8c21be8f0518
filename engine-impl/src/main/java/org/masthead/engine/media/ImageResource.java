package org.masthead.engine.media;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.IOException;
import java.io.InputStream;
import org.glassfish.jersey.media.multipart.FormDataParam;
import org.masthead.engine.account.Scope;
import org.masthead.engine.web.ApiException;
import org.masthead.engine.web.AuthFilter;
import org.masthead.engine.web.Upload;
import org.masthead.engine.web.WebComponent;

/** {@code POST /api/v1/images}: upload an image; {@link ImageFileResource} serves it. */
@Path("/api/v1")
@WebComponent
public class ImageResource {
    /** The field of a multipart form that holds the image. */
    public static final String FIELD = "image";

    /**
     * An uploaded image as the API shows it.
     *
     * @param id          public id
     * @param url         path of the image on the site
     * @param width       width in pixels
     * @param height      height in pixels
     * @param contentType media type as stored
     */
    public record ImageView(String id, String url, int width, int height, String contentType) {
        static ImageView of(ImageRow image) {
            return new ImageView(image.publicId(), image.path(), image.width(), image.height(), image.contentType());
        }
    }

    private final ImageService images;

    @Inject
    public ImageResource(ImageService images) {
        this.images = images;
    }

    @POST
    @Path("images")
    @Upload
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    public Response upload(@FormDataParam(FIELD) InputStream image, @Context SecurityContext context)
            throws IOException {
        ImageRow stored = images.upload(AuthFilter.requireUser(context, Scope.UPLOAD_IMAGE), bytes(image));
        return Response.status(201).entity(ImageView.of(stored)).build();
    }

    /**
     * The bytes of the form's image field.
     *
     * @throws ApiException 400 {@code missing_image} when the form has no such field
     */
    public static byte[] bytes(InputStream image) throws IOException {
        if (image == null) {
            throw ApiException.badRequest("missing_image", "the form has no '" + FIELD + "' field");
        }
        return image.readAllBytes();
    }
}
