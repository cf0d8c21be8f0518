package org.masthead.engine.site;

/**
 * What every page template receives as {@code $page}: the layout's data. Page-specific data comes as further
 * variables, documented in docs/themes.md.
 *
 * @param title     the document title
 * @param brand     the site's branding: name, logo, colours, navigation, footer
 * @param baseUrl   the site's public base URL, ending in {@code /}
 * @param styleHash a version of the branding stylesheet, for its cache-busting link
 * @param viewer    the signed-in reader, or {@code null}
 * @param meta      metadata for search engines and link previews
 */
public record Page(String title, Branding brand, String baseUrl, String styleHash, Viewer viewer, Meta meta) {

    /**
     * The signed-in reader.
     *
     * @param username    username
     * @param displayName name shown
     * @param csrfToken   the token scripts send as {@code X-CSRF-Token}
     * @param staff       whether they are a curator or admin
     */
    public record Viewer(String username, String displayName, String csrfToken, boolean staff) {
    }

    /**
     * Link-preview and search metadata.
     *
     * @param description a sentence about the page, or empty
     * @param canonical   the absolute canonical URL, or empty
     * @param image       an absolute image URL for previews, or empty
     * @param type        the Open Graph type: {@code website}, {@code article} or {@code profile}
     * @param jsonLd      structured data, already serialized safely for a script element, or {@code null}
     * @param noIndex     whether search engines should skip the page (drafts, settings)
     */
    public record Meta(String description, String canonical, String image, String type, TrustedHtml jsonLd,
                       boolean noIndex) {

        /** A page about nothing in particular, not to be indexed. */
        public static Meta none() {
            return new Meta("", "", "", "website", null, true);
        }

        /** An indexable page at {@code canonical}. */
        public static Meta of(String description, String canonical) {
            return new Meta(description, canonical, "", "website", null, false);
        }
    }
}
