package org.masthead.api.content;

import org.apiguardian.api.API;

/**
 * Opaque public identifier of a story (Medium style: short lowercase hex). Never a database key.
 *
 * @param value the identifier, non-blank
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record StoryId(String value) {
    public StoryId {
        Ids.requireValid(value, "story");
    }

    @Override
    public String toString() {
        return value;
    }
}
