package org.masthead.engine.syndication;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.inject.Named;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.masthead.engine.db.Database;
import org.masthead.engine.site.PagePaths;
import org.masthead.engine.story.StoryCard;
import org.masthead.engine.story.StoryService;
import org.masthead.engine.syndication.SyndicationMapper.Item;
import org.masthead.engine.web.ApiException;
import org.masthead.engine.web.SiteUrl;

/**
 * RSS 2.0 and Atom 1.0 feeds (written by ROME) of the newest listed stories of the site, a writer, a publication or
 * a tag, with absolute links from the public base URL; and the pages the sitemap lists.
 */
@ApplicationScoped
public class SyndicationService {
    static final int FEED_SIZE = 20;
    private static final int SUMMARY = 280;
    /** A link or image in stored HTML whose URL is a path on this site ({@code href="/…"}, not {@code "//…"}). */
    private static final Pattern SITE_PATH = Pattern.compile("(\\s(?:href|src)=\")/(?!/)");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    /** A feed format. */
    public enum Format {
        RSS("rss_2.0", "application/rss+xml", "text/plain", "text/html"),
        ATOM("atom_1.0", "application/atom+xml", "text", "html");

        private final String romeType;
        private final String mediaType;
        private final String textType;
        private final String htmlType;

        Format(String romeType, String mediaType, String textType, String htmlType) {
            this.romeType = romeType;
            this.mediaType = mediaType;
            this.textType = textType;
            this.htmlType = htmlType;
        }

        /**
         * The format named by the {@code format} parameter: RSS when it is missing.
         *
         * @throws ApiException 400 {@code invalid_format} for anything but {@code rss} or {@code atom}
         */
        static Format parse(String value) {
            if (value == null || value.isBlank() || value.strip().equalsIgnoreCase("rss")) {
                return RSS;
            }
            if (value.strip().equalsIgnoreCase("atom")) {
                return ATOM;
            }
            throw ApiException.badRequest("invalid_format", "format must be rss or atom");
        }
    }

    /**
     * A written feed.
     *
     * @param xml          the document
     * @param mediaType    its media type
     * @param lastModified the latest change of its stories, or {@code null} for an empty feed
     */
    public record Feed(String xml, String mediaType, Instant lastModified) {
    }

    /** What a feed is about: its title and description, its page and its own path. */
    private record Channel(String title, String description, String page, String feed) {
    }

    private final SyndicationMapper syndication;
    private final StoryService stories;
    private final Provider<SiteUrl> site;
    private final String siteName;

    @Inject
    public SyndicationService(Database database, StoryService stories, Provider<SiteUrl> site,
                              @Named("siteName") String siteName) {
        this.syndication = database.mapper(SyndicationMapper.class);
        this.stories = stories;
        this.site = site;
        this.siteName = siteName;
    }

    /** The newest stories of the whole site. */
    public Feed site(Format format) {
        return write(new Channel(siteName, "The latest stories on " + siteName, "/", "/feed"),
                syndication.latest(FEED_SIZE), format);
    }

    /** The newest stories of the writer {@code username}; 404 for an unknown one. */
    public Feed writer(String username, Format format) {
        SyndicationMapper.Writer writer = syndication.writer(username.toLowerCase(Locale.ROOT));
        if (writer == null) {
            throw ApiException.notFound("writer");
        }
        String description = writer.bio().isBlank() ? "Stories by " + writer.displayName() + " on " + siteName
                : writer.bio();
        return write(new Channel(writer.displayName() + " on " + siteName, description,
                PagePaths.person(writer.username()), "/feed" + PagePaths.person(writer.username())),
                syndication.latestBy(writer.id(), FEED_SIZE), format);
    }

    /** The newest stories of the publication {@code slug}; 404 for an unknown or deleted one. */
    public Feed publication(String slug, Format format) {
        SyndicationMapper.Publication publication = syndication.publication(slug.toLowerCase(Locale.ROOT));
        if (publication == null) {
            throw ApiException.notFound("publication");
        }
        String description = publication.tagline().isBlank() ? "Stories in " + publication.name()
                : publication.tagline();
        return write(new Channel(publication.name(), description, PagePaths.publication(publication.slug()),
                "/feed" + PagePaths.publication(publication.slug())),
                syndication.latestIn(publication.id(), FEED_SIZE), format);
    }

