package org.masthead.engine.story;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.net.URISyntaxException;
import org.masthead.engine.web.ApiException;
import org.masthead.engine.web.AuthFilter;
import org.masthead.engine.web.WebComponent;

/** {@code POST /api/v1/admin/embeds/refresh}: an admin has embedded URLs resolved again. */
@Path("/api/v1")
@WebComponent
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EmbedRefreshResource {

    /**
     * What to refresh.
     *
     * @param url only this URL and the stories embedding it; every embedded URL when absent
     */
    public record Refresh(String url) {
    }

    private final StoryService stories;

    @Inject
    public EmbedRefreshResource(StoryService stories) {
        this.stories = stories;
    }

    /**
     * Resolves embedded URLs again, bypassing the cache, and renders the stories embedding them anew; a provider
     * that is gone turns its embeds into plain links. The body is optional.
     */
    @POST
    @Path("admin/embeds/refresh")
    public StoryService.EmbedRefresh refresh(Refresh refresh, @Context SecurityContext context) {
        AuthFilter.requireAdmin(context);
        return stories.refreshEmbeds(refresh == null || refresh.url() == null ? null : url(refresh.url()));
    }

    private static URI url(String text) {
        try {
            URI url = new URI(text.strip());
            String scheme = url.getScheme() == null ? "" : url.getScheme();
            if ((scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https")) && url.getHost() != null
                    && text.length() <= 2000) {
                return url;
            }
        } catch (URISyntaxException e) {
            // reported below like any other unusable URL
        }
        throw ApiException.badRequest("invalid_url", "url must be an absolute http(s) URL");
    }
}
