package org.masthead.engine.publication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.masthead.engine.account.CurrentUser;
import org.masthead.engine.db.Database;
import org.masthead.engine.db.PublicIds;
import org.masthead.engine.jobs.Outbox;
import org.masthead.engine.jobs.OutboxEvent;
import org.masthead.engine.web.ApiException;

/** Publications, their contributors and settings, under Medium's permission matrix ({@link Permission}). */
@ApplicationScoped
public class PublicationService {
    private static final Pattern SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,58}[a-z0-9])?");

    /**
     * A new publication.
     *
     * @param name    its name
     * @param slug    its URL name (lowercase letters, digits and dashes)
     * @param tagline a short description, optional
     */
    public record NewPublication(String name, String slug, String tagline) {
    }

    /**
     * Changed settings; a field left out stays as it is.
     *
     * @param name        name
     * @param tagline     tagline
     * @param description longer description for the about page
     */
    public record Settings(String name, String tagline, String description) {
    }

    private final Database database;
    private final PublicationMapper publications;
    private final Outbox outbox;
    private final Clock clock;

    @Inject
    public PublicationService(Database database, Outbox outbox, Clock clock) {
        this.database = database;
        this.publications = database.mapper(PublicationMapper.class);
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Creates a publication owned by {@code owner}. */
    public PublicationRow create(CurrentUser owner, NewPublication request) {
        ApiException.requireBody(request);
        String name = name(request.name());
        String slug = request.slug() == null ? "" : request.slug().strip();
        String tagline = tagline(request.tagline());
        if (!SLUG.matcher(slug).matches()) {
            throw ApiException.badRequest("invalid_slug", "slug must be 1 to 60 lowercase letters, digits or dashes");
        }
        String publicId = PublicIds.next();
        return database.inTransaction(() -> {
            if (publications.countSlug(slug) > 0) {
                throw ApiException.conflict("slug_taken", "a publication with that slug exists");
            }
            publications.insert(publicId, slug, name, tagline, owner.id(), clock.instant());
            PublicationRow row = publications.byPublicId(publicId);
            publications.insertMember(row.id(), owner.id(), PublicationRole.OWNER.name());
            outbox.append(OutboxEvent.PUBLICATION_CHANGED, row.id());
            return row;
        });
    }

    /** Changes a publication's settings, for its owner and editors. */
    public PublicationRow updateSettings(CurrentUser actor, String publicId, Settings settings) {
        ApiException.requireBody(settings);
        return database.inTransaction(() -> {
            PublicationRow row = require(actor, publicId, Permission.EDIT_SETTINGS);
            String description = settings.description() == null ? row.description() : settings.description().strip();
            if (description.length() > 2000) {
                throw ApiException.badRequest("invalid_description", "description is longer than 2000 characters");
            }
            publications.updateSettings(row.id(),
                    settings.name() == null ? row.name() : name(settings.name()),
                    settings.tagline() == null ? row.tagline() : tagline(settings.tagline()), description);
            outbox.append(OutboxEvent.PUBLICATION_CHANGED, row.id());
            return publications.byId(row.id());
        });
    }

    /** Deletes a publication, for its owner; its stories stay up as their writers' own. */
    public void delete(CurrentUser actor, String publicId) {
        database.inTransaction(() -> {
            long id = require(actor, publicId, Permission.DELETE_PUBLICATION).id();
            publications.softDelete(id, clock.instant());
            outbox.append(OutboxEvent.PUBLICATION_CHANGED, id);
        });
    }

    /**
     * Adds {@code userId} as a contributor with {@code role}: editors need {@link Permission#MANAGE_EDITORS},
     * writers {@link Permission#MANAGE_WRITERS}.
     *
     * @throws ApiException 404 for an unknown publication, 403 when the actor may not, 409 when already a member
     */
    public void addContributor(CurrentUser actor, String publicId, long userId, PublicationRole role) {
        database.inTransaction(() -> {
            PublicationRow publication = require(actor, publicId, managing(role));
            if (publications.roleOf(publication.id(), userId) != null) {
                throw ApiException.conflict("already_contributor", "that person already contributes to this publication");
            }
            publications.insertMember(publication.id(), userId, role.name());
        });
    }

    /** Adds a contributor without a permission check, for flows that checked it themselves. */
    void addContributorUnchecked(long publicationId, long userId, PublicationRole role) {
        publications.insertMember(publicationId, userId, role.name());
    }

    /** Removes a contributor: the owner removes editors and writers, editors remove writers. */
    public void removeContributor(CurrentUser actor, String publicId, long userId) {
        database.inTransaction(() -> {
            PublicationRow publication = find(publicId).orElseThrow(() -> ApiException.notFound("publication"));
            PublicationRole role = roleOf(publication.id(), userId)
                    .orElseThrow(() -> ApiException.notFound("contributor"));
            require(actor, publicId, managing(role));
            publications.deleteMember(publication.id(), userId);
        });
    }

    private static Permission managing(PublicationRole role) {
        return switch (role) {
            case OWNER -> throw ApiException.badRequest("invalid_role", "a publication has exactly one owner");
            case EDITOR -> Permission.MANAGE_EDITORS;
            case WRITER -> Permission.MANAGE_WRITERS;
        };
    }

    public Optional<PublicationRow> find(String publicId) {
        return Optional.ofNullable(publications.byPublicId(publicId));
    }

    /** The publication whose URL name is {@code slug}, unless deleted. */
    public Optional<PublicationRow> bySlug(String slug) {
        return Optional.ofNullable(publications.bySlug(slug));
    }

    /** The publications with these database ids, in no particular order. */
    public List<PublicationRow> byIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : publications.byIds(ids);
    }

    /** The contributors of a publication, by username. */
    public List<PublicationMapper.ContributorRow> contributors(String publicId) {
        PublicationRow publication = find(publicId).orElseThrow(() -> ApiException.notFound("publication"));
        return publications.contributors(publication.id());
    }

    /** The publications {@code userId} contributes to, by name. */
    public List<PublicationRow> ofUser(long userId) {
        return publications.ofUser(userId);
    }

    /** The role of {@code userId} in the publication with database id {@code publicationId}. */
    public Optional<PublicationRole> roleOf(long publicationId, long userId) {
        return Optional.ofNullable(publications.roleOf(publicationId, userId)).map(PublicationRole::valueOf);
    }

    /** Whether {@code userId} has {@code permission} in the publication with database id {@code publicationId}. */
    public boolean can(long userId, long publicationId, Permission permission) {
        return permission.grantedTo(roleOf(publicationId, userId).orElse(null));
    }

    /**
     * The publication, if {@code actor} has {@code permission} in it.
     *
     * @throws ApiException 404 if there is no such publication, 403 if the actor lacks the permission
     */
    public PublicationRow require(CurrentUser actor, String publicId, Permission permission) {
        PublicationRow publication = find(publicId).orElseThrow(() -> ApiException.notFound("publication"));
        if (!can(actor.id(), publication.id(), permission)) {
            throw ApiException.forbidden("your role in this publication does not allow this ("
                    + permission.name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")");
        }
        return publication;
    }

    /** The database id of a publication {@code actor} may submit posts to (404 or 403 otherwise). */
    public long requireContributor(String publicId, CurrentUser actor) {
        return require(actor, publicId, Permission.SUBMIT_POSTS).id();
    }

    /** The public id of the live publication with database id {@code id}, or {@code null} if it was deleted. */
    public String publicId(long id) {
        PublicationRow row = publications.byId(id);
        return row == null || row.deletedAt() != null ? null : row.publicId();
    }

    /** Features a story of the publication to its readers, for owner and editors. */
    public void feature(CurrentUser actor, String publicId, long storyId) {
        database.inTransaction(() -> {
            PublicationRow publication = require(actor, publicId, Permission.FEATURE_POSTS);
            if (publications.countFeature(publication.id(), storyId) == 0) {
                publications.insertFeature(publication.id(), storyId, actor.id(), clock.instant());
            }
        });
    }

    /** Stops featuring a story. */
    public void unfeature(CurrentUser actor, String publicId, long storyId) {
        database.inTransaction(() -> {
            PublicationRow publication = require(actor, publicId, Permission.FEATURE_POSTS);
            if (publications.deleteFeature(publication.id(), storyId) == 0) {
                throw ApiException.notFound("featured story");
            }
        });
    }

    /** The database ids of the stories a publication features, most recent first. */
    public List<Long> featured(String publicId) {
        return publications.featured(find(publicId).orElseThrow(() -> ApiException.notFound("publication")).id());
    }

    private static String name(String raw) {
        String name = raw == null ? "" : raw.strip();
        if (name.isEmpty() || name.length() > 100) {
            throw ApiException.badRequest("invalid_name", "name must be 1 to 100 characters");
        }
        return name;
    }

    private static String tagline(String raw) {
        String tagline = raw == null ? "" : raw.strip();
        if (tagline.length() > 200) {
            throw ApiException.badRequest("invalid_tagline", "tagline is longer than 200 characters");
        }
        return tagline;
    }
}
