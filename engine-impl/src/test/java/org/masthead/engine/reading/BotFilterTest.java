package org.masthead.engine.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class BotFilterTest {
    private final BotFilter bots = new BotFilter();

    @Test
    void browsersAreReaders() {
        for (String browser : List.of(
                "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36",
                "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko)"
                        + " Version/17.1 Mobile/15E148 Safari/604.1",
                "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko)"
                        + " Chrome/120.0.6099.144 Mobile Safari/537.36",
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:121.0) Gecko/20100101 Firefox/121.0",
                "Opera/9.80 (Windows NT 6.1) Presto/2.12.388 Version/12.18")) {
            assertEquals(false, bots.isBot(browser), browser);
            assertEquals(false, bots.isBot(browser), "again, from the cache: " + browser);
        }
    }

    @Test
    void crawlersToolsAndHeadlessBrowsersAreBots() {
        for (String bot : List.of(
                "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
                "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
                "Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; GPTBot/1.0; +https://openai.com/gptbot)",
                "Mozilla/5.0 (compatible; AhrefsBot/7.0; +http://ahrefs.com/robot/)",
                "Mozilla/5.0 (compatible; YandexBot/3.0)",
                "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
                "Twitterbot/1.0",
                "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/120.0.0.0"
                        + " Safari/537.36",
                "curl/8.5.0", "Wget/1.21", "python-requests/2.31.0", "Go-http-client/1.1", "okhttp/4.9.0",
                "Java-http-client/17.0.9", "", "Mozilla/5.0 " + "x".repeat(600))) {
            assertEquals(true, bots.isBot(bot), bot);
            assertEquals(true, bots.isBot(bot), "again, from the cache: " + bot);
        }
        assertEquals(true, bots.isBot(null));
    }
}
