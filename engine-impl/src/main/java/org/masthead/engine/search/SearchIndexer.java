package org.masthead.engine.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import org.masthead.engine.db.Database;
import org.masthead.engine.jobs.Outbox;
import org.masthead.engine.jobs.OutboxEvent;
import org.masthead.engine.jobs.PeriodicJob;
import org.masthead.engine.search.SearchMapper.Person;
import org.masthead.engine.search.SearchMapper.Publication;
import org.masthead.engine.search.SearchMapper.StoryText;
import org.masthead.engine.search.SearchMapper.TagCount;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps this node's {@link SearchIndex} in step with the database: on every tick (and at once at start) it rebuilds
 * an index that needs it, then applies the outbox events the index has not seen, re-reading each changed story,
 * person or publication. Applying an event twice is harmless, so a crash between a change and its commit costs
 * nothing but the work again.
 */
@ApplicationScoped
public class SearchIndexer implements PeriodicJob {
    private static final Logger LOG = LoggerFactory.getLogger(SearchIndexer.class);
    private static final int BATCH = 500;
    private static final Duration GRACE = Duration.ofMinutes(1);
    static final String REBUILT_AT = "rebuiltAt";
    static final String REBUILD_MILLIS = "rebuildMillis";

    /**
     * What a rebuild indexed.
     *
     * @param stories      listed stories
     * @param people       people
     * @param publications live publications
     * @param tags         tags of listed stories
     * @param millis       how long it took
     */
    public record Rebuild(int stories, int people, int publications, int tags, long millis) {
    }

    private final SearchMapper documents;
    private final Outbox outbox;
    private final SearchIndex index;
    private final Clock clock;
    private OutboxWindow window;

    @Inject
    public SearchIndexer(Database database, Outbox outbox, SearchIndex index, Clock clock) {
        this.documents = database.mapper(SearchMapper.class);
        this.outbox = outbox;
        this.index = index;
        this.clock = clock;
    }

    /**
     * Rebuilds the index in {@code dataDir} from {@code database} with no engine running, for
     * {@code masthead reindex}.
     *
     * @throws IllegalStateException if a running engine holds the index
     */
    public static Rebuild rebuild(Database database, Path dataDir, Clock clock) {
        try (SearchIndex index = new SearchIndex(dataDir)) {
            return new SearchIndexer(database, new Outbox(database, clock), index, clock).rebuild();
        }
    }

    @Override
    public String name() {
        return "search";
    }

    @Override
    public void run() {
        try {
            catchUp();
        } catch (RuntimeException e) {
            if (!Thread.currentThread().isInterrupted()) {
                throw e;
            }
            // The engine is stopping; what was not committed is applied again at the next start.
            LOG.info("Search indexing interrupted by shutdown: {}", e.toString());
        }
    }

    /** Rebuilds the index if it needs it, then applies the outbox events it has not seen; returns how many. */
    synchronized int catchUp() {
        if (index.needsRebuild()) {
            rebuild();
        }
        long position = index.position();
        if (window == null) {
            window = new OutboxWindow(GRACE, System::nanoTime, position);
        }
        long read = window.floor();
        int applied = 0;
        for (List<OutboxEvent> batch = outbox.after(read, BATCH); !batch.isEmpty(); batch = outbox.after(read, BATCH)) {
            List<OutboxEvent> unseen = window.unseen(batch);
            if (unseen.stream().anyMatch(event -> event.topic().equals(OutboxEvent.SEARCH_REBUILD))) {
                rebuild();
                return applied;
            }
            read = batch.get(batch.size() - 1).id();
            if (!unseen.isEmpty()) {
                apply(unseen);
                position = Math.max(position, read);
                index.commit(position);
                window.applied(unseen);
                applied += unseen.size();
            }
        }
        window.readUpTo(read);
        return applied;
    }

    /** Replaces the whole index with what the database holds now. */
    synchronized Rebuild rebuild() {
        long started = System.nanoTime();
        // Read before the documents: events appended meanwhile are applied again afterwards, which is harmless.
        long position = outbox.lastId();
        index.clear();
        int stories = forEachPage(documents::storiesAfter, StoryText::id, this::putStories);
        List<TagCount> tags = documents.allTagCounts();
        tags.forEach(tag -> index.putTag(tag.tag(), tag.stories()));
        int people = forEachPage(documents::peopleAfter, Person::id, page -> page.forEach(index::putPerson));
        int publications = forEachPage(documents::publicationsAfter, Publication::id,
                page -> page.forEach(index::putPublication));
        long millis = (System.nanoTime() - started) / 1_000_000;
        index.commitRebuild(position, Map.of(REBUILT_AT, clock.instant().toString(),
                REBUILD_MILLIS, Long.toString(millis)));
        window = new OutboxWindow(GRACE, System::nanoTime, position);
        Rebuild rebuild = new Rebuild(stories, people, publications, tags.size(), millis);
        LOG.info("Rebuilt the search index in {} ms: {} stories, {} people, {} publications, {} tags", millis,
                stories, people, publications, tags.size());
        return rebuild;
    }

