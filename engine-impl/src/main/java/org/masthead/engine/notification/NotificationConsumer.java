package org.masthead.engine.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.masthead.engine.db.Database;
import org.masthead.engine.jobs.OutboxConsumer;
import org.masthead.engine.jobs.OutboxEvent;
import org.masthead.engine.story.StoryRow;
import org.masthead.engine.story.StoryService;

/**
 * Turns outbox events into notifications: a new follower, a response to a story, an editor's decision on a
 * submission, a Boost. Each notification's key derives from its event, so an event handed over again after a crash
 * writes nothing twice.
 */
@ApplicationScoped
public class NotificationConsumer implements OutboxConsumer {
    private final NotificationService notifications;
    private final StoryService stories;
    private final NotificationMapper rows;

    @Inject
    public NotificationConsumer(NotificationService notifications, StoryService stories, Database database) {
        this.notifications = notifications;
        this.stories = stories;
        this.rows = database.mapper(NotificationMapper.class);
    }

    @Override
    public String name() {
        return "notifications";
    }

    @Override
    public void accept(OutboxEvent event) {
        switch (event.topic()) {
            case OutboxEvent.USER_FOLLOWED -> {
                long follower = Long.parseLong(event.detail());
                notifications.notify(new NotificationService.Notice(event.subjectId(), NoticeKind.FOLLOWER,
                        "follower:" + event.subjectId() + ":" + follower, follower, null, null, ""));
            }
            case OutboxEvent.RESPONSE_PUBLISHED -> stories.byId(event.subjectId()).ifPresent(response -> {
                StoryRow row = response.row();
                stories.byId(row.parentId()).map(StoryService.Story::row)
                        .filter(parent -> parent.authorId() != row.authorId())
                        .ifPresent(parent -> notifications.notify(new NotificationService.Notice(parent.authorId(),
                                NoticeKind.RESPONSE, "response:" + row.id(), row.authorId(), parent.id(), null, "")));
            });
            case OutboxEvent.SUBMISSION_DECIDED -> {
                NotificationMapper.SubmissionRow submission = rows.submission(event.subjectId());
                if (submission != null) {
                    notifications.notify(new NotificationService.Notice(submission.writerId(), NoticeKind.SUBMISSION,
                            "submission:" + event.id(), submission.decidedBy(), submission.storyId(),
                            submission.publicationId(), event.detail()));
                }
            }
            case OutboxEvent.STORY_BOOSTED -> stories.byId(event.subjectId()).ifPresent(story -> notifications.notify(
                    new NotificationService.Notice(story.row().authorId(), NoticeKind.BOOST,
                            "boost:" + story.row().id(), null, story.row().id(), null, "")));
            default -> {
                // not something anyone is notified of
            }
        }
    }
}
