package org.masthead.engine.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/** Images made in the test with ImageIO, and byte-level surgery on them. */
public final class TestImages {

    private TestImages() {
    }

    /** A {@code width}×{@code height} image in one colour. */
    public static BufferedImage filled(int width, int height, Color color) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(color);
        graphics.fillRect(0, 0, width, height);
        graphics.dispose();
        return image;
    }

    /** Random pixels, which compress badly: a large file from a small image. */
    static BufferedImage noise(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(42);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        return image;
    }

    /** {@code image} encoded by ImageIO as {@code format} ({@code png}, {@code jpeg}, {@code tiff}…). */
    public static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** An animated GIF, one frame per colour. */
    static byte[] animatedGif(int width, int height, Color... frames) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.prepareWriteSequence(null);
            for (Color color : frames) {
                writer.writeToSequence(new IIOImage(filled(width, height, color), null, null), null);
            }
            writer.endWriteSequence();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** Every frame of an image, decoded. */
    static List<BufferedImage> frames(byte[] bytes) {
        ImageReader reader = ImageIO.getImageReaders(new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes)))
                .next();
        try {
            reader.setInput(new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes)));
            List<BufferedImage> frames = new ArrayList<>();
            for (int i = 0; i < reader.getNumImages(true); i++) {
                frames.add(reader.read(i));
            }
            return frames;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            reader.dispose();
        }
    }

    static BufferedImage decode(byte[] bytes) {
        return frames(bytes).get(0);
    }

    /** {@code jpeg} with an APP1 (EXIF) segment holding {@code exif} right after its start marker. */
    static byte[] withApp1(byte[] jpeg, byte[] exif) {
        ByteBuffer out = ByteBuffer.allocate(jpeg.length + 4 + exif.length);
        out.put(jpeg, 0, 2);
        out.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (exif.length + 2)).put(exif);
        out.put(jpeg, 2, jpeg.length - 2);
        return out.array();
    }

    /** An EXIF segment's content recording {@code orientation}, in either byte order, as cameras write it. */
    static byte[] exifOrientation(int orientation, boolean littleEndian) {
        ByteBuffer exif = ByteBuffer.allocate(6 + 8 + 2 + 12 + 4)
                .order(littleEndian ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        exif.put("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
        exif.put(littleEndian ? (byte) 'I' : (byte) 'M').put(littleEndian ? (byte) 'I' : (byte) 'M').putShort((short) 42)
                .putInt(8);
        exif.putShort((short) 1);
        exif.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        exif.putInt(0);
        return exif.array();
    }

    /** The markers of a JPEG's segments, from its start up to the image data. */
    static List<Integer> jpegMarkers(byte[] jpeg) {
        List<Integer> markers = new ArrayList<>();
        int at = 2;
        while (at + 4 <= jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
            int marker = jpeg[at + 1] & 0xFF;
            markers.add(marker);
            if (marker == 0xDA) {
                break;
            }
            at += 2 + ((jpeg[at + 2] & 0xFF) << 8 | (jpeg[at + 3] & 0xFF));
        }
        return markers;
    }

    /** A PNG chunk: length, type, data and CRC. */
    static byte[] pngChunk(String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(typeBytes).put(data)
                .putInt((int) crc.getValue()).array();
    }

    /** {@code png} with {@code chunk} inserted after its header chunk. */
    static byte[] withChunk(byte[] png, byte[] chunk) {
        int afterHeader = 8 + 25;
        ByteBuffer out = ByteBuffer.allocate(png.length + chunk.length);
        out.put(png, 0, afterHeader).put(chunk).put(png, afterHeader, png.length - afterHeader);
        return out.array();
    }

    /** The start of a PNG that claims to be {@code width}×{@code height}, with no pixels after it. */
    static byte[] pngHeader(int width, int height) {
        byte[] header = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0).array();
        ByteBuffer out = ByteBuffer.allocate(8 + 25 + 12);
        out.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        out.put(pngChunk("IHDR", header)).put(pngChunk("IEND", new byte[0]));
        return out.array();
    }

    static boolean contains(byte[] haystack, String needle) {
        return new String(haystack, StandardCharsets.ISO_8859_1).contains(needle);
    }
}
