package org.masthead.engine.account;

import java.util.Locale;

/** What an integration token may do, with Medium's scope names. */
public enum Scope {
    BASIC_PROFILE("basicProfile"),
    LIST_PUBLICATIONS("listPublications"),
    PUBLISH_POST("publishPost"),
    UPLOAD_IMAGE("uploadImage");

    private final String wireName;

    Scope(String wireName) {
        this.wireName = wireName;
    }

    /** The name in the API, such as {@code publishPost}. */
    public String wireName() {
        return wireName;
    }

    /** The scope named {@code name} in the API. */
    public static Scope fromWireName(String name) {
        for (Scope scope : values()) {
            if (scope.wireName.equals(name)) {
                return scope;
            }
        }
        throw new IllegalArgumentException("unknown scope '" + name + "'");
    }

    @Override
    public String toString() {
        return wireName.toLowerCase(Locale.ROOT);
    }
}
