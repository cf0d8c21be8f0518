package org.masthead.api.curation;

import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;
import org.masthead.api.content.CurationStatus;

/**
 * A story's curation state as stored.
 *
 * @param status       its status
 * @param eligibleAt   when the automatic check found it eligible, or {@code null} if never (Medium shows 0)
 * @param primaryTopic the topic a curator distributed it into, or {@code null}
 * @param boostedUntil until when a Boost is in force, or {@code null}
 * @param appealUsed   whether the writer has used their one appeal
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record CurationState(CurationStatus status, Instant eligibleAt, String primaryTopic, Instant boostedUntil,
                            boolean appealUsed) {
    public CurationState {
        Objects.requireNonNull(status, "status");
    }

    /** The state of a story that never went through curation. */
    public static CurationState disabled() {
        return new CurationState(CurationStatus.DISABLED, null, null, null, false);
    }
}
