package org.masthead.engine.social;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.masthead.engine.web.ApiException;
import org.owasp.html.HtmlSanitizer;

/**
 * The paragraphs of a story's stored HTML, as highlights anchor to them. Stored HTML carries no paragraph ids, so a
 * paragraph is known by its position and a hash of its text: a highlight follows its paragraph when edits elsewhere
 * move it, and becomes stale only when the paragraph's own text changes.
 *
 * <p>A paragraph is a run of text between block boundaries (paragraphs, headings, list items, quotes, code
 * blocks, captions, table cells…), with entities decoded and white space collapsed to single spaces; runs that are
 * only white space are not paragraphs. Offsets into a paragraph count UTF-16 code units, as browsers do.
 */
final class Paragraphs {
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li",
            "blockquote", "pre", "hr", "figure", "figcaption", "table", "thead", "tbody", "tfoot", "tr", "th", "td",
            "dl", "dt", "dd");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern ANCHOR_ID = Pattern.compile("(\\d{1,6})-([0-9a-f]{8})");

    private Paragraphs() {
    }

    /**
     * Where a paragraph was: its position among the story's paragraphs and the hash of its text.
     *
     * @param index position, from 0
     * @param hash  the first 8 hex digits of the SHA-256 of its text
     */
    record Anchor(int index, String hash) {

        /**
         * Reads a paragraph id such as {@code 3-9f86d081}.
         *
         * @throws ApiException 400 {@code invalid_paragraph_id} for anything else
         */
        static Anchor parse(String paragraphId) {
            Matcher matcher = paragraphId == null ? null : ANCHOR_ID.matcher(paragraphId);
            if (matcher == null || !matcher.matches()) {
                throw ApiException.badRequest("invalid_paragraph_id",
                        "paragraphId must be a paragraph's index and hash, such as 3-9f86d081");
            }
            return new Anchor(Integer.parseInt(matcher.group(1)), matcher.group(2));
        }

        /** The paragraph id the API shows, {@code index-hash}. */
        String id() {
            return index + "-" + hash;
        }
    }

    /**
     * One paragraph.
     *
     * @param anchor its position and hash
     * @param text   its text
     */
    record Paragraph(Anchor anchor, String text) {
    }

    /** The paragraphs of sanitized HTML, in order. */
    static List<Paragraph> of(String safeHtml) {
        List<Paragraph> paragraphs = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        Runnable boundary = () -> {
            String text = WHITE_SPACE.matcher(run).replaceAll(" ").strip();
            run.setLength(0);
            if (!text.isEmpty()) {
                paragraphs.add(new Paragraph(new Anchor(paragraphs.size(), hash(text)), text));
            }
        };
        HtmlSanitizer.sanitize(safeHtml, new HtmlSanitizer.Policy() {
            @Override
            public void openDocument() {
            }

            @Override
            public void closeDocument() {
                boundary.run();
            }

            @Override
            public void openTag(String name, List<String> attributes) {
                if (BLOCKS.contains(name)) {
                    boundary.run();
                } else if (name.equals("br")) {
                    run.append(' ');
                }
            }

            @Override
            public void closeTag(String name) {
                if (BLOCKS.contains(name)) {
                    boundary.run();
                }
            }

            @Override
            public void text(String text) {
                run.append(text);
            }
        });
        return paragraphs;
    }

    /** The first 8 hex digits of the SHA-256 of {@code text} in UTF-8. */
    static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /**
     * The paragraph that what was at {@code anchor} is now: a paragraph with the same text, the nearest to the
     * anchor's position (the earlier one on a tie), or empty when no paragraph has that text any more.
     */
    static Optional<Paragraph> locate(List<Paragraph> paragraphs, Anchor anchor) {
        return paragraphs.stream()
                .filter(paragraph -> paragraph.anchor().hash().equals(anchor.hash()))
                .min(Comparator.comparingInt((Paragraph paragraph) -> Math.abs(paragraph.anchor().index() - anchor.index()))
                        .thenComparingInt(paragraph -> paragraph.anchor().index()));
    }
}
