package org.masthead.engine.media;

import jakarta.enterprise.context.ApplicationScoped;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.Semaphore;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.masthead.engine.web.ApiException;

/**
 * Turns an upload into an image safe to store and serve. The format is sniffed from the bytes; the dimensions are
 * read from the header and checked before anything is decoded, so a small file that claims a huge image
 * (a decompression bomb) is refused cheaply. Still images are decoded and encoded again, which drops their
 * metadata (EXIF with GPS position, camera serial numbers, comments) after applying the EXIF orientation: JPEG
 * stays JPEG, PNG, TIFF and WebP become PNG. A GIF is kept as uploaded, so its animation survives, once each of its
 * frames has decoded.
 */
@ApplicationScoped
public class ImageProcessor {
    /** The longest side an image may have. */
    static final int MAX_SIDE = 10_000;
    /** The most pixels an image, or one frame of an animation, may have. */
    static final long MAX_PIXELS = 40_000_000;
    /** The most pixels all the frames of an animation may have together: each of them is decoded to check it. */
    static final long MAX_ANIMATION_PIXELS = 250_000_000;
    /** The side of an avatar, in pixels. */
    static final int AVATAR_SIZE = 400;
    /** The longest side of an embed's thumbnail or a link card's image, in pixels. */
    static final int THUMBNAIL_SIDE = 800;
    private static final float JPEG_QUALITY = 0.9f;

    /**
     * An image ready to store.
     *
     * @param bytes  the encoded image
     * @param format its format
     * @param width  width in pixels
     * @param height height in pixels
     */
    public record Processed(byte[] bytes, ImageFormat format, int width, int height) {
    }

    /** What to make of an image whose header passed the checks. */
    private interface Step {
        Processed apply(ImageFormat format, ImageReader reader);
    }

    /** An ImageIO call on uploaded bytes. */
    private interface Decoding<T> {
        T call() throws IOException;
    }

