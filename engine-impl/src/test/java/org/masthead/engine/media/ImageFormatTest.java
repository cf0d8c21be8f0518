package org.masthead.engine.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Recognizing image formats from their first bytes. */
class ImageFormatTest {

    private static Optional<ImageFormat> sniff(int... bytes) {
        byte[] data = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            data[i] = (byte) bytes[i];
        }
        return ImageFormat.sniff(data);
    }

    private static Optional<ImageFormat> sniff(String ascii) {
        return ImageFormat.sniff(ascii.getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void signatures() {
        assertEquals(Optional.of(ImageFormat.JPEG), sniff(0xFF, 0xD8, 0xFF, 0xE0));
        assertEquals(Optional.of(ImageFormat.JPEG), sniff(0xFF, 0xD8, 0xFF));
        assertEquals(Optional.of(ImageFormat.PNG), sniff(0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13));
        assertEquals(Optional.of(ImageFormat.GIF), sniff("GIF87a\u0001\0\u0001\0"));
        assertEquals(Optional.of(ImageFormat.GIF), sniff("GIF89a"));
        assertEquals(Optional.of(ImageFormat.TIFF), sniff('I', 'I', 42, 0, 8, 0, 0, 0));
        assertEquals(Optional.of(ImageFormat.TIFF), sniff('M', 'M', 0, 42, 0, 0, 0, 8));
        assertEquals(Optional.of(ImageFormat.WEBP), sniff("RIFF\u0024\0\0\0WEBPVP8 "));
    }

    @Test
    void nearMissesAreNothing() {
        assertEquals(Optional.empty(), sniff(0xFF, 0xD8), "a JPEG start cut short");
        assertEquals(Optional.empty(), sniff(0x89, 'P', 'N', 'G', '\r', '\n', 0x1A), "PNG signature one byte short");
        assertEquals(Optional.empty(), sniff(0x89, 'P', 'N', 'G', '\n', '\r', 0x1A, '\n'), "line endings swapped");
        assertEquals(Optional.empty(), sniff("GIF88a"));
        assertEquals(Optional.empty(), sniff('I', 'I', 43, 0), "BigTIFF, which ImageIO cannot read");
        assertEquals(Optional.empty(), sniff('I', 'M', 42, 0));
        assertEquals(Optional.empty(), sniff("RIFF\u0024\0\0\0WAVEfmt "), "a RIFF file that is sound");
        assertEquals(Optional.empty(), sniff("RIFF\u0024\0\0\0WEB"));
        assertEquals(Optional.empty(), sniff("BM"), "BMP is not on the list");
        assertEquals(Optional.empty(), sniff("<svg xmlns=\"http://www.w3.org/2000/svg\"/>"), "SVG can carry script");
        assertEquals(Optional.empty(), sniff("%PDF-1.7"));
        assertEquals(Optional.empty(), sniff(""));
        assertEquals(Optional.empty(), sniff(" \u00FF\u00D8\u00FF"), "a signature must be at the start");
    }

    @Test
    void realFilesFromImageIo() {
        assertEquals(Optional.of(ImageFormat.JPEG),
                ImageFormat.sniff(TestImages.encode(TestImages.filled(3, 3, Color.RED), "jpeg")));
        assertEquals(Optional.of(ImageFormat.PNG),
                ImageFormat.sniff(TestImages.encode(TestImages.filled(3, 3, Color.RED), "png")));
        assertEquals(Optional.of(ImageFormat.GIF), ImageFormat.sniff(TestImages.animatedGif(3, 3, Color.RED)));
        assertEquals(Optional.of(ImageFormat.TIFF),
                ImageFormat.sniff(TestImages.encode(TestImages.filled(3, 3, Color.RED), "tiff")));
    }

    @Test
    void namesAndTypes() {
        assertEquals("jpg", ImageFormat.JPEG.extension());
        assertEquals("image/jpeg", ImageFormat.JPEG.contentType());
        assertEquals(ImageFormat.GIF, ImageFormat.ofContentType("image/gif"));
        assertThrows(IllegalArgumentException.class, () -> ImageFormat.ofContentType("text/html"));
        assertTrue(ImageFormat.TIFF.readable());
        assertFalse(ImageFormat.WEBP.readable(), "the JDK has no WebP reader");
    }
}
