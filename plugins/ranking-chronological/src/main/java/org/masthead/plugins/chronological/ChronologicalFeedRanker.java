package org.masthead.plugins.chronological;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.masthead.api.content.Reason;
import org.masthead.api.ranking.Candidate;
import org.masthead.api.ranking.FeedRanker;
import org.masthead.api.ranking.RankedFeed;
import org.masthead.api.ranking.RankedItem;
import org.masthead.api.ranking.RankingRequest;
import org.masthead.api.ranking.Viewer;
import org.pf4j.Extension;

/**
 * Newest first, and nothing else: no engagement, affinity, Boost or diversity. It still keeps the platform's tier
 * rules ({@link org.masthead.api.ranking.Surface.Kind#admits}), so swapping rankers never widens a story's reach.
 * Each story scores its publication time in epoch seconds; ties go to the smaller story id.
 */
@Extension
public class ChronologicalFeedRanker implements FeedRanker {

    private static final Comparator<Candidate> NEWEST_FIRST = Comparator
            .comparing((Candidate c) -> c.story().publishedAt()).reversed()
            .thenComparing(c -> c.story().id().value());

    @Override
    public RankedFeed rank(RankingRequest request) {
        Viewer viewer = request.viewer();
        List<RankedItem> items = request.candidates().stream()
                .filter(c -> request.surface().kind().admits(c.story().tier(), viewer.follows(c.story())))
                .sorted(NEWEST_FIRST)
                .limit(request.limit())
                .map(c -> new RankedItem(c.story().id(), c.story().publishedAt().getEpochSecond(),
                        List.of(Reason.of("published", "Published " + age(c.story().publishedAt(), request.now()))),
                        Map.of()))
                .toList();
        return new RankedFeed(items);
    }

    /** "just now", "5 minutes ago", "1 hour ago", "3 days ago"; a publication time after {@code now} is "just now". */
    static String age(Instant publishedAt, Instant now) {
        Duration age = Duration.between(publishedAt, now);
        if (age.toMinutes() < 1) {
            return "just now";
        }
        if (age.toHours() < 1) {
            return ago(age.toMinutes(), "minute");
        }
        if (age.toDays() < 1) {
            return ago(age.toHours(), "hour");
        }
        return ago(age.toDays(), "day");
    }

    private static String ago(long count, String unit) {
        return count + " " + unit + (count == 1 ? "" : "s") + " ago";
    }
}
