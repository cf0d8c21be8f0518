package org.masthead.api.ranking;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;
import org.masthead.api.content.Reason;
import org.masthead.api.content.StoryId;

/**
 * One story in a ranked feed, explained.
 *
 * @param story          the candidate's id
 * @param score          the ranker's score (higher is better; its scale is the ranker's own)
 * @param reasons        at least one reason, shown to the reader under "Why am I seeing this?"
 * @param scoreBreakdown named parts of the score, shown to admins in the console (may be empty)
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record RankedItem(StoryId story, double score, List<Reason> reasons, Map<String, Double> scoreBreakdown) {
    public RankedItem {
        Objects.requireNonNull(story, "story");
        reasons = List.copyOf(reasons);
        scoreBreakdown = Map.copyOf(scoreBreakdown);
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("a ranked item needs at least one reason");
        }
        if (Double.isNaN(score)) {
            throw new IllegalArgumentException("score must be a number");
        }
    }
}
