package org.masthead.api.privacy;

import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;
import org.masthead.api.content.UserId;

/**
 * An account to erase.
 *
 * @param subject              the closed account
 * @param dataMap              where its data lives
 * @param keepPublishedContent whether the person chose to leave their published stories up, anonymized
 * @param closedAt             when the account was closed
 * @param now                  the engine's clock
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ErasureRequest(UserId subject, DataMap dataMap, boolean keepPublishedContent, Instant closedAt,
                             Instant now) {
    public ErasureRequest {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(dataMap, "dataMap");
        Objects.requireNonNull(closedAt, "closedAt");
        Objects.requireNonNull(now, "now");
    }
}
