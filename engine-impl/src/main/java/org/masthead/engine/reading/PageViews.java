package org.masthead.engine.reading;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.Duration;
import java.util.regex.Pattern;
import org.masthead.engine.account.CurrentUser;
import org.masthead.engine.db.PublicIds;
import org.masthead.engine.story.StoryRow;
import org.masthead.engine.web.AuthFilter;
import org.masthead.engine.web.SiteUrl;

/**
 * What the story page needs for the reading beacon, from its HTTP request: the view token for
 * {@code <article data-view-token="…">}, and for a logged-out reader without one yet, the reader cookie to set.
 */
@ApplicationScoped
public class PageViews {
    /**
     * The logged-out reader's first-party cookie: a random id that tells this browser's views apart (one view per
     * window, one read per day). HttpOnly, SameSite=Lax, a year; no other use.
     */
    public static final String READER_COOKIE = "masthead_reader";
    static final Duration READER_COOKIE_LIFETIME = Duration.ofDays(365);
    private static final Pattern COOKIE_VALUE = Pattern.compile("[0-9a-f]{32}");

    /**
     * The beacon's part of a story page.
     *
     * @param viewToken    for {@code data-view-token}; empty when the view is not counted (a bot, the writer)
     * @param readerCookie a cookie to add to the response, or {@code null}
     */
    public record StoryPageView(String viewToken, NewCookie readerCookie) {
    }

    private final ReadingService reading;
    private final BotFilter bots;
    private final Provider<SiteUrl> site;

    @Inject
    public PageViews(ReadingService reading, BotFilter bots, Provider<SiteUrl> site) {
        this.reading = reading;
        this.bots = bots;
        this.site = site;
    }

    /**
     * The view token of {@code story}'s page for the request's reader, with the source taken from its
     * {@code ?source=} parameter or Referer (see {@link Source.Origin#of}).
     */
    public StoryPageView storyPage(StoryRow story, SecurityContext context, HttpHeaders headers, UriInfo uri) {
        if (bots.isBot(headers.getHeaderString(HttpHeaders.USER_AGENT))) {
            return new StoryPageView("", null);
        }
        Source.Origin origin = Source.Origin.of(uri.getQueryParameters().getFirst("source"),
                headers.getHeaderString("Referer"), site.get().base().getHost());
        CurrentUser viewer = AuthFilter.currentUser(context);
        if (viewer != null) {
            return new StoryPageView(reading.issue(story, viewer.id(), null, origin), null);
        }
        Cookie cookie = headers.getCookies().get(READER_COOKIE);
        if (cookie != null && COOKIE_VALUE.matcher(cookie.getValue()).matches()) {
            return new StoryPageView(reading.issue(story, null, cookie.getValue(), origin), null);
        }
        String id = PublicIds.token(16);
        NewCookie created = new NewCookie.Builder(READER_COOKIE).value(id).path("/").httpOnly(true)
                .secure(context.isSecure() || "https".equalsIgnoreCase(site.get().base().getScheme()))
                .sameSite(NewCookie.SameSite.LAX).maxAge((int) READER_COOKIE_LIFETIME.toSeconds()).build();
        return new StoryPageView(reading.issue(story, null, id, origin), created);
    }
}
