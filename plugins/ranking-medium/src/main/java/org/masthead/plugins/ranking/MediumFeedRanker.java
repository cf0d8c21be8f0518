package org.masthead.plugins.ranking;

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
import org.pf4j.Extension;

/**
 * The default feed ranker. For now it orders newest first (ties by story id, so the order is total and
 * deterministic) and scores each story by its publication time in epoch seconds; Medium's engagement-weighted
 * distribution replaces this later under the same plugin id.
 */
@Extension
public class MediumFeedRanker implements FeedRanker {

    private static final Comparator<Candidate> NEWEST_FIRST = Comparator
            .comparing((Candidate c) -> c.story().publishedAt()).reversed()
            .thenComparing(c -> c.story().id().value());

    @Override
    public RankedFeed rank(RankingRequest request) {
        List<RankedItem> items = request.candidates().stream()
                .sorted(NEWEST_FIRST)
                .limit(request.limit())
                .map(c -> new RankedItem(c.story().id(), c.story().publishedAt().getEpochSecond(),
                        List.of(reason(c, request.now())), Map.of()))
                .toList();
        return new RankedFeed(items);
    }

    private static Reason reason(Candidate candidate, Instant now) {
        String message = candidate.sources().contains(Candidate.Source.FOLLOWED_WRITER)
                ? "New from a writer you follow"
                : "Published " + age(candidate.story().publishedAt(), now);
        return Reason.of("newest", message);
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
