package org.masthead.engine.medium;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.masthead.engine.account.CurrentUser;
import org.masthead.engine.db.Database;
import org.masthead.engine.publication.Permission;
import org.masthead.engine.publication.PublicationRow;
import org.masthead.engine.publication.PublicationService;
import org.masthead.engine.publication.SubmissionService;
import org.masthead.engine.story.StoryService;
import org.masthead.engine.web.ApiException;

/** Creates posts the way Medium's API does, each in one transaction. */
@ApplicationScoped
public class MediumPostService {
    private final Database database;
    private final StoryService stories;
    private final PublicationService publications;
    private final SubmissionService submissions;

    @Inject
    public MediumPostService(Database database, StoryService stories, PublicationService publications,
                             SubmissionService submissions) {
        this.database = database;
        this.stories = stories;
        this.publications = publications;
        this.submissions = submissions;
    }

    /** Creates a post of {@code author} (in {@code publicationId}, if given) and publishes it as asked. */
    public StoryService.Story create(CurrentUser author, MediumApiResource.PostRequest request, String publicationId) {
        ApiException.requireBody(request);
        MediumPosts.PublishStatus status = MediumPosts.PublishStatus.parse(request.publishStatus());
        String title = MediumPosts.title(request.title(),
                StoryService.plainText(request.contentFormat(), request.content()));
        return database.inTransaction(() -> {
            StoryService.Story story = stories.create(author, new StoryService.Draft(title, "", request.contentFormat(),
                    request.content(), MediumPosts.tags(request.tags()), publicationId, request.canonicalUrl(),
                    request.license(), false, false, false));
            String id = story.row().publicId();
            if (status == MediumPosts.PublishStatus.DRAFT) {
                return story;
            }
            boolean unlisted = status == MediumPosts.PublishStatus.UNLISTED;
            if (request.publishedAt() != null) {
                return stories.publishImported(author, id, request.publishedAt(), unlisted);
            }
            return stories.publish(author, id, new StoryService.Publishing(status.wireName(), null,
                    request.notifyFollowers()));
        });
    }

    /**
     * Medium's rule for publication posts: an editor's post is published as asked; a writer's post becomes a
     * draft submitted to the editors, pending until one of them approves it.
     */
    public StoryService.Story createInPublication(CurrentUser author, String publicationId,
                                                  MediumApiResource.PostRequest request) {
        ApiException.requireBody(request);
        return database.inTransaction(() -> {
            PublicationRow publication = publications.require(author, publicationId, Permission.SUBMIT_POSTS);
            if (publications.can(author.id(), publication.id(), Permission.PUBLISH_DIRECTLY)) {
                return create(author, request, publicationId);
            }
            StoryService.Story draft = create(author, new MediumApiResource.PostRequest(request.title(),
                    request.contentFormat(), request.content(), request.tags(), request.canonicalUrl(), "draft",
                    request.license(), request.notifyFollowers(), null), publicationId);
            submissions.submit(author, publicationId, draft.row().publicId(), "Submitted through the API");
            return draft;
        });
    }
}
