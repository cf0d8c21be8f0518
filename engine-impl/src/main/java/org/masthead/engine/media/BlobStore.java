package org.masthead.engine.media;

import java.util.Optional;

/**
 * Where uploaded files' bytes live, behind a port so that an object store can replace the database later without
 * touching the features that store files. Keys are opaque and chosen by the store.
 */
public interface BlobStore {

    /**
     * Stored bytes.
     *
     * @param contentType the media type given when stored
     * @param bytes       the content
     * @param sha256      the SHA-256 of the content, hex-encoded
     */
    record Blob(String contentType, byte[] bytes, String sha256) {
    }

    /**
     * Stores {@code bytes}.
     *
     * @return the new blob's key
     */
    String put(byte[] bytes, String contentType);

    /** The blob stored under {@code key}, if any. */
    Optional<Blob> get(String key);

    /** Deletes the blob stored under {@code key}; an unknown key is not an error. */
    void delete(String key);
}
