package org.masthead.engine.curation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.masthead.engine.account.CurrentUser;
import org.masthead.engine.audit.AuditLog;
import org.masthead.engine.db.Database;
import org.masthead.engine.db.DuplicateKeys;
import org.masthead.engine.story.StoryCard;
import org.masthead.engine.story.StoryRow;
import org.masthead.engine.story.StoryService;
import org.masthead.engine.story.StoryStatus;
import org.masthead.engine.web.ApiException;
import org.masthead.engine.web.PageCache;

/** The curators' Staff Picks, shown on the logged-out home page, newest pick first. */
@ApplicationScoped
public class StaffPicks {
    /** Picks beyond the newest this many are kept but not shown. */
    static final int SHOWN = 50;

    private final Database database;
    private final BoostMapper picks;
    private final StoryService stories;
    private final AuditLog audit;
    private final PageCache pages;
    private final Clock clock;

    @Inject
    public StaffPicks(Database database, StoryService stories, AuditLog audit, PageCache pages, Clock clock) {
        this.database = database;
        this.picks = database.mapper(BoostMapper.class);
        this.stories = stories;
        this.audit = audit;
        this.pages = pages;
        this.clock = clock;
    }

    /** The newest picks that are still listed, at most {@code limit}. */
    public List<StoryCard> newest(int limit) {
        return stories.cards(picks.picks(SHOWN)).stream().limit(limit).toList();
    }

    /**
     * A curator picks a listed story.
     *
     * @throws ApiException 404 for an unknown story; 409 {@code not_listed} for an unlisted, hidden or response
     *                      story, {@code already_picked}
     */
    public void pick(CurrentUser staff, String storyId) {
        CurationService.requireStaff(staff);
        DuplicateKeys.inTransaction(database, () -> {
            StoryRow story = stories.readableStory(storyId, staff);
            if (story.storyStatus() != StoryStatus.PUBLISHED || story.parentId() != null || story.hidden()) {
                throw ApiException.conflict("not_listed", "only a listed, published story can be a Staff Pick");
            }
            if (picks.countPick(story.id()) > 0) {
                throw ApiException.conflict("already_picked", "this story is a Staff Pick already");
            }
            picks.insertPick(story.id(), staff.id(), clock.instant());
            audit.record(staff, "staff-pick.add", story.publicId(), story.title());
        });
        pages.changed();
    }

    /** A curator takes a story out of the picks; 404 when it is not one. */
    public void unpick(CurrentUser staff, String storyId) {
        CurationService.requireStaff(staff);
        database.inTransaction(() -> {
            StoryRow story = stories.readableStory(storyId, staff);
            if (picks.deletePick(story.id()) == 0) {
                throw ApiException.notFound("staff pick");
            }
            audit.record(staff, "staff-pick.remove", story.publicId(), story.title());
        });
        pages.changed();
    }
}
