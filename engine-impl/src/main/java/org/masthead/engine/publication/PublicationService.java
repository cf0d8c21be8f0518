package org.masthead.engine.publication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.masthead.engine.account.CurrentUser;
import org.masthead.engine.db.Database;
import org.masthead.engine.db.PublicIds;
import org.masthead.engine.web.ApiException;

/** Publications and their contributors. */
@ApplicationScoped
public class PublicationService {
    private static final Pattern SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,58}[a-z0-9])?");

    /** Roles in a publication, in Medium's terms. */
    public enum Role {
        OWNER, EDITOR, WRITER
    }

    /**
     * A new publication.
     *
     * @param name    its name
     * @param slug    its URL name (lowercase letters, digits and dashes)
     * @param tagline a short description, optional
     */
    public record NewPublication(String name, String slug, String tagline) {
    }

    private final Database database;
    private final PublicationMapper publications;
    private final Clock clock;

    @Inject
    public PublicationService(Database database, Clock clock) {
        this.database = database;
        this.publications = database.mapper(PublicationMapper.class);
        this.clock = clock;
    }

    /** Creates a publication owned by {@code owner}. */
    public PublicationRow create(CurrentUser owner, NewPublication request) {
        ApiException.requireBody(request);
        String name = request.name() == null ? "" : request.name().strip();
        String slug = request.slug() == null ? "" : request.slug().strip();
        String tagline = request.tagline() == null ? "" : request.tagline().strip();
        if (name.isEmpty() || name.length() > 100) {
            throw ApiException.badRequest("invalid_name", "name must be 1 to 100 characters");
        }
        if (!SLUG.matcher(slug).matches()) {
            throw ApiException.badRequest("invalid_slug", "slug must be 1 to 60 lowercase letters, digits or dashes");
        }
        if (tagline.length() > 200) {
            throw ApiException.badRequest("invalid_tagline", "tagline is longer than 200 characters");
        }
        String publicId = PublicIds.next();
        return database.inTransaction(() -> {
            if (publications.countSlug(slug) > 0) {
                throw ApiException.conflict("slug_taken", "a publication with that slug exists");
            }
            publications.insert(publicId, slug, name, tagline, owner.id(), clock.instant());
            PublicationRow row = publications.byPublicId(publicId);
            publications.insertMember(row.id(), owner.id(), Role.OWNER.name());
            return row;
        });
    }

    /**
     * Adds {@code userId} as a contributor with {@code role}, on behalf of {@code actor}: the owner adds editors
     * and writers, editors add writers (Medium's permission matrix).
     *
     * @throws ApiException 404 for an unknown publication, 403 when the actor may not, 409 when already a member
     */
    public void addContributor(CurrentUser actor, String publicId, long userId, Role role) {
        PublicationRow publication = find(publicId).orElseThrow(() -> ApiException.notFound("publication"));
        database.inTransaction(() -> {
            String actorRole = publications.roleOf(publication.id(), actor.id());
            boolean allowed = Role.OWNER.name().equals(actorRole) && role != Role.OWNER
                    || Role.EDITOR.name().equals(actorRole) && role == Role.WRITER;
            if (!allowed) {
                throw ApiException.forbidden("you may not add " + role.name().toLowerCase(java.util.Locale.ROOT)
                        + "s to this publication");
            }
            if (publications.roleOf(publication.id(), userId) != null) {
                throw ApiException.conflict("already_contributor", "that person already contributes to this publication");
            }
            publications.insertMember(publication.id(), userId, role.name());
        });
    }

    public Optional<PublicationRow> find(String publicId) {
        return Optional.ofNullable(publications.byPublicId(publicId));
    }

    /** The publications with these database ids, in no particular order. */
    public List<PublicationRow> byIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : publications.byIds(ids);
    }

    /**
     * The database id of a publication {@code userId} may write for.
     *
     * @throws ApiException 404 if there is no such publication, 403 if the user does not write for it
     */
    public long requireContributor(String publicId, long userId) {
        PublicationRow publication = find(publicId).orElseThrow(() -> ApiException.notFound("publication"));
        if (publications.roleOf(publication.id(), userId) == null) {
            throw ApiException.forbidden("you are not a writer of this publication");
        }
        return publication.id();
    }

    /** The public id of the publication with database id {@code id}. */
    public String publicId(long id) {
        return publications.publicIdOf(id);
    }
}
