package org.masthead.engine.embed;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.masthead.api.embed.EmbedHandler;
import org.masthead.api.embed.EmbedRequest;
import org.masthead.api.embed.EmbedResult;
import org.masthead.api.embed.FetchException;
import org.masthead.api.embed.FetchedResponse;
import org.masthead.engine.db.Database;
import org.masthead.engine.db.DuplicateKeys;
import org.masthead.engine.db.PublicIds;
import org.masthead.engine.media.BlobStore;
import org.masthead.engine.media.ImageFormat;
import org.masthead.engine.media.ImageProcessor;
import org.masthead.engine.web.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns pasted URLs into story HTML: asks the embed handlers (guarded, first match wins) through the safe
 * fetcher, keeps only a frame the site allows, downloads thumbnails and serves them itself, and caches each
 * resolution in the database for every node until its TTL runs out or an admin refreshes it.
 */
@ApplicationScoped
public class EmbedService {
    private static final Logger LOG = LoggerFactory.getLogger(EmbedService.class);
    private static final List<String> IMAGES = List.of("image/*");
    private static final double DEFAULT_RATIO = 16.0 / 9;

    /**
     * How a refresh went.
     *
     * @param embeds URLs that are click-to-load embeds now
     * @param cards  URLs that are link cards now
     * @param links  URLs that are plain links now
     */
    public record Refreshed(int embeds, int cards, int links) {
    }

    private final Database database;
    private final EmbedMapper embeds;
    private final EmbedHandler handler;
    private final SafeFetcher fetcher;
    private final ImageProcessor images;
    private final BlobStore blobs;
    private final EmbedSettings settings;
    private final EmbedMarkup markup;
    private final Clock clock;
    // Resolving waits on the network: a story's URLs are resolved side by side, a few at a time.
    private final ExecutorService workers = Executors.newFixedThreadPool(4, task -> {
        Thread thread = new Thread(task, "masthead-embed");
        thread.setDaemon(true);
        return thread;
    });

    @Inject
    public EmbedService(Database database, EmbedHandler handler, SafeFetcher fetcher, ImageProcessor images,
                        BlobStore blobs, EmbedSettings settings, Clock clock) {
        this.database = database;
        this.embeds = database.mapper(EmbedMapper.class);
        this.handler = handler;
        this.fetcher = fetcher;
        this.images = images;
        this.blobs = blobs;
        this.settings = settings;
        this.markup = new EmbedMarkup(settings.frameOrigins());
        this.clock = clock;
    }

    @PreDestroy
    void close() {
        workers.shutdownNow();
    }

