package org.masthead.engine.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import org.masthead.engine.account.CurrentUser;
import org.masthead.engine.db.Database;
import org.masthead.engine.db.PublicIds;

/** Uploaded images: checked and cleaned by the {@link ImageProcessor}, kept in the {@link BlobStore}. */
@ApplicationScoped
public class ImageService {
    private final Database database;
    private final ImageMapper images;
    private final BlobStore blobs;
    private final ImageProcessor processor;
    private final Clock clock;

    @Inject
    public ImageService(Database database, BlobStore blobs, ImageProcessor processor, Clock clock) {
        this.database = database;
        this.images = database.mapper(ImageMapper.class);
        this.blobs = blobs;
        this.processor = processor;
        this.clock = clock;
    }

    /**
     * Stores an image {@code owner} uploaded.
     *
     * @throws org.masthead.engine.web.ApiException 400 when the upload is not an image this site takes
     */
    public ImageRow upload(CurrentUser owner, byte[] upload) {
        ImageProcessor.Processed image = processor.upload(upload);
        return database.inTransaction(() -> store(owner.id(), image));
    }

    /** The stored bytes of the image with this public id, if {@code extension} is the one of its URL. */
    public Optional<BlobStore.Blob> file(String publicId, String extension) {
        ImageRow image = images.byPublicId(publicId);
        if (image == null || !image.format().extension().equals(extension)) {
            return Optional.empty();
        }
        return blobs.get(image.blobKey());
    }

    /** The URL path of the image with this id, if there is one. */
    public Optional<String> path(Long imageId) {
        return imageId == null ? Optional.empty() : Optional.ofNullable(images.byId(imageId)).map(ImageRow::path);
    }

    /** Stores a processed image; joins the caller's transaction. */
    ImageRow store(long ownerId, ImageProcessor.Processed image) {
        String key = blobs.put(image.bytes(), image.format().contentType());
        String publicId = PublicIds.next();
        images.insert(publicId, ownerId, key, image.width(), image.height(), image.format().contentType(),
                clock.instant());
        return images.byPublicId(publicId);
    }

    /** Deletes an image and its bytes; joins the caller's transaction. */
    void delete(long imageId) {
        ImageRow image = images.byId(imageId);
        if (image != null) {
            images.delete(imageId);
            blobs.delete(image.blobKey());
        }
    }
}
