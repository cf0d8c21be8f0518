package org.masthead.engine.paywall;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.masthead.engine.account.CurrentUser;
import org.masthead.engine.story.StoryService;
import org.masthead.engine.web.ApiException;
import org.masthead.engine.web.AuthFilter;
import org.masthead.engine.web.WebComponent;

/** The paywall's settings (admins) and a member-only story's friend link (its writer). */
@Path("/api/v1")
@WebComponent
@Produces(MediaType.APPLICATION_JSON)
public class PaywallResource {

    /** A friend link: anyone with it reads the story without the meter. */
    public record FriendLink(String url) {
    }

    private final Paywall paywall;
    private final StoryService stories;

    @Inject
    public PaywallResource(Paywall paywall, StoryService stories) {
        this.paywall = paywall;
        this.stories = stories;
    }

    @GET
    @Path("admin/paywall")
    public PaywallSettings settings(@Context SecurityContext context) {
        AuthFilter.requireAdmin(context);
        return paywall.settings();
    }

    /** Changes the meter or the checkout URL; fields left out keep their value. */
    @PUT
    @Path("admin/paywall")
    public PaywallSettings update(PaywallSettings settings, @Context SecurityContext context) {
        return paywall.update(AuthFilter.requireAdmin(context), settings);
    }

    @GET
    @Path("stories/{id}/friend-link")
    public FriendLink friendLink(@PathParam("id") String id, @Context SecurityContext context) {
        CurrentUser writer = AuthFilter.requireUser(context);
        StoryService.Story story = stories.find(id, writer).orElseThrow(() -> ApiException.notFound("story"));
        return new FriendLink(paywall.friendLink(story.row(), story.card().path(), writer));
    }
}