    /** Indexes the current state of what {@code events} are about. */
    private void apply(List<OutboxEvent> events) {
        Set<Long> stories = new TreeSet<>();
        Set<Long> people = new TreeSet<>();
        Set<Long> publications = new TreeSet<>();
        for (OutboxEvent event : events) {
            switch (event.topic()) {
                case OutboxEvent.STORY_PUBLISHED, OutboxEvent.STORY_CHANGED, OutboxEvent.STORY_REMOVED ->
                        stories.add(event.subjectId());
                case OutboxEvent.USER_CHANGED -> people.add(event.subjectId());
                case OutboxEvent.PUBLICATION_CHANGED -> publications.add(event.subjectId());
                default -> {
                    // Responses and other topics are not searched.
                }
            }
        }
        for (List<Long> chunk : chunks(people)) {
            Map<Long, Person> found = documents.people(chunk).stream()
                    .collect(Collectors.toMap(Person::id, person -> person));
            for (long id : chunk) {
                // Their stories are found by their name too, and leave the index with a suspended writer.
                stories.addAll(documents.storiesBy(id));
                if (found.containsKey(id)) {
                    index.putPerson(found.get(id));
                } else {
                    index.remove(SearchIndex.Kind.PERSON, id);
                }
            }
        }
        for (List<Long> chunk : chunks(publications)) {
            Set<Long> live = new HashSet<>();
            documents.publications(chunk).forEach(publication -> {
                index.putPublication(publication);
                live.add(publication.id());
            });
            chunk.stream().filter(id -> !live.contains(id))
                    .forEach(id -> index.remove(SearchIndex.Kind.PUBLICATION, id));
        }
        for (List<Long> chunk : chunks(stories)) {
            applyStories(chunk);
        }
    }

    /** Re-indexes these stories and the counts of the tags they had and have. */
    private void applyStories(List<Long> ids) {
        Set<String> tags = new LinkedHashSet<>();
        index.tagsOf(ids).values().forEach(tags::addAll);
        List<StoryText> listed = documents.stories(ids);
        tags.addAll(putStories(listed));
        Set<Long> present = listed.stream().map(StoryText::id).collect(Collectors.toSet());
        ids.stream().filter(id -> !present.contains(id)).forEach(id -> index.remove(SearchIndex.Kind.STORY, id));
        if (tags.isEmpty()) {
            return;
        }
        Map<String, Long> counts = documents.tagCounts(tags).stream()
                .collect(Collectors.toMap(TagCount::tag, TagCount::stories));
        for (String tag : tags) {
            if (counts.containsKey(tag)) {
                index.putTag(tag, counts.get(tag));
            } else {
                index.remove(SearchIndex.Kind.TAG, tag);
            }
        }
    }

    /** Indexes listed stories with their tags; returns the tags. */
    private Set<String> putStories(List<StoryText> stories) {
        if (stories.isEmpty()) {
            return Set.of();
        }
        Map<Long, List<String>> tags = new HashMap<>();
        documents.tags(stories.stream().map(StoryText::id).toList())
                .forEach(tag -> tags.computeIfAbsent(tag.storyId(), id -> new ArrayList<>()).add(tag.tag()));
        Set<String> all = new LinkedHashSet<>();
        for (StoryText story : stories) {
            List<String> own = tags.getOrDefault(story.id(), List.of());
            index.putStory(story, own);
            all.addAll(own);
        }
        return all;
    }

    /** Reads rows in id order, a page at a time, handing each page to {@code consumer}; returns the count. */
    private static <T> int forEachPage(PageQuery<T> query, ToLongFunction<T> id, Consumer<List<T>> consumer) {
        int count = 0;
        for (List<T> page = query.after(0, BATCH); !page.isEmpty();
                page = query.after(id.applyAsLong(page.get(page.size() - 1)), BATCH)) {
            consumer.accept(page);
            count += page.size();
        }
        return count;
    }

    /** A query for rows with ids above {@code after}, in id order. */
    private interface PageQuery<T> {
        List<T> after(long after, int limit);
    }

    private static List<List<Long>> chunks(Collection<Long> ids) {
        List<List<Long>> chunks = new ArrayList<>();
        List<Long> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += BATCH) {
            chunks.add(all.subList(from, Math.min(all.size(), from + BATCH)));
        }
        return chunks;
    }
}
