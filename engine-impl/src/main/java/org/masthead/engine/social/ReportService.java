package org.masthead.engine.social;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import org.masthead.engine.account.CurrentUser;
import org.masthead.engine.db.Database;
import org.masthead.engine.db.DuplicateKeys;
import org.masthead.engine.db.PublicIds;
import org.masthead.engine.story.StoryRow;
import org.masthead.engine.story.StoryService;
import org.masthead.engine.web.ApiException;

/** Readers' reports of stories, kept for the moderators' queue. A reader has one open report per story. */
@ApplicationScoped
public class ReportService {
    private static final int MAX_NOTE = 1000;

    /** Why a story is reported. */
    public enum Reason {
        SPAM, HARASSMENT, RULES, OTHER;

        static Reason parse(String value) {
            try {
                return valueOf(value == null ? "" : value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest("invalid_reason", "reason must be spam, harassment, rules or other");
            }
        }
    }

    /**
     * A report to make.
     *
     * @param reason {@code spam}, {@code harassment}, {@code rules} or {@code other}
     * @param note   what the reader adds, optional, up to 1000 characters
     */
    public record NewReport(String reason, String note) {
    }

    /**
     * A report made.
     *
     * @param id        public id
     * @param storyId   the story's public id
     * @param reason    why: {@code spam}, {@code harassment}, {@code rules} or {@code other}
     * @param note      the reader's note
     * @param createdAt when
     */
    public record Report(String id, String storyId, String reason, String note, Instant createdAt) {
    }

    private final Database database;
    private final ReportMapper reports;
    private final StoryService stories;
    private final Clock clock;

    @Inject
    public ReportService(Database database, StoryService stories, Clock clock) {
        this.database = database;
        this.reports = database.mapper(ReportMapper.class);
        this.stories = stories;
        this.clock = clock;
    }

    /**
     * {@code reader} reports the published story with public id {@code storyId}.
     *
     * @throws ApiException 400 {@code invalid_reason}, {@code note_too_long} or {@code cannot_report_own_story};
     *                      404 for an unknown or unpublished story; 409 {@code already_reported} while the
     *                      reader's earlier report of it is open
     */
    public Report report(CurrentUser reader, String storyId, NewReport request) {
        ApiException.requireBody(request);
        Reason reason = Reason.parse(request.reason());
        String note = request.note() == null ? "" : request.note().strip();
        if (note.length() > MAX_NOTE) {
            throw ApiException.badRequest("note_too_long", "note is longer than " + MAX_NOTE + " characters");
        }
        StoryRow story = stories.find(storyId, null).orElseThrow(() -> ApiException.notFound("story")).row();
        if (story.authorId() == reader.id()) {
            throw ApiException.badRequest("cannot_report_own_story", "you cannot report your own story");
        }
        Instant now = clock.instant();
        String publicId = PublicIds.next();
        DuplicateKeys.inTransaction(database, () -> {
            if (reports.countOpen(story.id(), reader.id()) > 0) {
                throw ApiException.conflict("already_reported", "you reported this story already; it is being looked at");
            }
            reports.insert(publicId, story.id(), reader.id(), reason.name(), note, now);
        });
        return new Report(publicId, story.publicId(), reason.name().toLowerCase(Locale.ROOT), note, now);
    }
}
