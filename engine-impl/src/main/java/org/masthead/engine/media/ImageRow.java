package org.masthead.engine.media;

import java.time.Instant;

/** A row of {@code image}: an uploaded image, its bytes in the {@link BlobStore} under {@code blobKey}. */
public record ImageRow(long id, String publicId, long ownerId, String blobKey, int width, int height,
                       String contentType, Instant createdAt) {

    public ImageFormat format() {
        return ImageFormat.ofContentType(contentType);
    }

    /** The image's URL path on the site, such as {@code /images/1a2b3c4d5e6f.png}. */
    public String path() {
        return "/images/" + publicId + "." + format().extension();
    }
}
