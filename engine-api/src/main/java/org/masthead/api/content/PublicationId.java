package org.masthead.api.content;

import org.apiguardian.api.API;

/**
 * Opaque public identifier of a publication.
 *
 * @param value the identifier, non-blank
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record PublicationId(String value) {
    public PublicationId {
        Ids.requireValid(value, "publication");
    }

    @Override
    public String toString() {
        return value;
    }
}
