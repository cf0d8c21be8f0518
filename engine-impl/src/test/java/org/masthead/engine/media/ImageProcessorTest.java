package org.masthead.engine.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.Color;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.masthead.engine.web.ApiException;

/** The size limits and thumbnail sizes, with exact values. */
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
    void thumbnailsFitEightHundredPixelsAndDropTheAnimation() {
        ImageProcessor processor = new ImageProcessor();

        ImageProcessor.Processed wide = processor.thumbnail(TestImages.encode(TestImages.noise(1600, 900), "png"));
        ImageProcessor.Processed tall = processor.thumbnail(TestImages.encode(TestImages.noise(300, 2000), "jpeg"));
        ImageProcessor.Processed small = processor.thumbnail(TestImages.encode(TestImages.noise(400, 300), "jpeg"));
        ImageProcessor.Processed gif = processor.thumbnail(TestImages.animatedGif(40, 30, Color.RED, Color.BLUE));

        assertEquals(List.of(ImageFormat.PNG, 800, 450), List.of(wide.format(), wide.width(), wide.height()));
        assertEquals(List.of(ImageFormat.JPEG, 120, 800), List.of(tall.format(), tall.width(), tall.height()));
        assertEquals(List.of(ImageFormat.JPEG, 400, 300), List.of(small.format(), small.width(), small.height()));
        assertEquals(List.of(ImageFormat.PNG, 40, 30), List.of(gif.format(), gif.width(), gif.height()));
        assertEquals("unsupported_image", assertThrows(ApiException.class,
                () -> processor.thumbnail("<html>".getBytes(java.nio.charset.StandardCharsets.US_ASCII))).code());
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
