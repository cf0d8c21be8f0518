package org.masthead.engine.reading;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import ua_parser.Parser;

/**
 * Tells crawlers, scripts and headless browsers from readers by their User-Agent, so that they never count as
 * views or reads. Three rules, any of which marks a bot:
 * <ol>
 *   <li>no User-Agent, or one that does not start like a browser's ({@code Mozilla/…} or {@code Opera/…}): HTTP
 *       libraries and tools (curl, Wget, python-requests, Go, Java, okhttp…) do not;</li>
 *   <li>a headless or automated browser ({@code HeadlessChrome}, PhantomJS, Lighthouse…);</li>
 *   <li>a crawler by the maintained patterns of the ua-parser project (uap-core's {@code Spider} device family:
 *       Googlebot, bingbot, GPTBot, facebookexternalhit, Slackbot…).</li>
 * </ol>
 * Browsers driven by tests therefore need a normal User-Agent to be counted.
 */
@ApplicationScoped
public class BotFilter {
    private static final Pattern BROWSER_START = Pattern.compile("^(Mozilla|Opera)/");
    private static final Pattern AUTOMATED = Pattern.compile(
            "HeadlessChrome|PhantomJS|SlimerJS|Lighthouse|Chrome-Lighthouse|Selenium|WebDriver|Puppeteer|Playwright",
            Pattern.CASE_INSENSITIVE);
    private static final int MAX_LENGTH = 512;
    /** Past this many distinct User-Agents the cache starts over: it stays small, and common ones come back. */
    private static final int CACHE_SIZE = 10_000;

    /**
     * Loading ua-parser's patterns takes a quarter of a second: done on first use, not at start. (Its own
     * CachingParser is not safe for concurrent use, hence the cache here.)
     */
    private static final class Patterns {
        static final Parser PARSER = new Parser();
    }

    /** Matching the crawler patterns takes up to half a millisecond; most requests repeat a User-Agent seen before. */
    private final Map<String, Boolean> crawlers = new ConcurrentHashMap<>();

    /** Whether {@code userAgent} (the header's value, or {@code null}) is a bot's. */
    public boolean isBot(String userAgent) {
        if (userAgent == null || userAgent.length() > MAX_LENGTH || !BROWSER_START.matcher(userAgent).lookingAt()) {
            return true;
        }
        Boolean known = crawlers.get(userAgent);
        if (known != null) {
            return known;
        }
        boolean bot = AUTOMATED.matcher(userAgent).find()
                || "Spider".equals(Patterns.PARSER.parseDevice(userAgent).family);
        if (crawlers.size() >= CACHE_SIZE) {
            crawlers.clear();
        }
        crawlers.put(userAgent, bot);
        return bot;
    }
}
