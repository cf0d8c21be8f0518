package org.masthead.api.curation;

import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One curation call.
 *
 * @param event   what happened
 * @param story   the story's content
 * @param current its curation state before the event
 * @param signals what the engine knows about it from the rest of the site
 * @param now     the engine's clock
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record CurationRequest(CurationEvent event, StoryContent story, CurationState current,
                              ContentSignals signals, Instant now) {
    public CurationRequest {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(story, "story");
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(signals, "signals");
        Objects.requireNonNull(now, "now");
    }
}
