package org.masthead.engine.syndication;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.charfilter.HTMLStripCharFilter;

/** The opening words of a story's HTML as plain text, for feed summaries. */
final class Excerpt {
    private Excerpt() {
    }

    /** The text of {@code html} (tags removed, entities decoded), cut after a word within {@code max} characters. */
    static String of(String html, int max) {
        StringWriter text = new StringWriter();
        try (Reader reader = new HTMLStripCharFilter(new StringReader(html))) {
            reader.transferTo(text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a story's text", e);
        }
        String plain = text.toString().replaceAll("\\s+", " ").strip();
        if (plain.length() <= max) {
            return plain;
        }
        int cut = plain.lastIndexOf(' ', max - 1);
        return plain.substring(0, cut > 0 ? cut : max - 1) + "…";
    }
}
