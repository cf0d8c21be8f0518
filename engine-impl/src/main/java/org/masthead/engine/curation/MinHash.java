package org.masthead.engine.curation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.minhash.MinHashFilter;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * MinHash signatures of texts (Lucene's one-permutation {@link MinHashFilter} over word 3-shingles) and their
 * locality-sensitive hashing bands: two texts share a band key with a probability that rises steeply with their
 * Jaccard similarity, so near-duplicates are found by a handful of indexed lookups.
 */
final class MinHash {
    static final int BUCKETS = 64;
    static final int BANDS = 16;
    static final int ROWS = BUCKETS / BANDS;
    /** Shorter texts share too few shingles for their likeness to mean copying: a note, a poem, a test story. */
    static final int MIN_WORDS = 50;
    private static final java.util.regex.Pattern SPACE = java.util.regex.Pattern.compile("\\s+");
    private static final HexFormat HEX = HexFormat.of();

    private static final Analyzer SHINGLES = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            StandardTokenizer words = new StandardTokenizer();
            ShingleFilter shingles = new ShingleFilter(new LowerCaseFilter(words), 3, 3);
            shingles.setOutputUnigrams(false);
            shingles.setOutputUnigramsIfNoShingles(true);
            return new TokenStreamComponents(words, new MinHashFilter(shingles, 1, BUCKETS, 1, true));
        }
    };

    private MinHash() {
    }

    /** The signature of {@code text}: one value per bucket, or empty for a text under {@link #MIN_WORDS} words. */
    static long[] signature(String text) {
        if (SPACE.split(text.strip()).length < MIN_WORDS) {
            return new long[0];
        }
        List<Long> values = new ArrayList<>(BUCKETS);
        try (TokenStream tokens = SHINGLES.tokenStream("body", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                long value = 0;
                for (int i = 0; i < Math.min(4, term.length()); i++) {
                    value = value << 16 | term.charAt(i);
                }
                values.add(value);
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return values.size() == BUCKETS ? values.stream().mapToLong(Long::longValue).toArray() : new long[0];
    }

    /** The estimated Jaccard similarity of two signatures: the share of buckets where they agree. */
    static double similarity(long[] a, long[] b) {
        if (a.length != BUCKETS || b.length != BUCKETS) {
            return 0;
        }
        int same = 0;
        for (int i = 0; i < BUCKETS; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return (double) same / BUCKETS;
    }

    /** One key per band: a hash of the band's number and its rows. */
    static List<Long> bandKeys(long[] signature) {
        List<Long> keys = new ArrayList<>(BANDS);
        for (int band = 0; band < BANDS && signature.length == BUCKETS; band++) {
            long key = band;
            for (int row = 0; row < ROWS; row++) {
                key = mix(key * 31 + signature[band * ROWS + row]);
            }
            keys.add(key);
        }
        return keys;
    }

    static String encode(long[] signature) {
        StringBuilder out = new StringBuilder(signature.length * 16);
        for (long value : signature) {
            out.append(HEX.toHexDigits(value));
        }
        return out.toString();
    }

    static long[] decode(String text) {
        long[] values = new long[text.length() / 16];
        for (int i = 0; i < values.length; i++) {
            values[i] = HEX.fromHexDigitsToLong(text, i * 16, i * 16 + 16);
        }
        return values;
    }

    /** SplitMix64's finalizer: spreads the bits so that band keys are uniform. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
