package org.masthead.engine.social;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.masthead.engine.account.CurrentUser;
import org.masthead.engine.account.UserService;
import org.masthead.engine.db.Database;
import org.masthead.engine.db.DuplicateKeys;
import org.masthead.engine.db.PublicIds;
import org.masthead.engine.social.ReadingListMapper.ListRow;
import org.masthead.engine.story.StoryCard;
import org.masthead.engine.story.StoryRow;
import org.masthead.engine.story.StoryService;
import org.masthead.engine.web.ApiException;

/**
 * Readers' lists of stories. Lists are private unless made public; a private list does not exist for anyone but
 * its owner. Every reader has a default Reading list, where bookmarks go, created when first needed.
 */
@ApplicationScoped
public class ReadingListService {
    /** The name of every reader's default list. */
    public static final String READING_LIST = "Reading list";
    private static final int MAX_NAME = 100;
    private static final int MAX_DESCRIPTION = 280;

    /**
     * A list without its stories.
     *
     * @param row        the list
     * @param ownerId    its owner's public id
     * @param storyCount how many stories it holds
     */
    public record Summary(ListRow row, String ownerId, int storyCount) {
    }

    /**
     * A story in a list.
     *
     * @param story   the story
     * @param addedAt when it was added
     */
    public record ListedStory(StoryCard story, Instant addedAt) {
    }

    /**
     * A list with its stories.
     *
     * @param summary the list
     * @param stories its published stories, the latest added first
     */
    public record Detail(Summary summary, List<ListedStory> stories) {
    }

    private final Database database;
    private final ReadingListMapper lists;
    private final StoryService stories;
    private final UserService users;
    private final Clock clock;

    @Inject
    public ReadingListService(Database database, StoryService stories, UserService users, Clock clock) {
        this.database = database;
        this.lists = database.mapper(ReadingListMapper.class);
        this.stories = stories;
        this.users = users;
        this.clock = clock;
    }

    /**
     * Creates a list of {@code owner}'s.
     *
     * @throws ApiException 400 {@code invalid_name} or {@code invalid_description}
     */
    public Summary create(CurrentUser owner, String name, String description, boolean isPublic) {
        String listName = name == null ? "" : name.strip();
        String listDescription = description == null ? "" : description.strip();
        if (listName.isEmpty() || listName.length() > MAX_NAME) {
            throw ApiException.badRequest("invalid_name", "name must be 1 to " + MAX_NAME + " characters");
        }
        if (listDescription.length() > MAX_DESCRIPTION) {
            throw ApiException.badRequest("invalid_description",
                    "description is longer than " + MAX_DESCRIPTION + " characters");
        }
        String publicId = PublicIds.next();
        lists.insert(publicId, owner.id(), null, listName, listDescription, isPublic, clock.instant());
        return new Summary(lists.byPublicId(publicId), owner.publicId(), 0);
    }

    /** {@code owner}'s lists: the Reading list first, then the others, oldest first. */
    public List<Summary> mine(CurrentUser owner) {
        readingList(owner);
        Map<Long, Integer> sizes = lists.sizes(owner.id()).stream()
                .collect(Collectors.toMap(ReadingListMapper.SizeRow::listId, ReadingListMapper.SizeRow::stories));
        return lists.byOwner(owner.id()).stream()
                .sorted(Comparator.comparing((ListRow row) -> !row.isReadingList()))
                .map(row -> new Summary(row, owner.publicId(), sizes.getOrDefault(row.id(), 0)))
                .toList();
    }

    /**
     * The list with public id {@code listId} and its stories, as {@code viewer} (or a signed-out reader,
     * {@code null}) may see it.
     *
     * @throws ApiException 404 for an unknown list, or someone else's private list
     */
    public Detail get(CurrentUser viewer, String listId) {
        ListRow row = lists.byPublicId(listId);
        if (row == null || !row.isPublic() && (viewer == null || viewer.id() != row.ownerId())) {
            throw ApiException.notFound("list");
        }
        List<ReadingListMapper.EntryRow> entries = lists.entries(row.id());
        Map<Long, StoryCard> cards = stories.cards(entries.stream().map(ReadingListMapper.EntryRow::storyId)
                .toList()).stream().collect(Collectors.toMap(card -> card.row().id(), Function.identity()));
        List<ListedStory> listed = entries.stream().filter(entry -> cards.containsKey(entry.storyId()))
                .map(entry -> new ListedStory(cards.get(entry.storyId()), entry.addedAt())).toList();
        String ownerId = users.byId(row.ownerId())
                .orElseThrow(() -> new IllegalStateException("owner " + row.ownerId() + " of a list is missing"))
                .publicId();
        return new Detail(new Summary(row, ownerId, entries.size()), listed);
    }

    /**
     * Adds the published story with public id {@code storyId} to a list of {@code owner}'s, or takes it out;
     * idempotent.
     *
     * @throws ApiException 404 for an unknown list or story, or someone else's private list; 403 for someone
     *                      else's public list
     */
    public Summary setListed(CurrentUser owner, String listId, String storyId, boolean listed) {
        return setListed(owner, ownList(owner, listId), storyId, listed);
    }

    /**
     * Bookmarks the published story with public id {@code storyId}, or takes the bookmark away: adds it to
     * {@code reader}'s Reading list, or takes it out.
     *
     * @throws ApiException 404 for an unknown or unpublished story
     */
    public Summary setBookmarked(CurrentUser reader, String storyId, boolean bookmarked) {
        return setListed(reader, readingList(reader), storyId, bookmarked);
    }

    /**
     * Deletes a list of {@code owner}'s with its entries.
     *
     * @throws ApiException 404 or 403 as for {@link #setListed}, 400 {@code cannot_delete_reading_list}
     */
    public void delete(CurrentUser owner, String listId) {
        ListRow row = ownList(owner, listId);
        if (row.isReadingList()) {
            throw ApiException.badRequest("cannot_delete_reading_list", "the Reading list cannot be deleted");
        }
        database.inTransaction(() -> {
            lists.deleteEntries(row.id());
            lists.delete(row.id());
        });
    }

    private Summary setListed(CurrentUser owner, ListRow list, String storyId, boolean listed) {
        StoryRow story = stories.find(storyId, null).orElseThrow(() -> ApiException.notFound("story")).row();
        if (listed) {
            DuplicateKeys.inTransaction(database, () -> {
                if (lists.countEntry(list.id(), story.id()) == 0) {
                    lists.insertEntry(list.id(), story.id(), clock.instant());
                }
            });
        } else {
            lists.deleteEntry(list.id(), story.id());
        }
        return new Summary(list, owner.publicId(), lists.size(list.id()));
    }

    private ListRow ownList(CurrentUser owner, String listId) {
        ListRow row = lists.byPublicId(listId);
        if (row == null || row.ownerId() != owner.id() && !row.isPublic()) {
            throw ApiException.notFound("list");
        }
        if (row.ownerId() != owner.id()) {
            throw ApiException.forbidden("only its owner may change a list");
        }
        return row;
    }

    /** {@code owner}'s Reading list, created now if they have none yet. */
    private ListRow readingList(CurrentUser owner) {
        return DuplicateKeys.inTransaction(database, () -> {
            ListRow existing = lists.readingListOf(owner.id());
            if (existing != null) {
                return existing;
            }
            String publicId = PublicIds.next();
            lists.insert(publicId, owner.id(), owner.id(), READING_LIST, "", false, clock.instant());
            return lists.byPublicId(publicId);
        });
    }
}
