package org.masthead.api.content;

/** Shared validation of the opaque identifier records; not part of the API. */
final class Ids {
    private Ids() {
    }

    static void requireValid(String value, String kind) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(kind + " id must not be blank");
        }
        if (value.length() > 64) {
            throw new IllegalArgumentException(kind + " id is longer than 64 characters");
        }
    }
}
