package org.masthead.engine.media;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * The image formats an upload may be in: Medium's list (JPEG, PNG, GIF, TIFF) and WebP where ImageIO can read it.
 * An upload's format is recognized from its first bytes, never from its file name or declared type.
 */
public enum ImageFormat {
    JPEG("jpeg", "image/jpeg", "jpg"),
    PNG("png", "image/png", "png"),
    GIF("gif", "image/gif", "gif"),
    TIFF("tiff", "image/tiff", "tif"),
    WEBP("webp", "image/webp", "webp");

    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] GIF87A = ascii("GIF87a");
    private static final byte[] GIF89A = ascii("GIF89a");
    private static final byte[] TIFF_LITTLE_ENDIAN = {'I', 'I', 42, 0};
    private static final byte[] TIFF_BIG_ENDIAN = {'M', 'M', 0, 42};
    private static final byte[] RIFF = ascii("RIFF");
    private static final byte[] WEBP_MAGIC = ascii("WEBP");

    private final String imageIoName;
    private final String contentType;
    private final String extension;

    ImageFormat(String imageIoName, String contentType, String extension) {
        this.imageIoName = imageIoName;
        this.contentType = contentType;
        this.extension = extension;
    }

    /** The format whose signature {@code bytes} start with, if it is one of these. */
    public static Optional<ImageFormat> sniff(byte[] bytes) {
        if (startsWith(bytes, 0, JPEG_MAGIC)) {
            return Optional.of(JPEG);
        }
        if (startsWith(bytes, 0, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        if (startsWith(bytes, 0, GIF87A) || startsWith(bytes, 0, GIF89A)) {
            return Optional.of(GIF);
        }
        if (startsWith(bytes, 0, TIFF_LITTLE_ENDIAN) || startsWith(bytes, 0, TIFF_BIG_ENDIAN)) {
            return Optional.of(TIFF);
        }
        // A RIFF container: 4 bytes of length, then the form type.
        if (startsWith(bytes, 0, RIFF) && startsWith(bytes, 8, WEBP_MAGIC)) {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    /** The format served with {@code contentType}. */
    public static ImageFormat ofContentType(String contentType) {
        return Arrays.stream(values()).filter(format -> format.contentType.equals(contentType)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not an image content type: " + contentType));
    }

    /** Whether this JVM's ImageIO has a reader for the format (WebP needs a plugin the JDK does not ship). */
    public boolean readable() {
        return ImageIO.getImageReadersByFormatName(imageIoName).hasNext();
    }

    /** The ImageIO format name, such as {@code jpeg}. */
    public String imageIoName() {
        return imageIoName;
    }

    /** The media type, such as {@code image/jpeg}. */
    public String contentType() {
        return contentType;
    }

    /** The file name extension of its URL, such as {@code jpg}. */
    public String extension() {
        return extension;
    }

    private static boolean startsWith(byte[] bytes, int offset, byte[] prefix) {
        return bytes.length >= offset + prefix.length
                && Arrays.equals(bytes, offset, offset + prefix.length, prefix, 0, prefix.length);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
