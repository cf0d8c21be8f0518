package org.masthead.engine.curation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MinHashTest {
    private static final String TEXT = words(0, 200);

    private static String words(int from, int to) {
        return IntStream.range(from, to).mapToObj(i -> "w" + i).collect(Collectors.joining(" "));
    }

    @Test
    void theSameTextHasTheSameSignatureAndEveryBandInCommon() {
        long[] a = MinHash.signature(TEXT);
        long[] b = MinHash.signature(TEXT.toUpperCase());

        assertEquals(MinHash.BUCKETS, a.length);
        assertEquals(1.0, MinHash.similarity(a, b));
        assertEquals(MinHash.bandKeys(a), MinHash.bandKeys(b));
        assertEquals(MinHash.BANDS, MinHash.bandKeys(a).size());
        assertArrayEquals(a, MinHash.decode(MinHash.encode(a)));
    }

    @Test
    void similarityTracksTheShareOfSharedShingles() {
        // 200 words against 180 of them plus 20 new: 178 shared 3-shingles of 218, a Jaccard of 0.82.
        double near = MinHash.similarity(MinHash.signature(TEXT), MinHash.signature(words(0, 180) + " "
                + words(1000, 1020)));
        double unrelated = MinHash.similarity(MinHash.signature(TEXT), MinHash.signature(words(5000, 5200)));

        assertTrue(near > 0.65 && near < 0.95, "estimate " + near);
        assertTrue(unrelated < 0.1, "estimate " + unrelated);
    }

    @Test
    void shortTextsHaveNoSignature() {
        assertEquals(0, MinHash.signature(words(0, MinHash.MIN_WORDS - 1)).length);
        assertEquals(List.of(), MinHash.bandKeys(new long[0]));
        assertEquals(MinHash.BUCKETS, MinHash.signature(words(0, MinHash.MIN_WORDS)).length);
    }
}
