package org.masthead.api.ranking;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One ranking call.
 *
 * @param surface    where the feed will be shown
 * @param viewer     who will see it (possibly anonymous)
 * @param candidates the stories the engine gathered, newest first
 * @param limit      how many items the surface shows at most
 * @param now        the engine's clock at the time of the request
 * @param seed       a seed for any randomness, stable for the same viewer, surface and day
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record RankingRequest(Surface surface, Viewer viewer, List<Candidate> candidates, int limit, Instant now,
                             long seed) {
    public RankingRequest {
        Objects.requireNonNull(surface, "surface");
        Objects.requireNonNull(viewer, "viewer");
        Objects.requireNonNull(now, "now");
        candidates = List.copyOf(candidates);
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative");
        }
    }
}
