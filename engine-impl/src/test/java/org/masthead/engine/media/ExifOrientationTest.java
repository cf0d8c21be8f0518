package org.masthead.engine.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Reading the EXIF orientation from a JPEG's bytes, and turning pixels upright. */
class ExifOrientationTest {
    private static final byte[] JPEG = TestImages.encode(TestImages.filled(4, 2, Color.BLACK), "jpeg");
    private static final int A = 0xFF0000;
    private static final int B = 0x00FF00;
    private static final int C = 0x0000FF;
    private static final int D = 0xFFFFFF;

    @Test
    void readsTheOrientationInEitherByteOrder() {
        for (int orientation = 1; orientation <= 8; orientation++) {
            assertEquals(orientation, ExifOrientation.of(TestImages.withApp1(JPEG,
                    TestImages.exifOrientation(orientation, false))));
            assertEquals(orientation, ExifOrientation.of(TestImages.withApp1(JPEG,
                    TestImages.exifOrientation(orientation, true))));
        }
    }

    @Test
    void anythingElseIsUpright() {
        assertEquals(1, ExifOrientation.of(JPEG), "no EXIF");
        assertEquals(1, ExifOrientation.of(TestImages.withApp1(JPEG, TestImages.exifOrientation(9, false))),
                "out of range");
        assertEquals(1, ExifOrientation.of(TestImages.withApp1(JPEG, TestImages.exifOrientation(0, true))));
        byte[] exif = TestImages.exifOrientation(6, false);
        assertEquals(1, ExifOrientation.of(TestImages.withApp1(JPEG, Arrays.copyOf(exif, exif.length - 10))),
                "the entry cut short");
        exif[6] = 'X';
        assertEquals(1, ExifOrientation.of(TestImages.withApp1(JPEG, exif)), "no byte order mark");
        byte[] farOffset = TestImages.exifOrientation(6, false);
        farOffset[13] = 0x7F;
        farOffset[10] = 0x7F;
        assertEquals(1, ExifOrientation.of(TestImages.withApp1(JPEG, farOffset)), "directory beyond the segment");
        assertEquals(1, ExifOrientation.of(TestImages.withApp1(JPEG,
                "XMP http://ns.adobe.com/xap/1.0/".getBytes(StandardCharsets.US_ASCII))), "APP1 that is not EXIF");
        assertEquals(1, ExifOrientation.of(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE1, 0x7F}));
        byte[] truncated = TestImages.withApp1(JPEG, TestImages.exifOrientation(6, false));
        assertEquals(1, ExifOrientation.of(Arrays.copyOf(truncated, 20)), "file ends inside the segment");
    }

    /** Applies {@code orientation} to [[A, B], [C, D]] and returns the rows it shows. */
    private static String turned(int orientation) {
        BufferedImage image = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, A);
        image.setRGB(1, 0, B);
        image.setRGB(0, 1, C);
        image.setRGB(1, 1, D);
        BufferedImage upright = ExifOrientation.apply(image, orientation);
        StringBuilder rows = new StringBuilder();
        for (int y = 0; y < 2; y++) {
            for (int x = 0; x < 2; x++) {
                int rgb = upright.getRGB(x, y) & 0xFFFFFF;
                rows.append(rgb == A ? 'A' : rgb == B ? 'B' : rgb == C ? 'C' : rgb == D ? 'D' : '?');
            }
            rows.append(y == 0 ? "/" : "");
        }
        return rows.toString();
    }

    @Test
    void theEightOrientations() {
        assertEquals("AB/CD", turned(1));
        assertEquals("BA/DC", turned(2), "mirrored");
        assertEquals("DC/BA", turned(3), "rotated 180°");
        assertEquals("CD/AB", turned(4), "mirrored vertically");
        assertEquals("AC/BD", turned(5), "transposed");
        assertEquals("CA/DB", turned(6), "rotated 90° clockwise");
        assertEquals("DB/CA", turned(7), "transversed");
        assertEquals("BD/AC", turned(8), "rotated 90° counter-clockwise");
    }

    @Test
    void sidewaysOrientationsSwapWidthAndHeight() {
        BufferedImage wide = TestImages.filled(30, 10, Color.RED);
        assertSame(wide, ExifOrientation.apply(wide, 1));
        for (int orientation = 2; orientation <= 8; orientation++) {
            BufferedImage upright = ExifOrientation.apply(wide, orientation);
            assertEquals(orientation >= 5 ? 10 : 30, upright.getWidth(), "orientation " + orientation);
            assertEquals(orientation >= 5 ? 30 : 10, upright.getHeight(), "orientation " + orientation);
        }
    }
}
