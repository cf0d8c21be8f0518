package org.masthead.engine.story;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.masthead.engine.web.ApiException;

/** URL slugs of titles and the normalized form of tags. */
final class Slugs {
    static final int MAX_TAGS = 5;
    private static final int MAX_SLUG = 80;
    private static final int MAX_TAG = 40;

    private Slugs() {
    }

    /** "Hello, Wörld!" becomes "hello-world"; a title with no letters or digits becomes "story". */
    static String of(String title) {
        String slug = normalize(title);
        if (slug.length() > MAX_SLUG) {
            slug = slug.substring(0, MAX_SLUG).replaceAll("-[^-]*$", "");
        }
        return slug.isEmpty() ? "story" : slug;
    }

    private static String normalize(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    }

    /**
     * Normalized, de-duplicated tags in the writer's order.
     *
     * @throws ApiException 400 for more than five tags or a tag with no letters or digits
     */
    static List<String> tags(List<String> raw) {
        if (raw == null) {
            return List.of();
        }
        Set<String> tags = new LinkedHashSet<>();
        for (String tag : raw) {
            String slug = tag == null ? "" : normalize(tag);
            if (slug.isEmpty()) {
                throw ApiException.badRequest("invalid_tag", "tags must contain letters or digits");
            }
            if (slug.length() > MAX_TAG) {
                throw ApiException.badRequest("invalid_tag", "a tag is longer than " + MAX_TAG + " characters");
            }
            tags.add(slug);
        }
        if (tags.size() > MAX_TAGS) {
            throw ApiException.badRequest("too_many_tags", "a story has at most " + MAX_TAGS + " tags");
        }
        return new ArrayList<>(tags);
    }
}
