package org.masthead.engine.notification;

import java.time.Instant;

/**
 * A notification with the names it shows: who did it, the story and the publication it is about (each
 * {@code null} when there is none, or when it was deleted since).
 *
 * @param id                  database id
 * @param publicId            public id
 * @param userId              who it is for
 * @param kind                {@link NoticeKind} name
 * @param detail              kind-specific detail
 * @param createdAt           when
 * @param readAt              when it was marked read, or {@code null}
 * @param actorPublicId       who did it
 * @param actorUsername       their username
 * @param actorName           their display name
 * @param storyPublicId       the story
 * @param storyTitle          its title
 * @param storySlug           its slug
 * @param storyAuthorUsername its writer's username
 * @param publicationName     the publication
 */
public record NotificationRow(long id, String publicId, long userId, String kind, String detail, Instant createdAt,
                              Instant readAt, String actorPublicId, String actorUsername, String actorName,
                              String storyPublicId, String storyTitle, String storySlug, String storyAuthorUsername,
                              String publicationName) {

    public NoticeKind noticeKind() {
        return NoticeKind.valueOf(kind);
    }
}
