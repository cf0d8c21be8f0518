package org.masthead.engine.publication;

import java.time.Instant;

/** A row of {@code publication}. */
public record PublicationRow(long id, String publicId, String slug, String name, String tagline, String description,
                             long ownerId, Instant createdAt, Instant deletedAt) {
}