    /** The newest stories tagged {@code tag} (in any spelling that normalizes to it). */
    public Feed tag(String tag, Format format) {
        String normalized = stories.normalizeTag(tag);
        return write(new Channel(normalized + " on " + siteName, "The latest stories tagged " + normalized + " on "
                + siteName, PagePaths.tag(normalized), "/feed" + PagePaths.tag(normalized)),
                syndication.latestTagged(normalized, FEED_SIZE), format);
    }

    /**
     * Every page the sitemap lists: the home page, each listed story (not drafts, scheduled, unlisted or deleted
     * stories, nor responses), the pages of their writers and tags, and each live publication.
     */
    public List<Sitemap.Url> pages() {
        SiteUrl base = site.get();
        List<Sitemap.Url> urls = new ArrayList<>();
        urls.add(new Sitemap.Url(base.of("/"), null));
        syndication.storyPages().forEach(story -> urls.add(new Sitemap.Url(
                base.of(StoryCard.path(story.authorUsername(), story.slug(), story.publicId())), story.updatedAt())));
        syndication.writers().forEach(username -> urls.add(new Sitemap.Url(base.of(PagePaths.person(username)), null)));
        syndication.publications().forEach(slug -> urls.add(new Sitemap.Url(base.of(PagePaths.publication(slug)),
                null)));
        syndication.listedTags().forEach(tag -> urls.add(new Sitemap.Url(base.of(PagePaths.tag(tag)), null)));
        return urls;
    }

    private Feed write(Channel channel, List<Item> items, Format format) {
        Map<Long, List<SyndCategory>> tags = new HashMap<>();
        if (!items.isEmpty()) {
            syndication.tagsOf(items.stream().map(Item::id).toList()).forEach(tag -> {
                SyndCategory category = new SyndCategoryImpl();
                category.setName(tag.tag());
                tags.computeIfAbsent(tag.storyId(), id -> new ArrayList<>()).add(category);
            });
        }
        Instant newest = items.stream().map(Item::updatedAt).max(Comparator.naturalOrder()).orElse(null);
        String self = site.get().of(channel.feed()) + (format == Format.ATOM ? "?format=atom" : "");
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType(format.romeType);
        feed.setTitle(channel.title());
        feed.setDescription(channel.description());
        feed.setLink(site.get().of(channel.page()));
        feed.setUri(self);
        feed.setLinks(List.of(link("alternate", site.get().of(channel.page()), "text/html"),
                link("self", self, format.mediaType)));
        // An empty feed was never updated: a fixed date keeps its ETag stable.
        feed.setPublishedDate(Date.from(newest == null ? Instant.EPOCH : newest));
        feed.setEntries(items.stream().map(item -> entry(item, tags.getOrDefault(item.id(), List.of()), format))
                .toList());
        try {
            return new Feed(new SyndFeedOutput().outputString(feed, true), format.mediaType, newest);
        } catch (FeedException e) {
            throw new IllegalStateException("cannot write the feed " + channel.feed(), e);
        }
    }

    /** A story as an entry: member-only stories show their summary only, the others their whole sanitized HTML. */
    private SyndEntry entry(Item item, List<SyndCategory> tags, Format format) {
        SyndEntry entry = new SyndEntryImpl();
        entry.setTitle(item.title());
        entry.setLink(site.get().of(StoryCard.path(item.authorUsername(), item.slug(), item.publicId())));
        // A tag URI (RFC 4151) stays the same when the story's title, and so its URL, changes.
        entry.setUri("tag:" + URI.create(site.get().of("/")).getHost() + "," + DAY.format(item.firstPublishedAt())
                + ":story:" + item.publicId());
        entry.setAuthor(item.authorName());
        entry.setPublishedDate(Date.from(item.firstPublishedAt()));
        entry.setUpdatedDate(Date.from(item.updatedAt()));
        entry.setCategories(tags);
        String summary = item.subtitle().isBlank() ? Excerpt.of(item.bodyHtml(), SUMMARY) : item.subtitle();
        entry.setDescription(content(format.textType, summary));
        if (!item.memberOnly()) {
            entry.setContents(List.of(content(format.htmlType, absoluteLinks(item.bodyHtml()))));
        }
        return entry;
    }

    /** The HTML with links and images that point to paths of this site made absolute, as feed readers need. */
    private String absoluteLinks(String html) {
        return SITE_PATH.matcher(html).replaceAll("$1" + Matcher.quoteReplacement(site.get().of("/")));
    }

    private static SyndContent content(String type, String value) {
        SyndContent content = new SyndContentImpl();
        content.setType(type);
        content.setValue(value);
        return content;
    }

    private static SyndLink link(String rel, String href, String type) {
        SyndLink link = new SyndLinkImpl();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        return link;
    }
}
