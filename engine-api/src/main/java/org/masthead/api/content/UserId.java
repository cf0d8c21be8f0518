package org.masthead.api.content;

import org.apiguardian.api.API;

/**
 * Opaque public identifier of a person with an account (reader, writer, editor, curator or admin).
 *
 * @param value the identifier, non-blank
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record UserId(String value) {
    public UserId {
        Ids.requireValid(value, "user");
    }

    @Override
    public String toString() {
        return value;
    }
}
