package org.masthead.engine.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.lucene.search.IndexSearcher;
import org.masthead.engine.account.UserRow;
import org.masthead.engine.account.UserService;
import org.masthead.engine.jobs.Outbox;
import org.masthead.engine.jobs.OutboxEvent;
import org.masthead.engine.publication.PublicationRow;
import org.masthead.engine.publication.PublicationService;
import org.masthead.engine.story.StoryCard;
import org.masthead.engine.story.StoryService;
import org.masthead.engine.web.ApiException;

/**
 * Searches this node's index and reads the matches back from the database, so a result never shows a story,
 * person or publication that is gone even while the index catches up.
 */
@ApplicationScoped
public class SearchService {
    static final int MAX_QUERY = 200;
    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 50;

    /** What to search for. */
    public enum Type {
        STORIES(SearchIndex.Kind.STORY), PEOPLE(SearchIndex.Kind.PERSON),
        PUBLICATIONS(SearchIndex.Kind.PUBLICATION), TAGS(SearchIndex.Kind.TAG);

        private final SearchIndex.Kind kind;

        Type(SearchIndex.Kind kind) {
            this.kind = kind;
        }

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }

        /**
         * The type named {@code value}; stories when it is missing.
         *
         * @throws ApiException 400 {@code invalid_type} for another value
         */
        public static Type parse(String value) {
            if (value == null || value.isBlank()) {
                return STORIES;
            }
            for (Type type : values()) {
                if (type.wireName().equals(value.strip().toLowerCase(Locale.ROOT))) {
                    return type;
                }
            }
            throw ApiException.badRequest("invalid_type", "type must be stories, people, publications or tags");
        }
    }

    /**
     * A valid search.
     *
     * @param text  the words, in Lucene's simple query syntax
     * @param type  what to search for
     * @param limit the most results to return
     */
    public record Query(String text, Type type, int limit) {

        /**
         * Validates a search as it comes from a request.
         *
         * @throws ApiException 400 {@code missing_query}, {@code query_too_long}, {@code invalid_type} or
         *                      {@code invalid_limit}
         */
        public static Query parse(String text, String type, String limit) {
            if (text == null || text.isBlank()) {
                throw ApiException.badRequest("missing_query", "q is required: the words to search for");
            }
            if (text.length() > MAX_QUERY) {
                throw ApiException.badRequest("query_too_long", "q is longer than " + MAX_QUERY + " characters");
            }
            return new Query(text.strip(), Type.parse(type), limit(limit));
        }

        private static int limit(String value) {
            if (value == null || value.isBlank()) {
                return DEFAULT_LIMIT;
            }
            try {
                int limit = Integer.parseInt(value.strip());
                if (limit >= 1 && limit <= MAX_LIMIT) {
                    return limit;
                }
            } catch (NumberFormatException e) {
                // refused below like any other value out of range
            }
            throw ApiException.badRequest("invalid_limit", "limit must be a whole number from 1 to " + MAX_LIMIT);
        }
    }

    /**
     * A matching tag.
     *
     * @param tag     the tag
     * @param stories listed stories that carry it
     */
    public record TagMatch(String tag, long stories) {
    }

    /**
     * The matches of a search, best first: only the list of the searched type has any.
     *
     * @param query        the search
     * @param stories      stories
     * @param people       people
     * @param publications publications
     * @param tags         tags
     */
    public record Results(Query query, List<StoryCard> stories, List<UserRow> people,
                          List<PublicationRow> publications, List<TagMatch> tags) {
    }

    /**
     * The state of this node's index, for admins.
     *
     * @param position       the outbox position the index reflects
     * @param outboxPosition the newest outbox position; the difference is what the index has still to apply
     * @param documents      documents by kind
     * @param rebuiltAt      when the index was last rebuilt, or {@code null}
     * @param rebuildMillis  how long that rebuild took, or {@code null}
     */
    public record Status(long position, long outboxPosition, Map<String, Integer> documents, String rebuiltAt,
                         Long rebuildMillis) {
    }

    private final SearchIndex index;
    private final StoryService stories;
    private final UserService users;
    private final PublicationService publications;
    private final Outbox outbox;

    @Inject
    public SearchService(SearchIndex index, StoryService stories, UserService users, PublicationService publications,
                         Outbox outbox) {
        this.index = index;
        this.stories = stories;
        this.users = users;
        this.publications = publications;
        this.outbox = outbox;
    }

    public Results search(Query query) {
        List<SearchIndex.Hit> hits;
        try {
            hits = index.search(query.type().kind, query.text(), query.limit());
        } catch (IndexSearcher.TooManyClauses e) {
            throw ApiException.badRequest("query_too_complex", "the query has too many words or wildcards");
        }
        List<Long> ids = query.type() == Type.TAGS ? List.of()
                : hits.stream().map(hit -> Long.parseLong(hit.ref())).toList();
        return switch (query.type()) {
            case STORIES -> new Results(query, stories.cards(ids), List.of(), List.of(), List.of());
            case PEOPLE -> new Results(query, List.of(), inOrder(ids, users.byIds(ids), UserRow::id), List.of(),
                    List.of());
            case PUBLICATIONS -> new Results(query, List.of(), List.of(), inOrder(ids,
                    publications.byIds(ids).stream().filter(row -> row.deletedAt() == null).toList(),
                    PublicationRow::id), List.of());
            case TAGS -> new Results(query, List.of(), List.of(), List.of(),
                    hits.stream().map(hit -> new TagMatch(hit.ref(), hit.stories())).toList());
        };
    }

    /** Asks every node to rebuild its index from the database, on its next tick. */
    public void requestRebuild() {
        outbox.append(OutboxEvent.SEARCH_REBUILD, 0);
    }

    public Status status() {
        Map<String, Integer> documents = new TreeMap<>();
        index.counts().forEach((kind, count) -> documents.put(kind.name().toLowerCase(Locale.ROOT), count));
        String millis = index.committed(SearchIndexer.REBUILD_MILLIS);
        return new Status(index.position(), outbox.lastId(), documents, index.committed(SearchIndexer.REBUILT_AT),
                millis == null ? null : Long.valueOf(millis));
    }

    private static <T> List<T> inOrder(List<Long> ids, List<T> rows, Function<T, Long> id) {
        Map<Long, T> byId = rows.stream().collect(Collectors.toMap(id, row -> row));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }
}
