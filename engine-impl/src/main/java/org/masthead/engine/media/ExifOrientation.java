package org.masthead.engine.media;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.Arrays;

/**
 * The EXIF orientation of a JPEG. Cameras and phones store the pixels as the sensor saw them and record in EXIF how
 * to turn them upright; re-encoding drops EXIF, so the turn has to be applied to the pixels first or portrait
 * photos come out lying on their side. Read from the file's bytes rather than through ImageIO's metadata, which
 * refuses many camera files (an EXIF segment before the JFIF one).
 */
final class ExifOrientation {
    /** Upright: the pixels are stored as they are shown. */
    static final int UPRIGHT = 1;
    private static final int APP1 = 0xE1;
    private static final int START_OF_SCAN = 0xDA;
    private static final int ORIENTATION_TAG = 0x0112;
    private static final int SHORT = 3;
    private static final byte[] EXIF = {'E', 'x', 'i', 'f', 0, 0};

    private ExifOrientation() {
    }

    /** The orientation, 1 to 8, recorded in {@code jpeg}'s EXIF segment; upright when it has none or it is damaged. */
    static int of(byte[] jpeg) {
        int at = 2;
        while (at + 4 <= jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
            int marker = jpeg[at + 1] & 0xFF;
            int length = unsigned16(jpeg, at + 2, false);
            if (marker == START_OF_SCAN || length < 2) {
                break;
            }
            int data = at + 4;
            int end = (int) Math.min(jpeg.length, (long) at + 2 + length);
            if (marker == APP1 && end - data >= EXIF.length
                    && Arrays.equals(jpeg, data, data + EXIF.length, EXIF, 0, EXIF.length)) {
                return fromTiff(jpeg, data + EXIF.length, end);
            }
            at += 2 + length;
        }
        return UPRIGHT;
    }

    /** The orientation entry of the first image file directory of the TIFF structure at {@code tiff}. */
    private static int fromTiff(byte[] bytes, int tiff, int end) {
        if (tiff + 8 > end) {
            return UPRIGHT;
        }
        boolean littleEndian;
        if (bytes[tiff] == 'I' && bytes[tiff + 1] == 'I') {
            littleEndian = true;
        } else if (bytes[tiff] == 'M' && bytes[tiff + 1] == 'M') {
            littleEndian = false;
        } else {
            return UPRIGHT;
        }
        long directory = tiff + unsigned32(bytes, tiff + 4, littleEndian);
        if (directory + 2 > end) {
            return UPRIGHT;
        }
        int entries = unsigned16(bytes, (int) directory, littleEndian);
        for (int i = 0; i < entries; i++) {
            long entry = directory + 2 + 12L * i;
            if (entry + 12 > end) {
                return UPRIGHT;
            }
            int at = (int) entry;
            if (unsigned16(bytes, at, littleEndian) == ORIENTATION_TAG
                    && unsigned16(bytes, at + 2, littleEndian) == SHORT) {
                int orientation = unsigned16(bytes, at + 8, littleEndian);
                return orientation >= 1 && orientation <= 8 ? orientation : UPRIGHT;
            }
        }
        return UPRIGHT;
    }

    /**
     * {@code image} turned upright from {@code orientation}: mirrored, rotated or both, as EXIF defines the eight
     * values. The result has no transparency, as JPEG has none.
     */
    static BufferedImage apply(BufferedImage image, int orientation) {
        int width = image.getWidth();
        int height = image.getHeight();
        // Each maps a stored pixel (x, y) to where it is shown.
        AffineTransform turn = switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, width, 0);
            case 3 -> new AffineTransform(-1, 0, 0, -1, width, height);
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, height);
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case 6 -> new AffineTransform(0, 1, -1, 0, height, 0);
            case 7 -> new AffineTransform(0, -1, -1, 0, height, width);
            case 8 -> new AffineTransform(0, -1, 1, 0, 0, width);
            default -> null;
        };
        if (turn == null) {
            return image;
        }
        boolean sideways = orientation >= 5;
        BufferedImage upright = new BufferedImage(sideways ? height : width, sideways ? width : height,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = upright.createGraphics();
        try {
            graphics.drawImage(image, turn, null);
        } finally {
            graphics.dispose();
        }
        return upright;
    }

    private static int unsigned16(byte[] bytes, int at, boolean littleEndian) {
        int first = bytes[at] & 0xFF;
        int second = bytes[at + 1] & 0xFF;
        return littleEndian ? second << 8 | first : first << 8 | second;
    }

    private static long unsigned32(byte[] bytes, int at, boolean littleEndian) {
        long high = unsigned16(bytes, littleEndian ? at + 2 : at, littleEndian);
        long low = unsigned16(bytes, littleEndian ? at : at + 2, littleEndian);
        return high << 16 | low;
    }
}
