package org.masthead.engine.site;

/**
 * HTML that was sanitized when it was stored (a story body) and is rendered as is. The only way a template
 * outputs markup from data; everything else is escaped.
 *
 * @param html sanitized HTML
 */
public record TrustedHtml(String html) {
    @Override
    public String toString() {
        return html;
    }
}
