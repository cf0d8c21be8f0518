package org.masthead.engine.medium;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.masthead.engine.web.ApiException;

/** Medium's documented rules for posts created through its API, applied before the engine's own. */
final class MediumPosts {
    static final int MAX_TITLE = 100;
    static final int MAX_TAGS = 3;
    static final int MAX_TAG = 25;

    private MediumPosts() {
    }

    /**
     * The title to use: Medium ignores a title over 100 characters and synthesizes one from the start of the
     * content.
     */
    static String title(String title, String plainContent) {
        if (title != null && !title.isBlank() && title.strip().length() <= MAX_TITLE) {
            return title.strip();
        }
        String text = plainContent.strip();
        if (text.isEmpty()) {
            throw ApiException.badRequest("missing_title", "a post needs a title of at most 100 characters or some content");
        }
        if (text.length() <= MAX_TITLE) {
            return text;
        }
        String cut = text.substring(0, MAX_TITLE - 1);
        int space = cut.lastIndexOf(' ');
        return (space > MAX_TITLE / 2 ? cut.substring(0, space) : cut) + "…";
    }

    /** Medium uses only the first three tags and ignores tags longer than 25 characters. */
    static List<String> tags(List<String> tags) {
        List<String> kept = new ArrayList<>();
        if (tags != null) {
            for (String tag : tags) {
                if (tag != null && !tag.isBlank() && tag.strip().length() <= MAX_TAG && kept.size() < MAX_TAGS) {
                    kept.add(tag.strip());
                }
            }
        }
        return kept;
    }

    /** Medium's publish statuses. */
    enum PublishStatus {
        PUBLIC, DRAFT, UNLISTED;

        static PublishStatus parse(String value) {
            if (value == null) {
                return PUBLIC;
            }
            try {
                return valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest("invalid_publish_status", "publishStatus must be public, draft or unlisted");
            }
        }

        String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
