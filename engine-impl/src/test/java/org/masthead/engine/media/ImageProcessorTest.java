package org.masthead.engine.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.masthead.engine.web.ApiException;

/** The size limits, with exact values. */
class ImageProcessorTest {

    private static String refusal(int width, int height) {
        ApiException refused = assertThrows(ApiException.class, () -> ImageProcessor.checkSize(width, height));
        return refused.code() + ": " + refused.getMessage();
    }

    @Test
    void limits() {
        assertEquals(40_000_000, ImageProcessor.checkSize(10_000, 4_000));
        assertEquals(39_999_300, ImageProcessor.checkSize(6_325, 6_324));
        assertEquals(10_000, ImageProcessor.checkSize(10_000, 1));
        assertEquals(1, ImageProcessor.checkSize(1, 1));
    }

    @Test
    void refusals() {
        assertEquals("image_too_large: images may be at most 10000 pixels a side and 40 megapixels; this one is 10001×1",
                refusal(10_001, 1));
        assertEquals("image_too_large: images may be at most 10000 pixels a side and 40 megapixels; this one is 1×20000",
                refusal(1, 20_000));
        assertEquals("image_too_large: images may be at most 10000 pixels a side and 40 megapixels; this one is 6325×6325",
                refusal(6_325, 6_325));
        assertEquals("invalid_image: the image is damaged or cannot be read", refusal(0, 10));
    }
}
