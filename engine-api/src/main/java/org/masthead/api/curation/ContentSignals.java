package org.masthead.api.curation;

import java.util.List;
import org.apiguardian.api.API;
import org.masthead.api.content.StoryId;

/**
 * Site-wide facts about a story that its own content cannot tell, computed by the engine from its indexes.
 *
 * @param readerReports  open rule-violation reports by readers
 * @param nearDuplicates the most similar other stories on the site, most similar first
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ContentSignals(int readerReports, List<Similar> nearDuplicates) {
    public ContentSignals {
        nearDuplicates = List.copyOf(nearDuplicates);
    }

    /** No signals. */
    public static ContentSignals none() {
        return new ContentSignals(0, List.of());
    }

    /**
     * Another story like this one.
     *
     * @param story      the other story
     * @param similarity estimated Jaccard similarity of their texts, in [0, 1]
     */
    public record Similar(StoryId story, double similarity) {
    }
}
