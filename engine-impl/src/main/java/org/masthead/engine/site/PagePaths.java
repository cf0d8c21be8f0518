package org.masthead.engine.site;

/**
 * The site paths of the pages of people, publications and tags, for links from search, feeds and the sitemap (a
 * story's path is {@code StoryCard.path()}). Usernames, publication slugs and normalized tags hold only
 * {@code a-z}, {@code 0-9}, {@code _} and {@code -}, so they need no encoding.
 */
public final class PagePaths {
    private PagePaths() {
    }

    /** {@code /@username}. */
    public static String person(String username) {
        return "/@" + username;
    }

    /** {@code /p/slug}. */
    public static String publication(String slug) {
        return "/p/" + slug;
    }

    /** {@code /tag/name}. */
    public static String tag(String tag) {
        return "/tag/" + tag;
    }
}
