package org.masthead.engine.publication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.masthead.engine.account.CurrentUser;
import org.masthead.engine.db.Database;
import org.masthead.engine.db.PublicIds;
import org.masthead.engine.jobs.Outbox;
import org.masthead.engine.jobs.OutboxEvent;
import org.masthead.engine.story.StoryRow;
import org.masthead.engine.story.StoryService;
import org.masthead.engine.web.ApiException;

/**
 * The way stories get into a publication: writers submit, editors accept (which publishes), ask for changes or
 * decline; editors may also ask a writer to add a published story. Each story has one submission per
 * publication, whose state both sides can see.
 */
@ApplicationScoped
public class SubmissionService {
    private static final int MAX_NOTE = 1000;

    /** What an editor decides about a submission. */
    public enum Decision {
        ACCEPT, REQUEST_CHANGES, DECLINE
    }

    private final Database database;
    private final SubmissionMapper submissions;
    private final PublicationService publications;
    private final StoryService stories;
    private final Outbox outbox;
    private final Clock clock;

    @Inject
    public SubmissionService(Database database, PublicationService publications, StoryService stories, Outbox outbox,
                             Clock clock) {
        this.database = database;
        this.submissions = database.mapper(SubmissionMapper.class);
        this.publications = publications;
        this.stories = stories;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Submits a story of {@code writer} to a publication they write for: a first submission, or a new one after
     * changes were requested or it was declined.
     */
    public SubmissionMapper.SubmissionRow submit(CurrentUser writer, String publicationId, String storyId, String note) {
        return database.inTransaction(() -> {
            PublicationRow publication = publications.require(writer, publicationId, Permission.SUBMIT_POSTS);
            StoryRow story = stories.ownStory(writer, storyId);
            if (story.parentId() != null) {
                throw ApiException.badRequest("response", "responses cannot be submitted to publications");
            }
            if (story.publicationId() != null && story.publicationId() != publication.id()) {
                throw ApiException.conflict("other_publication", "the story belongs to another publication");
            }
            SubmissionMapper.SubmissionRow existing = submissions.byStory(publication.id(), story.id());
            if (existing == null) {
                submissions.insert(PublicIds.next(), publication.id(), story.id(), writer.id(),
                        SubmissionState.SUBMITTED.name(), note(note), clock.instant());
            } else {
                SubmissionState state = SubmissionState.valueOf(existing.state());
                if (state != SubmissionState.CHANGES_REQUESTED && state != SubmissionState.DECLINED) {
                    throw ApiException.conflict("already_submitted", "the story is already "
                            + state.name().toLowerCase(Locale.ROOT).replace('_', ' '));
                }
                submissions.transition(existing.id(), state.name(), SubmissionState.SUBMITTED.name(), note(note), null,
                        clock.instant());
            }
            stories.assignPublication(story.id(), publication.id());
            return submissions.byStory(publication.id(), story.id());
        });
    }

    /** An editor's decision on a submitted story. Accepting publishes it in the publication. */
    public SubmissionMapper.SubmissionRow decide(CurrentUser editor, String publicationId, String submissionId,
                                                 Decision decision, String note) {
        if (decision == null) {
            throw ApiException.badRequest("invalid_decision", "decision must be accept, request_changes or decline");
        }
        return database.inTransaction(() -> {
            PublicationRow publication = publications.require(editor, publicationId, Permission.DECIDE_SUBMISSIONS);
            SubmissionMapper.SubmissionRow submission = inPublication(publication, submissionId);
            SubmissionState next = switch (decision) {
                case ACCEPT -> SubmissionState.ACCEPTED;
                case REQUEST_CHANGES -> SubmissionState.CHANGES_REQUESTED;
                case DECLINE -> SubmissionState.DECLINED;
            };
            transition(submission, SubmissionState.SUBMITTED, next, note, editor);
            outbox.append(OutboxEvent.SUBMISSION_DECIDED, submission.id(), next.name());
            if (next == SubmissionState.ACCEPTED) {
                stories.publishAccepted(submission.storyKey());
            } else if (next == SubmissionState.DECLINED) {
                stories.assignPublication(submission.storyKey(), null);
            }
            return submissions.byPublicId(submissionId);
        });
    }

    /** An editor asks the writer of a published story to add it to the publication. */
    public SubmissionMapper.SubmissionRow request(CurrentUser editor, String publicationId, String storyId,
                                                  String note) {
        return database.inTransaction(() -> {
            PublicationRow publication = publications.require(editor, publicationId, Permission.DECIDE_SUBMISSIONS);
            StoryRow story = stories.readableStory(storyId, editor);
            if (!story.isReadable() || story.publicationId() != null || story.parentId() != null) {
                throw ApiException.conflict("not_requestable",
                        "only published stories outside any publication can be requested");
            }
            if (submissions.byStory(publication.id(), story.id()) != null) {
                throw ApiException.conflict("already_submitted", "this story was already submitted or requested");
            }
            submissions.insert(PublicIds.next(), publication.id(), story.id(), story.authorId(),
                    SubmissionState.REQUESTED.name(), note(note), clock.instant());
            return submissions.byStory(publication.id(), story.id());
        });
    }

    /** The writer answers an editor's request: accepting adds the story (and the writer, as a writer). */
    public SubmissionMapper.SubmissionRow answerRequest(CurrentUser writer, String submissionId, boolean accept) {
        return database.inTransaction(() -> {
            SubmissionMapper.SubmissionRow submission = submissions.byPublicId(submissionId);
            if (submission == null || submission.writerKey() != writer.id()) {
                throw ApiException.notFound("submission");
            }
            transition(submission, SubmissionState.REQUESTED,
                    accept ? SubmissionState.ACCEPTED : SubmissionState.DECLINED, submission.note(), writer);
            if (accept) {
                if (publications.roleOf(submission.publicationKey(), writer.id()).isEmpty()) {
                    publications.addContributorUnchecked(submission.publicationKey(), writer.id(), PublicationRole.WRITER);
                }
                stories.assignPublication(submission.storyKey(), submission.publicationKey());
            }
            return submissions.byPublicId(submissionId);
        });
    }

    /** Submissions of a publication in {@code state} (default: submitted), oldest first, for its editors. */
    public List<SubmissionMapper.SubmissionRow> queue(CurrentUser editor, String publicationId, String state) {
        PublicationRow publication = publications.require(editor, publicationId, Permission.DECIDE_SUBMISSIONS);
        return submissions.queue(publication.id(), state(state).name());
    }

    /** Everything {@code writer} submitted or was asked for, most recent first. */
    public List<SubmissionMapper.SubmissionRow> mine(CurrentUser writer) {
        return submissions.ofWriter(writer.id());
    }

    private SubmissionMapper.SubmissionRow inPublication(PublicationRow publication, String submissionId) {
        SubmissionMapper.SubmissionRow submission = submissions.byPublicId(submissionId);
        if (submission == null || submission.publicationKey() != publication.id()) {
            throw ApiException.notFound("submission");
        }
        return submission;
    }

    private void transition(SubmissionMapper.SubmissionRow submission, SubmissionState from, SubmissionState to,
                            String note, CurrentUser by) {
        if (submissions.transition(submission.id(), from.name(), to.name(), note(note), by.id(), clock.instant()) == 0) {
            throw ApiException.conflict("invalid_state", "the submission is "
                    + submission.state().toLowerCase(Locale.ROOT).replace('_', ' ') + ", not "
                    + from.name().toLowerCase(Locale.ROOT).replace('_', ' '));
        }
    }

    private static SubmissionState state(String state) {
        try {
            return state == null ? SubmissionState.SUBMITTED : SubmissionState.valueOf(state.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("invalid_state", "unknown submission state '" + state + "'");
        }
    }

    private static String note(String note) {
        String text = note == null ? "" : note.strip();
        if (text.length() > MAX_NOTE) {
            throw ApiException.badRequest("note_too_long", "a note is at most " + MAX_NOTE + " characters");
        }
        return text;
    }
}
