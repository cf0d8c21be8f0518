package org.masthead.engine.notification;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.util.List;
import org.masthead.engine.account.Scope;
import org.masthead.engine.web.AuthFilter;
import org.masthead.engine.web.WebComponent;

/** {@code /api/v1/notifications}: the signed-in person's notifications, and marking them read. */
@Path("/api/v1")
@WebComponent
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NotificationResource {

    /**
     * A notification as the API shows it.
     *
     * @param id        public id
     * @param kind      {@code follower}, {@code response}, {@code claps}, {@code submission} or {@code boost}
     * @param message   what happened, in one sentence
     * @param url       the site path it leads to
     * @param actorId   public id of who did it, if someone did
     * @param storyId   public id of the story it is about, if any
     * @param createdAt when
     * @param read      whether it was marked read
     */
    public record NotificationView(String id, String kind, String message, String url, String actorId,
                                   String storyId, Instant createdAt, boolean read) {
        static NotificationView of(NotificationRow row) {
            NoticeText text = NoticeText.of(row);
            return new NotificationView(row.publicId(), row.noticeKind().wireName(), text.message(), text.path(),
                    row.actorPublicId(), row.storyPublicId(), row.createdAt(), row.readAt() != null);
        }
    }

    /**
     * A page of notifications.
     *
     * @param unread        unread notifications in all
     * @param notifications the latest first
     */
    public record NotificationsView(long unread, List<NotificationView> notifications) {
    }

    private final NotificationService notifications;

    @Inject
    public NotificationResource(NotificationService notifications) {
        this.notifications = notifications;
    }

    @GET
    @Path("notifications")
    public NotificationsView list(@QueryParam("unread") boolean unreadOnly, @QueryParam("limit") Integer limit,
                                  @Context SecurityContext context) {
        NotificationService.Page page = notifications.list(AuthFilter.requireUser(context, Scope.BASIC_PROFILE),
                unreadOnly, limit);
        return new NotificationsView(page.unread(), page.notifications().stream().map(NotificationView::of).toList());
    }

    @POST
    @Path("notifications/{id}/read")
    public Response markRead(@PathParam("id") String id, @Context SecurityContext context) {
        notifications.markRead(AuthFilter.requireUser(context, Scope.BASIC_PROFILE), id);
        return Response.noContent().build();
    }

    @POST
    @Path("notifications/read")
    public Response markAllRead(@Context SecurityContext context) {
        notifications.markAllRead(AuthFilter.requireUser(context, Scope.BASIC_PROFILE));
        return Response.noContent().build();
    }
}
