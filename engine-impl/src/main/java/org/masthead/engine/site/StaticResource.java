package org.masthead.engine.site;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.regex.Pattern;
import org.masthead.engine.web.ApiException;
import org.masthead.engine.web.WebComponent;

/** Serves the site's bundled stylesheets, scripts and images from {@code /static}, cached for a day. */
@Path("/static")
@WebComponent
public class StaticResource {
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,80}");
    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css;charset=UTF-8", "js", "text/javascript;charset=UTF-8", "svg", "image/svg+xml",
            "png", "image/png", "ico", "image/x-icon");

    /**
     * Front-end libraries bundled from WebJars (pinned in the root pom), served under short names so pages need
     * not know their versions.
     */
    private static final Map<String, String> VENDOR = Map.of(
            "easymde.min.js", "/META-INF/resources/webjars/easymde/2.18.0/dist/easymde.min.js",
            "easymde.min.css", "/META-INF/resources/webjars/easymde/2.18.0/dist/easymde.min.css",
            "chart.umd.min.js", "/META-INF/resources/webjars/chart.js/4.5.1/dist/chart.umd.min.js");

    private final BrandingService branding;

    @Inject
    public StaticResource(BrandingService branding) {
        this.branding = branding;
    }

    /** The branding's colours and fonts as CSS variables over the bundled stylesheet; pages link it by version. */
    @GET
    @Path("branding.css")
    public Response brandingCss(@Context Request request) {
        String css = branding.current().css();
        EntityTag tag = new EntityTag(Integer.toHexString(css.hashCode()));
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        CacheControl cache = new CacheControl();
        cache.setMaxAge(86_400);
        return (notModified != null ? notModified : Response.ok(css, TYPES.get("css"))).tag(tag).cacheControl(cache)
                .build();
    }

    @GET
    @Path("vendor/{name}")
    public Response vendor(@PathParam("name") String name) throws IOException {
        String resource = VENDOR.get(name);
        if (resource == null) {
            throw ApiException.notFound("file");
        }
        return serve(resource, TYPES.get(name.substring(name.lastIndexOf('.') + 1)));
    }

    @GET
    @Path("{name}")
    public Response file(@PathParam("name") String name) throws IOException {
        String extension = name.substring(name.lastIndexOf('.') + 1);
        if (!NAME.matcher(name).matches() || !TYPES.containsKey(extension)) {
            throw ApiException.notFound("file");
        }
        return serve("/static/" + name, TYPES.get(extension));
    }

    private static Response serve(String resource, String type) throws IOException {
        try (InputStream in = StaticResource.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw ApiException.notFound("file");
            }
            CacheControl cache = new CacheControl();
            cache.setMaxAge(86_400);
            return Response.ok(in.readAllBytes(), type).cacheControl(cache).build();
        }
    }
}
