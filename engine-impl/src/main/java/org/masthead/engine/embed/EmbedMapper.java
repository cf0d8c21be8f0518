package org.masthead.engine.embed;

import java.time.Instant;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.masthead.engine.db.Mapper;

/** SQL of {@code embed_cache} and {@code embed_thumbnail}. */
public interface EmbedMapper extends Mapper {

    /**
     * A thumbnail the site serves.
     *
     * @param id          database id
     * @param publicId    the id in its URL
     * @param blobKey     where its bytes are
     * @param contentType its media type
     * @param width       width in pixels
     * @param height      height in pixels
     */
    record ThumbnailRow(long id, String publicId, String blobKey, String contentType, int width, int height) {
    }

    /**
     * A cached resolution of a URL, with its thumbnail's columns when it has one.
     *
     * @param kind                 {@code EMBED}, {@code CARD} or {@code LINK}
     * @param url                  the URL
     * @param provider             the provider's or site's name
     * @param title                title
     * @param author               the content's author
     * @param description          a card's description
     * @param frameSrc             the frame an embed loads after consent, or {@code null}
     * @param aspectRatio          width divided by height
     * @param thumbnailId          its thumbnail, or {@code null}
     * @param thumbnailPublicId    the thumbnail's public id
     * @param thumbnailContentType the thumbnail's media type
     * @param thumbnailWidth       the thumbnail's width
     * @param thumbnailHeight      the thumbnail's height
     */
    record CachedRow(String kind, String url, String provider, String title, String author, String description,
                     String frameSrc, double aspectRatio, Long thumbnailId, String thumbnailPublicId,
                     String thumbnailContentType, Integer thumbnailWidth, Integer thumbnailHeight) {
    }

    @Select("SELECT c.kind, c.url, c.provider, c.title, c.author, c.description, c.frame_src, c.aspect_ratio,"
            + " c.thumbnail_id, t.public_id AS thumbnail_public_id, t.content_type AS thumbnail_content_type,"
            + " t.width AS thumbnail_width, t.height AS thumbnail_height"
            + " FROM embed_cache c LEFT JOIN embed_thumbnail t ON t.id = c.thumbnail_id"
            + " WHERE c.url_hash = #{hash} AND c.expires_at > #{now}")
    CachedRow cached(@Param("hash") String hash, @Param("now") Instant now);

    @Delete("DELETE FROM embed_cache WHERE url_hash = #{hash}")
    void forget(@Param("hash") String hash);

    @Insert("INSERT INTO embed_cache (url_hash, url, kind, provider, title, author, description, frame_src,"
            + " aspect_ratio, thumbnail_id, resolved_at, expires_at) VALUES (#{hash}, #{r.url}, #{r.kind},"
            + " #{r.provider}, #{r.title}, #{r.author}, #{r.description}, #{r.frameSrc,jdbcType=VARCHAR},"
            + " #{r.aspectRatio}, #{r.thumbnailId,jdbcType=BIGINT}, #{now}, #{expiresAt})")
    void remember(@Param("hash") String hash, @Param("r") CachedRow resolved, @Param("now") Instant now,
                  @Param("expiresAt") Instant expiresAt);

    @Delete("DELETE FROM embed_cache WHERE expires_at <= #{now}")
    int purgeExpired(@Param("now") Instant now);

    @Select("SELECT id, public_id, blob_key, content_type, width, height FROM embed_thumbnail"
            + " WHERE sha256 = #{sha256}")
    ThumbnailRow thumbnailBySha256(@Param("sha256") String sha256);

    @Select("SELECT id, public_id, blob_key, content_type, width, height FROM embed_thumbnail"
            + " WHERE public_id = #{publicId}")
    ThumbnailRow thumbnail(@Param("publicId") String publicId);

    @Insert("INSERT INTO embed_thumbnail (public_id, sha256, blob_key, content_type, width, height, created_at)"
            + " VALUES (#{publicId}, #{sha256}, #{blobKey}, #{contentType}, #{width}, #{height}, #{now})")
    void insertThumbnail(@Param("publicId") String publicId, @Param("sha256") String sha256,
                         @Param("blobKey") String blobKey, @Param("contentType") String contentType,
                         @Param("width") int width, @Param("height") int height, @Param("now") Instant now);
}
