package org.masthead.api.curation;

import java.util.Objects;
import org.apiguardian.api.API;
import org.masthead.api.content.StorySummary;

/**
 * A story's content as the Distribution Standards check reads it.
 *
 * @param summary    its summary
 * @param subtitle   its subtitle, may be empty
 * @param plainText  its body as plain text (markup removed)
 * @param wordCount  words in the body
 * @param linkCount  links in the body
 * @param nsfw       whether the writer flagged it as not safe for work
 * @param aiDisclosed whether the writer disclosed AI-generated content
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record StoryContent(StorySummary summary, String subtitle, String plainText, int wordCount, int linkCount,
                           boolean nsfw, boolean aiDisclosed) {
    public StoryContent {
        Objects.requireNonNull(summary, "summary");
        subtitle = subtitle == null ? "" : subtitle;
        Objects.requireNonNull(plainText, "plainText");
    }
}
