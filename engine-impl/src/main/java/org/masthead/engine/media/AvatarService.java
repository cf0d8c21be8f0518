package org.masthead.engine.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.masthead.engine.account.CurrentUser;
import org.masthead.engine.account.UserService;
import org.masthead.engine.db.Database;

/**
 * People's avatars: an uploaded image made square, stored as an image of its own, and deleted when it is replaced
 * or removed, so a removed photo is really gone.
 */
@ApplicationScoped
public class AvatarService {
    private final Database database;
    private final ImageService images;
    private final ImageProcessor processor;
    private final UserService users;

    @Inject
    public AvatarService(Database database, ImageService images, ImageProcessor processor, UserService users) {
        this.database = database;
        this.images = images;
        this.processor = processor;
        this.users = users;
    }

    /**
     * Makes an upload {@code user}'s avatar.
     *
     * @throws org.masthead.engine.web.ApiException 400 when the upload is not an image this site takes
     */
    public ImageRow set(CurrentUser user, byte[] upload) {
        ImageProcessor.Processed avatar = processor.avatar(upload);
        return database.inTransaction(() -> {
            ImageRow image = images.store(user.id(), avatar);
            users.replaceAvatar(user.id(), image.id()).ifPresent(images::delete);
            return image;
        });
    }

    /** Removes {@code user}'s avatar, if they have one. */
    public void remove(CurrentUser user) {
        database.inTransaction(() -> users.replaceAvatar(user.id(), null).ifPresent(images::delete));
    }
}