    // A decoded 40-megapixel image takes 160 MB or more: bound how many are in memory at once, whatever the load.
    private final Semaphore decoding = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()));

    /**
     * An uploaded image as it will be stored.
     *
     * @throws ApiException 400 {@code unsupported_image}, {@code invalid_image} or {@code image_too_large}
     */
    public Processed upload(byte[] upload) {
        return process(upload, (format, reader) -> format == ImageFormat.GIF ? validatedGif(upload, reader)
                : encode(still(upload, format, reader), stillFormat(format)));
    }

    /**
     * An uploaded image made into an avatar: its centre cropped to a square and scaled to
     * {@value #AVATAR_SIZE}×{@value #AVATAR_SIZE}, a JPEG from a JPEG and a PNG from anything else (the first frame
     * of an animation).
     *
     * @throws ApiException 400 {@code unsupported_image}, {@code invalid_image} or {@code image_too_large}
     */
    public Processed avatar(byte[] upload) {
        return process(upload, (format, reader) -> {
            BufferedImage image = still(upload, format, reader);
            ImageFormat output = stillFormat(format);
            return encode(square(image, AVATAR_SIZE, output == ImageFormat.PNG && image.getColorModel().hasAlpha()),
                    output);
        });
    }

    /**
     * An image downloaded for an embed or a link card, made into a thumbnail the site serves itself: its first
     * frame, scaled down to fit {@value #THUMBNAIL_SIDE} pixels a side, a JPEG from a JPEG and a PNG from anything
     * else, without metadata.
     *
     * @throws ApiException 400 {@code unsupported_image}, {@code invalid_image} or {@code image_too_large}
     */
    public Processed thumbnail(byte[] download) {
        return process(download, (format, reader) -> {
            BufferedImage image = still(download, format, reader);
            ImageFormat output = stillFormat(format);
            double scale = Math.min(1, (double) THUMBNAIL_SIDE / Math.max(image.getWidth(), image.getHeight()));
            boolean alpha = output == ImageFormat.PNG && image.getColorModel().hasAlpha();
            return encode(scale == 1 ? image : scaled(image, Math.max(1, (int) Math.round(image.getWidth() * scale)),
                    Math.max(1, (int) Math.round(image.getHeight() * scale)), alpha), output);
        });
    }

    private Processed process(byte[] upload, Step step) {
        ImageFormat format = ImageFormat.sniff(upload).orElseThrow(() -> ApiException.badRequest("unsupported_image",
                "the file is not a JPEG, PNG, GIF or TIFF image"));
        if (!format.readable()) {
            throw ApiException.badRequest("unsupported_image", format.name() + " images are not supported here");
        }
        ImageReader reader = ImageIO.getImageReadersByFormatName(format.imageIoName()).next();
        try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(upload))) {
            reader.setInput(input, false, true);
            checkDimensions(format, reader);
            decoding.acquireUninterruptibly();
            try {
                return step.apply(format, reader);
            } finally {
                decoding.release();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close an in-memory image stream", e);
        } finally {
            reader.dispose();
        }
    }

    /** Checks every frame's size from the headers alone, before any pixel is decoded. */
    private static void checkDimensions(ImageFormat format, ImageReader reader) {
        int frames = format == ImageFormat.GIF ? decode(() -> reader.getNumImages(true)) : 1;
        if (frames < 1) {
            throw invalid();
        }
        long pixels = 0;
        for (int i = 0; i < frames; i++) {
            int frame = i;
            pixels += checkSize(decode(() -> reader.getWidth(frame)), decode(() -> reader.getHeight(frame)));
            if (pixels > MAX_ANIMATION_PIXELS) {
                throw ApiException.badRequest("image_too_large",
                        "the frames of an animation may have at most " + MAX_ANIMATION_PIXELS / 1_000_000
                                + " megapixels together");
            }
        }
    }

    /**
     * @return the pixels of a {@code width}×{@code height} image
     * @throws ApiException 400 {@code image_too_large} past the limits, {@code invalid_image} for an empty image
     */
    static long checkSize(int width, int height) {
        if (width < 1 || height < 1) {
            throw invalid();
        }
        long pixels = (long) width * height;
        if (width > MAX_SIDE || height > MAX_SIDE || pixels > MAX_PIXELS) {
            throw ApiException.badRequest("image_too_large", "images may be at most " + MAX_SIDE + " pixels a side and "
                    + MAX_PIXELS / 1_000_000 + " megapixels; this one is " + width + "×" + height);
        }
        return pixels;
    }

    /** The format a still image is stored in: JPEG stays JPEG, everything else becomes PNG. */
    private static ImageFormat stillFormat(ImageFormat uploaded) {
        return uploaded == ImageFormat.JPEG ? ImageFormat.JPEG : ImageFormat.PNG;
    }

    /** The upload's first image, decoded; a JPEG turned upright by its EXIF orientation, which re-encoding drops. */
    private static BufferedImage still(byte[] upload, ImageFormat format, ImageReader reader) {
        BufferedImage image = decode(() -> reader.read(0));
        return format == ImageFormat.JPEG ? ExifOrientation.apply(image, ExifOrientation.of(upload)) : image;
    }

    /** A GIF as uploaded, once every frame has decoded: re-encoding would lose its animation. */
    private static Processed validatedGif(byte[] upload, ImageReader reader) {
        int frames = decode(() -> reader.getNumImages(false));
        for (int i = 0; i < frames; i++) {
            int frame = i;
            decode(() -> reader.read(frame));
        }
        // The logical screen, in the header after the signature: the size browsers draw the animation at.
        int width = (upload[6] & 0xFF) | (upload[7] & 0xFF) << 8;
        int height = (upload[8] & 0xFF) | (upload[9] & 0xFF) << 8;
        checkSize(width, height);
        return new Processed(upload, ImageFormat.GIF, width, height);
    }

    private static <T> T decode(Decoding<T> call) {
        try {
            return call.call();
        } catch (IOException | RuntimeException e) {
            // ImageIO's readers report damaged input with IIOException, but also with whatever runtime exception
            // the broken data happens to cause (index out of bounds, negative array size…): all of it is the
            // upload's fault, not the server's.
            throw invalid();
        }
    }

    private static ApiException invalid() {
        return ApiException.badRequest("invalid_image", "the image is damaged or cannot be read");
    }

    /** The image's centre, cropped to a square and scaled to {@code size} pixels a side. */
    private static BufferedImage square(BufferedImage image, int size, boolean alpha) {
        int side = Math.min(image.getWidth(), image.getHeight());
        return scaled(image.getSubimage((image.getWidth() - side) / 2, (image.getHeight() - side) / 2, side, side),
                size, size, alpha);
    }

    /** {@code image} scaled down to {@code width}×{@code height}. */
    private static BufferedImage scaled(BufferedImage image, int width, int height, boolean alpha) {
        // Halve first: one bicubic step from thousands of pixels down to a few hundred skips most of them and
        // aliases; halving steps each average their neighbours.
        BufferedImage scaled = image;
        while (scaled.getWidth() / 2 >= width && scaled.getHeight() / 2 >= height) {
            scaled = redraw(scaled, scaled.getWidth() / 2, scaled.getHeight() / 2, alpha);
        }
        return redraw(scaled, width, height, alpha);
    }

    /** Encodes {@code image} without metadata. */
    private static Processed encode(BufferedImage image, ImageFormat format) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName(format.imageIoName()).next();
        // Decoders can produce colour models a writer cannot take (CMYK TIFF, alpha for JPEG): draw those in RGB.
        BufferedImage writable = writer.getOriginatingProvider().canEncodeImage(image) ? image
                : redraw(image, image.getWidth(), image.getHeight(),
                        format == ImageFormat.PNG && image.getColorModel().hasAlpha());
        ImageWriteParam parameters = writer.getDefaultWriteParam();
        if (format == ImageFormat.JPEG) {
            parameters.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            parameters.setCompressionQuality(JPEG_QUALITY);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream output = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(output);
            writer.write(null, new IIOImage(writable, null, null), parameters);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode an image in memory", e);
        } finally {
            writer.dispose();
        }
        return new Processed(bytes.toByteArray(), format, writable.getWidth(), writable.getHeight());
    }

    /** {@code source} drawn at {@code width}×{@code height} in plain RGB, or ARGB to keep transparency. */
    private static BufferedImage redraw(BufferedImage source, int width, int height, boolean alpha) {
        BufferedImage target = new BufferedImage(width, height,
                alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = target.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            graphics.drawImage(source, 0, 0, width, height, null);
        } finally {
            graphics.dispose();
        }
        return target;
    }
}
