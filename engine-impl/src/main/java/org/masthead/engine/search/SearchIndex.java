package org.masthead.engine.search;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.masthead.engine.search.SearchMapper.Person;
import org.masthead.engine.search.SearchMapper.Publication;
import org.masthead.engine.search.SearchMapper.StoryText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This node's Lucene index under {@code <dataDir>/search}: derived state. Each commit records the outbox position
 * it reflects and the layout of its documents; an index that is missing, unreadable or of another layout is
 * replaced by an empty one that {@link #needsRebuild() needs a rebuild}. One writer, the {@link SearchIndexer}
 * (which serializes its calls), and any number of concurrent searches, which see the last commit.
 */
@ApplicationScoped
public class SearchIndex implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SearchIndex.class);
    /** The layout of the documents below; an index written with another one is rebuilt at start. */
    static final String LAYOUT = "1";

    private static final String ID = "id";
    private static final String KIND = "kind";
    private static final String TAG = "tag";
    private static final String STORIES = "stories";
    private static final String TITLE = "title";
    private static final String SUBTITLE = "subtitle";
    private static final String BODY = "body";
    private static final String TAGS = "tags";
    private static final String AUTHOR = "author";
    private static final String NAME = "name";
    private static final String ABOUT = "about";
    private static final String LAYOUT_KEY = "layout";
    private static final String POSITION_KEY = "position";
    private static final Sort TAG_ORDER = new Sort(SortField.FIELD_SCORE,
            new SortField(STORIES, SortField.Type.LONG, true));

    /** What a document stands for, and how much each of its fields weighs in a match. */
    enum Kind {
        STORY(Map.of(TITLE, 4f, SUBTITLE, 2f, TAGS, 2f, AUTHOR, 2f, BODY, 1f)),
        PERSON(Map.of(NAME, 3f, ABOUT, 1f)),
        PUBLICATION(Map.of(NAME, 3f, ABOUT, 1f)),
        TAG(Map.of(NAME, 1f));

        private final Map<String, Float> weights;

        Kind(Map<String, Float> weights) {
            this.weights = weights;
        }

        String id(Object ref) {
            return term() + ":" + ref;
        }

        private String term() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * A match.
     *
     * @param ref     the database id of the story, person or publication, or the tag
     * @param stories for a tag, the number of listed stories that carry it; 0 otherwise
     */
    record Hit(String ref, long stories) {
    }

    /** An open index. */
    private record Lucene(FSDirectory directory, IndexWriter writer, SearcherManager searchers) {
    }

    private final Path path;
    private final Analyzer analyzer = new TextAnalyzer(BODY);
    private volatile Lucene lucene;
    private volatile boolean closed;
    /** The user data of the last commit. */
    private volatile Map<String, String> committed = Map.of();
    private volatile boolean needsRebuild;

    @Inject
    public SearchIndex(@Named("dataDir") Path dataDir) {
        this.path = dataDir.resolve("search");
    }

    /** Whether the index lacks content it should have: it was just created or replaced, or a rebuild failed. */
    boolean needsRebuild() {
        lucene();
        return needsRebuild;
    }

    /** The outbox position the last commit reflects. */
    long position() {
        lucene();
        return Long.parseLong(committed.getOrDefault(POSITION_KEY, "0"));
    }

    /** A value recorded with the last commit, or {@code null}. */
    String committed(String key) {
        lucene();
        return committed.get(key);
    }

    /** The number of documents of each kind in the last commit. */
    Map<Kind, Integer> counts() {
        return read(searcher -> {
            Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
            for (Kind kind : Kind.values()) {
                counts.put(kind, searcher.count(new TermQuery(new Term(KIND, kind.term()))));
            }
            return counts;
        });
    }

    /**
     * Up to {@code limit} documents of {@code kind} that match {@code text}, best first (tags of equal relevance:
     * the most used first). The text is read by Lucene's simple query syntax, which accepts any input: all words
     * must match, {@code "a phrase"}, {@code -word}, {@code a | b}, {@code pre*}.
     */
    List<Hit> search(Kind kind, String text, int limit) {
        SimpleQueryParser parser = new SimpleQueryParser(analyzer, kind.weights);
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
        Query query = new BooleanQuery.Builder()
                .add(parser.parse(text), BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(KIND, kind.term())), BooleanClause.Occur.FILTER)
                .build();
        return read(searcher -> {
            TopDocs top = kind == Kind.TAG ? searcher.search(query, limit, TAG_ORDER) : searcher.search(query, limit);
            StoredFields stored = searcher.storedFields();
            List<Hit> hits = new ArrayList<>();
            for (ScoreDoc match : top.scoreDocs) {
                Document document = stored.document(match.doc, Set.of(ID, STORIES));
                String id = document.get(ID);
                Number stories = document.getField(STORIES) == null ? 0 : document.getField(STORIES).numericValue();
                hits.add(new Hit(id.substring(id.indexOf(':') + 1), stories.longValue()));
            }
            return hits;
        });
    }

    /** The tags the last commit holds for each of these stories; a story it does not hold is left out. */
    Map<Long, List<String>> tagsOf(Collection<Long> storyIds) {
        return read(searcher -> {
            Map<Long, List<String>> tags = new HashMap<>();
            StoredFields stored = searcher.storedFields();
            for (long storyId : storyIds) {
                TopDocs top = searcher.search(new TermQuery(new Term(ID, Kind.STORY.id(storyId))), 1);
                if (top.scoreDocs.length > 0) {
                    tags.put(storyId, List.of(stored.document(top.scoreDocs[0].doc, Set.of(TAG)).getValues(TAG)));
                }
            }
            return tags;
        });
    }

    void putStory(StoryText story, List<String> tags) {
        Document document = new Document();
        document.add(new TextField(TITLE, story.title(), Field.Store.NO));
        document.add(new TextField(SUBTITLE, story.subtitle(), Field.Store.NO));
        document.add(new TextField(BODY, story.bodyHtml(), Field.Store.NO));
        document.add(new TextField(TAGS, String.join(" ", tags), Field.Store.NO));
        document.add(new TextField(AUTHOR, story.authorName() + " " + usernameWords(story.authorUsername()),
                Field.Store.NO));
        tags.forEach(tag -> document.add(new StoredField(TAG, tag)));
        put(Kind.STORY, story.id(), document);
    }

    void putPerson(Person person) {
        Document document = new Document();
        document.add(new TextField(NAME, person.displayName() + " " + usernameWords(person.username()),
                Field.Store.NO));
        document.add(new TextField(ABOUT, person.bio(), Field.Store.NO));
        put(Kind.PERSON, person.id(), document);
    }

    void putPublication(Publication publication) {
        Document document = new Document();
        document.add(new TextField(NAME, publication.name(), Field.Store.NO));
        document.add(new TextField(ABOUT, publication.tagline() + " " + publication.description(), Field.Store.NO));
        put(Kind.PUBLICATION, publication.id(), document);
    }

    void putTag(String tag, long stories) {
        Document document = new Document();
        document.add(new TextField(NAME, tag, Field.Store.NO));
        document.add(new NumericDocValuesField(STORIES, stories));
        document.add(new StoredField(STORIES, stories));
        put(Kind.TAG, tag, document);
    }

    /** Removes the document of {@code ref}, if there is one. */
    void remove(Kind kind, Object ref) {
        write(writer -> writer.deleteDocuments(new Term(ID, kind.id(ref))));
    }

    /** Removes every document; the index then needs a rebuild until {@link #commitRebuild} . */
    void clear() {
        needsRebuild = true;
        write(IndexWriter::deleteAll);
    }

    /** Makes the changes so far durable and visible to searches, as reflecting the outbox up to {@code position}. */
    void commit(long position) {
        commit(position, Map.of());
    }

    /** Commits a rebuild: the index is complete again, and {@code details} are kept with the commit. */
    void commitRebuild(long position, Map<String, String> details) {
        commit(position, details);
        needsRebuild = false;
    }

    private void commit(long position, Map<String, String> details) {
        Lucene open = lucene();
        Map<String, String> data = new HashMap<>(committed);
        data.putAll(details);
        data.put(LAYOUT_KEY, LAYOUT);
        data.put(POSITION_KEY, Long.toString(position));
        try {
            open.writer().setLiveCommitData(data.entrySet(), true);
            open.writer().commit();
            open.searchers().maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot commit the search index " + path, e);
        }
        committed = Map.copyOf(data);
    }

    private void put(Kind kind, Object ref, Document document) {
        String id = kind.id(ref);
        document.add(new StringField(ID, id, Field.Store.YES));
        document.add(new StringField(KIND, kind.term(), Field.Store.NO));
        write(writer -> writer.updateDocument(new Term(ID, id), document));
    }

    /** "ana_lopez" as "ana_lopez ana lopez": the whole username, and its parts for a search by one of them. */
    private static String usernameWords(String username) {
        return username + " " + username.replace('_', ' ');
    }

    private interface Write {
        void to(IndexWriter writer) throws IOException;
    }

    private interface Read<T> {
        T from(IndexSearcher searcher) throws IOException;
    }

    private void write(Write write) {
        try {
            write.to(lucene().writer());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to the search index " + path, e);
        }
    }

    private <T> T read(Read<T> read) {
        SearcherManager searchers = lucene().searchers();
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return read.from(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the search index " + path, e);
        }
    }

    private Lucene lucene() {
        Lucene open = lucene;
        if (open == null) {
            synchronized (this) {
                if (closed) {
                    throw new IllegalStateException("the search index is closed");
                }
                open = lucene;
                if (open == null) {
                    open = open();
                    lucene = open;
                }
            }
        }
        return open;
    }

    /** Opens the index; one that cannot be read is deleted and started afresh. */
    private Lucene open() {
        try {
            Files.createDirectories(path);
            FSDirectory directory = FSDirectory.open(path);
            try {
                return open(directory, IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            } catch (LockObtainFailedException e) {
                directory.close();
                throw new IllegalStateException("the search index " + path + " is in use by another process", e);
            } catch (IOException | RuntimeException e) {
                LOG.warn("The search index {} cannot be read ({}); it is rebuilt from the database", path,
                        e.toString());
                for (String file : directory.listAll()) {
                    directory.deleteFile(file);
                }
                return open(directory, IndexWriterConfig.OpenMode.CREATE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index " + path, e);
        }
    }

    private Lucene open(FSDirectory directory, IndexWriterConfig.OpenMode mode) throws IOException {
        IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer).setOpenMode(mode)
                .setCommitOnClose(false));
        try {
            SearcherManager searchers = new SearcherManager(writer, null);
            Map<String, String> committed = new HashMap<>();
            Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
            if (data != null) {
                data.forEach(entry -> committed.put(entry.getKey(), entry.getValue()));
            }
            needsRebuild = !LAYOUT.equals(committed.get(LAYOUT_KEY)) || !committed.containsKey(POSITION_KEY);
            this.committed = Map.copyOf(committed);
            return new Lucene(directory, writer, searchers);
        } catch (IOException | RuntimeException e) {
            writer.rollback();
            throw e;
        }
    }

    /** Closes the index; changes not committed are dropped (the outbox tail applies them again). */
    @PreDestroy
    @Override
    public synchronized void close() {
        closed = true;
        Lucene open = lucene;
        lucene = null;
        if (open == null) {
            return;
        }
        try {
            open.searchers().close();
            open.writer().close();
            open.directory().close();
        } catch (IOException e) {
            LOG.warn("Error while closing the search index {}: {}", path, e.toString());
        }
    }
}
