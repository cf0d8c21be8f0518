package org.masthead.engine.site;

import org.masthead.engine.web.WebComponent;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.regex.Pattern;
import org.masthead.engine.web.ApiException;

/** Serves the site's bundled stylesheets, scripts and images from {@code /static}, cached for a day. */
@Path("/static")
@WebComponent
public class StaticResource {
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,80}");
    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css;charset=UTF-8", "js", "text/javascript;charset=UTF-8", "svg", "image/svg+xml",
            "png", "image/png", "ico", "image/x-icon");

    @GET
    @Path("{name}")
    public Response file(@PathParam("name") String name) throws IOException {
        String extension = name.substring(name.lastIndexOf('.') + 1);
        if (!NAME.matcher(name).matches() || !TYPES.containsKey(extension)) {
            throw ApiException.notFound("file");
        }
        try (InputStream in = StaticResource.class.getResourceAsStream("/static/" + name)) {
            if (in == null) {
                throw ApiException.notFound("file");
            }
            CacheControl cache = new CacheControl();
            cache.setMaxAge(86_400);
            return Response.ok(in.readAllBytes(), TYPES.get(extension)).cacheControl(cache).build();
        }
    }
}
