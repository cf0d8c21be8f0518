package org.masthead.engine.web;

import java.net.URI;

/**
 * The site's public base URL, for the absolute links of APIs, feeds and mail.
 *
 * @param base the base URL, ending in {@code /}
 */
public record SiteUrl(URI base) {

    /** The absolute URL of a site path such as {@code /@ana/story-1a2b}. */
    public String of(String path) {
        return base.resolve(path).toString();
    }
}
