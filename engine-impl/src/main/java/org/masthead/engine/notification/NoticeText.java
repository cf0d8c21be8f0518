package org.masthead.engine.notification;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.masthead.engine.story.StoryCard;

/**
 * What a notification says, in the app and in its mail, and where it leads.
 *
 * @param message one sentence, such as "Ana started following you."
 * @param path    the site path it links to (the story, or the follower's profile)
 */
public record NoticeText(String message, String path) {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH);

    /** The text of {@code row}; a story deleted since is "a story that was deleted". */
    public static NoticeText of(NotificationRow row) {
        String story = row.storyTitle() == null ? "a story that was deleted" : "“" + row.storyTitle() + "”";
        String storyPath = row.storyTitle() == null ? "/"
                : StoryCard.path(row.storyAuthorUsername(), row.storySlug(), row.storyPublicId());
        String actor = row.actorName() == null ? "Someone" : row.actorName();
        String publication = row.publicationName() == null ? "The publication" : row.publicationName();
        return switch (row.noticeKind()) {
            case FOLLOWER -> new NoticeText(actor + " started following you.",
                    row.actorUsername() == null ? "/" : "/@" + row.actorUsername());
            case RESPONSE -> new NoticeText(actor + " responded to " + story + ".", storyPath);
            case CLAPS -> new NoticeText(claps(row.detail(), story), storyPath);
            case SUBMISSION -> new NoticeText(switch (row.detail()) {
                case "ACCEPTED" -> publication + " accepted " + story + ".";
                case "CHANGES_REQUESTED" -> publication + " asked for changes to " + story + ".";
                default -> publication + " declined " + story + ".";
            }, storyPath);
            case BOOST -> new NoticeText(capitalized(story) + " was Boosted: curators picked it to reach more readers.",
                    storyPath);
        };
    }

    /** From the detail {@code clappers:claps:epochDay}. */
    private static String claps(String detail, String story) {
        String[] parts = detail.split(":");
        long clappers = Long.parseLong(parts[0]);
        long claps = Long.parseLong(parts[1]);
        String day = DAY.format(LocalDate.ofEpochDay(Long.parseLong(parts[2])));
        return clappers + (clappers == 1 ? " reader" : " readers") + " clapped " + claps
                + (claps == 1 ? " time" : " times") + " for " + story + " on " + day + ".";
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
