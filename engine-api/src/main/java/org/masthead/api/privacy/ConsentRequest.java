package org.masthead.api.privacy;

import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Something the engine wants to do that may need a person's consent.
 *
 * @param purpose              what for, such as {@code analytics} or {@code embed:youtube}
 * @param region               ISO 3166 country code of the person as far as known, or {@code null}
 * @param globalPrivacyControl whether the browser sent the Global Privacy Control signal
 * @param granted              the purposes the person has consented to and not withdrawn
 * @param optedOutOfSale       whether the person chose "Do Not Sell or Share"
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ConsentRequest(String purpose, String region, boolean globalPrivacyControl, Set<String> granted,
                             boolean optedOutOfSale) {
    public ConsentRequest {
        Objects.requireNonNull(purpose, "purpose");
        granted = Set.copyOf(granted);
    }
}
