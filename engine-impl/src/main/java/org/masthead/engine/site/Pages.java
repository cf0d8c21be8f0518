package org.masthead.engine.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.masthead.api.payout.Money;
import org.masthead.engine.account.CurrentUser;
import org.masthead.engine.account.StaffRole;
import org.masthead.engine.account.UserRow;
import org.masthead.engine.account.UserService;
import org.masthead.engine.feed.FeedService;
import org.masthead.engine.story.StoryCard;
import org.masthead.engine.web.PageCache;
import org.masthead.engine.web.SiteUrl;

/** Renders site pages: the shared layout data plus a page's own model. */
@ApplicationScoped
public class Pages {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    /**
     * A story in a list.
     *
     * @param id          public id
     * @param title       title
     * @param subtitle    subtitle
     * @param url         page path
     * @param author      writer's name
     * @param authorUrl   writer's profile path
     * @param date        publication date
     * @param readingTime minutes
     * @param tags        tags
     * @param reason      why it is shown, or empty
     */
    public record Card(String id, String title, String subtitle, String url, String author, String authorUrl,
                       String date, int readingTime, List<String> tags, String reason) {
    }

    private final Templates templates;
    private final UserService users;
    private final Provider<SiteUrl> siteUrl;
    private final BrandingService branding;
    private final PageCache cache;

    @Inject
    public Pages(Templates templates, UserService users, Provider<SiteUrl> siteUrl, BrandingService branding,
                 PageCache cache) {
        this.cache = cache;
        this.templates = templates;
        this.users = users;
        this.siteUrl = siteUrl;
        this.branding = branding;
    }

    /**
     * Renders {@code template} of the active theme with the layout data and {@code model}. The page variables
     * each template receives are listed in docs/themes.md.
     */
    public String render(String template, String title, CurrentUser viewer, Page.Meta meta, Map<String, ?> model) {
        Branding brand = branding.current();
        Map<String, Object> all = new HashMap<>(model);
        all.put("fmt", FORMAT);
        all.put("page", new Page(title.isEmpty() ? brand.siteName() : title + " – " + brand.siteName(), brand,
                siteUrl.get().base().toString(), Integer.toHexString(brand.css().hashCode()), viewer(viewer), meta));
        return templates.render(brand.theme(), template, all, viewer != null && viewer.role() == StaffRole.ADMIN);
    }

    /** The absolute URL of a site path. */
    public String absolute(String path) {
        return siteUrl.get().of(path.startsWith("/") ? path.substring(1) : path);
    }

    private Page.Viewer viewer(CurrentUser viewer) {
        if (viewer == null || viewer.csrfToken() == null) {
            return null;
        }
        UserRow row = cache.shared("user:" + viewer.id(), () -> users.byId(viewer.id()).orElse(null));
        return row == null ? null : new Page.Viewer(row.username(), row.displayName(), viewer.csrfToken(),
                viewer.role() != StaffRole.NONE);
    }

    /** A list row for {@code story}. */
    public static Card card(StoryCard story, String reason) {
        StoryCard.Row row = story.row();
        return new Card(row.publicId(), row.title(), row.subtitle(), story.path(), row.authorName(),
                "/@" + row.authorUsername(), row.firstPublishedAt() == null ? "" : date(row.firstPublishedAt()),
                story.readingMinutes(), story.tags(), reason);
    }

    /** List rows for feed items, each with the ranker's first reason. */
    public static List<Card> cards(List<FeedService.FeedItem> items) {
        return items.stream()
                .map(item -> card(item.story(), item.reasons().isEmpty() ? "" : item.reasons().get(0).message()))
                .toList();
    }

    /** List rows for plain story lists. */
    public static List<Card> plainCards(List<StoryCard> stories) {
        return stories.stream().map(story -> card(story, "")).toList();
    }

    /** Numbers as pages show them; templates get it as {@code $fmt}. */
    public static final class Format {
        /** A ratio in [0, 1] as a whole percentage: "42%". */
        public String percent(double ratio) {
            return Math.round(ratio * 100) + "%";
        }

        /** Seconds as whole minutes, rounded. */
        public long minutes(long seconds) {
            return Math.round(seconds / 60.0);
        }

        /** A UTC day as stored (days since 1970-01-01) as its date: "2026-03-02". */
        public String day(int epochDay) {
            return LocalDate.ofEpochDay(epochDay).toString();
        }

        /** Minor units of a currency as an amount: "0.36 USD". */
        public String money(long minor, String currency) {
            return Money.of(minor, currency).toString();
        }
    }

    private static final Format FORMAT = new Format();

    /** A date as pages show it. */
    public static String date(Instant instant) {
        return DATE.format(instant);
    }
}