    /** The key a URL is stored under: the hex SHA-256 of its text. */
    public static String key(URI url) {
        return sha256(url.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The story HTML of each URL: a cached resolution while it is fresh, else a new one. */
    public Map<URI, String> html(Collection<URI> urls) {
        return inParallel(urls, url -> markup.html(Optional.ofNullable(embeds.cached(key(url), clock.instant()))
                .orElseGet(() -> resolve(url))));
    }

    /** Resolves {@code urls} again, whatever the cache holds, and caches the new results. */
    public Refreshed refresh(Collection<URI> urls) {
        Map<URI, String> kinds = inParallel(urls, url -> resolve(url).kind());
        return new Refreshed(count(kinds, "EMBED"), count(kinds, "CARD"), count(kinds, "LINK"));
    }

    /** Deletes cached resolutions whose time is up. */
    int purgeExpired() {
        return embeds.purgeExpired(clock.instant());
    }

    /** The bytes of the thumbnail served at {@code /embeds/thumbnails/{publicId}.{extension}}. */
    public Optional<BlobStore.Blob> thumbnail(String publicId, String extension) {
        EmbedMapper.ThumbnailRow row = embeds.thumbnail(publicId);
        if (row == null || !ImageFormat.ofContentType(row.contentType()).extension().equals(extension)) {
            return Optional.empty();
        }
        return blobs.get(row.blobKey());
    }

    private <T> Map<URI, T> inParallel(Collection<URI> urls, Function<URI, T> work) {
        Map<URI, CompletableFuture<T>> running = new LinkedHashMap<>();
        urls.forEach(url -> running.put(url, CompletableFuture.supplyAsync(() -> work.apply(url), workers)));
        Map<URI, T> results = new LinkedHashMap<>();
        running.forEach((url, result) -> results.put(url, result.join()));
        return results;
    }

    private static int count(Map<URI, String> kinds, String kind) {
        return (int) kinds.values().stream().filter(kind::equals).count();
    }

    private EmbedMapper.CachedRow resolve(URI url) {
        Instant now = clock.instant();
        EmbedMapper.CachedRow row = row(url, handler.embed(new EmbedRequest(url, now, fetcher)));
        String key = key(url);
        DuplicateKeys.inTransaction(database, () -> {
            embeds.forget(key);
            embeds.remember(key, row, now, now.plus(settings.cacheTtl()));
        });
        return row;
    }

    private EmbedMapper.CachedRow row(URI url, EmbedResult result) {
        if (result instanceof EmbedResult.Embed embed) {
            Optional<String> frame = markup.frameSource(embed.html(), embed.iframeHosts());
            EmbedMapper.ThumbnailRow thumbnail = thumbnail(embed.thumbnail());
            if (frame.isEmpty()) {
                LOG.info("Embed of {} by {} has no frame this site allows; showing it as a link card", url,
                        embed.provider());
                return row("CARD", url, embed.provider(), embed.title().isBlank() ? url.toString() : embed.title(),
                        "", embed.author().isBlank() ? "" : "By " + embed.author(), null, DEFAULT_RATIO, thumbnail);
            }
            double ratio = Math.max(0.25, Math.min(4, embed.aspectRatio()));
            return row("EMBED", url, embed.provider(), embed.title(), embed.author(), "", frame.get(), ratio,
                    thumbnail);
        }
        if (result instanceof EmbedResult.LinkCard card) {
            return row("CARD", url, card.siteName(), card.title(), "", card.description(), null, DEFAULT_RATIO,
                    thumbnail(card.image()));
        }
        return row("LINK", url, "", "", "", "", null, DEFAULT_RATIO, null);
    }

    private static EmbedMapper.CachedRow row(String kind, URI url, String provider, String title, String author,
                                             String description, String frameSrc, double ratio,
                                             EmbedMapper.ThumbnailRow thumbnail) {
        return new EmbedMapper.CachedRow(kind, url.toString(), clip(provider, 200), clip(title, 500),
                clip(author, 300), clip(description, 1000), frameSrc != null && frameSrc.length() <= 2000 ? frameSrc
                : null, ratio, thumbnail == null ? null : thumbnail.id(),
                thumbnail == null ? null : thumbnail.publicId(), thumbnail == null ? null : thumbnail.contentType(),
                thumbnail == null ? null : thumbnail.width(), thumbnail == null ? null : thumbnail.height());
    }

    /** Downloads an image through the safe fetcher and keeps a clean, small copy; nothing if that fails. */
    private EmbedMapper.ThumbnailRow thumbnail(URI image) {
        if (image == null) {
            return null;
        }
        ImageProcessor.Processed processed;
        try {
            FetchedResponse response = fetcher.get(image, IMAGES);
            processed = images.thumbnail(response.body());
        } catch (FetchException | ApiException e) {
            LOG.info("No thumbnail from {}: {}", image, e.getMessage());
            return null;
        }
        String sha256 = sha256(processed.bytes());
        return DuplicateKeys.inTransaction(database, () -> {
            EmbedMapper.ThumbnailRow existing = embeds.thumbnailBySha256(sha256);
            if (existing != null) {
                return existing;
            }
            String blobKey = blobs.put(processed.bytes(), processed.format().contentType());
            String publicId = PublicIds.next();
            embeds.insertThumbnail(publicId, sha256, blobKey, processed.format().contentType(), processed.width(),
                    processed.height(), clock.instant());
            return embeds.thumbnail(publicId);
        });
    }

    private static String clip(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
