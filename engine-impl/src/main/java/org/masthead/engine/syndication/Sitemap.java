package org.masthead.engine.syndication;

import java.io.StringWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Sitemaps in the sitemaps.org format. A sitemap holds at most 50,000 URLs; a site with more gets a sitemap index
 * that lists sitemaps of that size.
 */
final class Sitemap {
    static final int MAX_URLS = 50_000;
    private static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /**
     * A page of the site.
     *
     * @param location     its absolute URL
     * @param lastModified when it last changed, or {@code null} when that is not known
     */
    record Url(String location, Instant lastModified) {
    }

    private Sitemap() {
    }

    /** {@code urls} in consecutive sitemaps of at most {@code max} each; always at least one, maybe empty. */
    static List<List<Url>> split(List<Url> urls, int max) {
        List<List<Url>> sitemaps = new ArrayList<>();
        for (int from = 0; from < urls.size(); from += max) {
            sitemaps.add(urls.subList(from, Math.min(urls.size(), from + max)));
        }
        return sitemaps.isEmpty() ? List.of(List.of()) : sitemaps;
    }

    /** A sitemap: a {@code urlset}. */
    static String urlset(List<Url> urls) {
        return write("urlset", writer -> {
            for (Url url : urls) {
                writer.writeStartElement("url");
                element(writer, "loc", url.location());
                if (url.lastModified() != null) {
                    element(writer, "lastmod", url.lastModified().truncatedTo(ChronoUnit.SECONDS).toString());
                }
                writer.writeEndElement();
            }
        });
    }

    /** A sitemap index listing the sitemaps at {@code locations}. */
    static String index(List<String> locations) {
        return write("sitemapindex", writer -> {
            for (String location : locations) {
                writer.writeStartElement("sitemap");
                element(writer, "loc", location);
                writer.writeEndElement();
            }
        });
    }

    private interface Body {
        void write(XMLStreamWriter writer) throws XMLStreamException;
    }

    private static String write(String root, Body body) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter writer = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            writer.writeStartDocument("UTF-8", "1.0");
            writer.writeStartElement(root);
            writer.writeDefaultNamespace(NAMESPACE);
            body.write(writer);
            writer.writeEndElement();
            writer.writeEndDocument();
            writer.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write a sitemap", e);
        }
        return out.toString();
    }

    private static void element(XMLStreamWriter writer, String name, String text) throws XMLStreamException {
        writer.writeStartElement(name);
        writer.writeCharacters(text);
        writer.writeEndElement();
    }
}
