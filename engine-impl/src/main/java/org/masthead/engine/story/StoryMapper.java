package org.masthead.engine.story;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;
import org.masthead.engine.db.Mapper;

/** SQL of {@code story}, {@code story_tag}, {@code story_revision} and {@code story_embed}. */
public interface StoryMapper extends Mapper {
    String COLUMNS = "id, public_id, author_id, publication_id, title, subtitle, slug, content_format, content,"
            + " body_html, word_count, status, curation_status, curation_eligible_at, primary_topic, boosted_until,"
            + " row_version, created_at, updated_at, first_published_at, latest_published_at, publish_at, license,"
            + " canonical_url, member_only, deleted_at, parent_id, nsfw, ai_disclosed, moderation,"
            + " CASE WHEN EXISTS (SELECT 1 FROM app_user su WHERE su.id = story.author_id AND su.suspended_at IS NOT NULL)"
            + " THEN TRUE ELSE FALSE END AS author_suspended";

    /** The columns of a list row, for {@code s} joined with its writer {@code u} and publication {@code p}. */
    String CARD = "SELECT s.id, s.public_id, s.title, s.subtitle, s.slug, s.word_count, s.curation_status,"
            + " s.curation_eligible_at, s.primary_topic, s.boosted_until, s.first_published_at,"
            + " u.public_id AS author_public_id,"
            + " u.username AS author_username, u.display_name AS author_name, p.public_id AS publication_public_id,"
            + " s.moderation FROM story s JOIN app_user u ON u.id = s.author_id LEFT JOIN publication p ON p.id = s.publication_id";

    /**
     * The condition for a story {@code s} that anyone may see: not deleted, not hidden by moderators, not by a
     * suspended writer.
     */
    String SHOWN = "s.deleted_at IS NULL AND s.moderation IN ('NONE', 'NETWORK_HIDDEN') AND NOT EXISTS (SELECT 1 FROM app_user su"
            + " WHERE su.id = s.author_id AND su.suspended_at IS NOT NULL)";

    /**
     * The condition for a story {@code s} that is listed publicly (in feeds, search and the sitemap): published, not
     * unlisted, scheduled or a draft, not a response, shown.
     */
    String LISTED = "s.status = 'PUBLISHED' AND s.parent_id IS NULL AND " + SHOWN;

    /** A tag of a story. */
    record TagRow(long storyId, String tag) {
    }

    /** One saved version of a story. */
    record RevisionRow(int revision, String title, String subtitle, String contentFormat, Instant createdAt) {
    }

    /** A story's content as written, the fields an edit may change. */
    record Content(String title, String subtitle, String slug, String contentFormat, String content, String bodyHtml,
                   int wordCount, String license, String canonicalUrl, boolean memberOnly, boolean nsfw,
                   boolean aiDisclosed) {
    }

    @Insert("INSERT INTO story (public_id, author_id, publication_id, parent_id, title, subtitle, slug, content_format,"
            + " content, body_html, word_count, license, canonical_url, member_only, nsfw, ai_disclosed, status,"
            + " created_at, updated_at)"
            + " VALUES (#{publicId}, #{authorId}, #{publicationId,jdbcType=BIGINT}, #{parentId,jdbcType=BIGINT},"
            + " #{c.title}, #{c.subtitle}, #{c.slug}, #{c.contentFormat}, #{c.content}, #{c.bodyHtml}, #{c.wordCount},"
            + " #{c.license}, #{c.canonicalUrl,jdbcType=VARCHAR}, #{c.memberOnly}, #{c.nsfw}, #{c.aiDisclosed}, 'DRAFT',"
            + " #{now}, #{now})")
    void insert(@Param("publicId") String publicId, @Param("authorId") long authorId,
                @Param("publicationId") Long publicationId, @Param("parentId") Long parentId,
                @Param("c") Content content, @Param("now") Instant now);

    @Update("UPDATE story SET title = #{c.title}, subtitle = #{c.subtitle}, slug = #{c.slug},"
            + " content_format = #{c.contentFormat}, content = #{c.content}, body_html = #{c.bodyHtml},"
            + " word_count = #{c.wordCount}, license = #{c.license}, canonical_url = #{c.canonicalUrl,jdbcType=VARCHAR},"
            + " member_only = #{c.memberOnly}, nsfw = #{c.nsfw}, ai_disclosed = #{c.aiDisclosed}, updated_at = #{now},"
            + " row_version = row_version + 1"
            + " WHERE id = #{id} AND row_version = #{version}")
    int update(@Param("id") long id, @Param("version") int version, @Param("c") Content content,
               @Param("now") Instant now);

    @Insert("INSERT INTO story_revision (story_id, revision, title, subtitle, content_format, content, created_at)"
            + " VALUES (#{storyId}, #{revision}, #{c.title}, #{c.subtitle}, #{c.contentFormat}, #{c.content}, #{now})")
    void insertRevision(@Param("storyId") long storyId, @Param("revision") int revision, @Param("c") Content content,
                        @Param("now") Instant now);

    @Select("SELECT revision, title, subtitle, content_format, created_at FROM story_revision"
            + " WHERE story_id = #{storyId} ORDER BY revision DESC")
    List<RevisionRow> revisions(@Param("storyId") long storyId);

    @Delete("DELETE FROM story_embed WHERE story_id = #{storyId}")
    void deleteEmbeds(@Param("storyId") long storyId);

    @Insert("INSERT INTO story_embed (story_id, url_hash, url) VALUES (#{storyId}, #{hash}, #{url})")
    void insertEmbed(@Param("storyId") long storyId, @Param("hash") String hash, @Param("url") String url);

    @Select("SELECT DISTINCT url FROM story_embed")
    List<String> embeddedUrls();

    @Select("SELECT DISTINCT story_id FROM story_embed")
    List<Long> storiesWithEmbeds();

    @Select("SELECT story_id FROM story_embed WHERE url_hash = #{hash}")
    List<Long> storiesEmbedding(@Param("hash") String hash);

    @Update("UPDATE story SET body_html = #{html} WHERE id = #{id} AND row_version = #{version}")
    int setBodyHtml(@Param("id") long id, @Param("version") int version, @Param("html") String html);

    @Insert("INSERT INTO story_tag (story_id, tag, tag_order) VALUES (#{storyId}, #{tag}, #{order})")
    void insertTag(@Param("storyId") long storyId, @Param("tag") String tag, @Param("order") int order);

    @Update("DELETE FROM story_tag WHERE story_id = #{storyId}")
    void deleteTags(@Param("storyId") long storyId);

    @Select("SELECT " + COLUMNS + " FROM story WHERE public_id = #{publicId}")
    StoryRow byPublicId(@Param("publicId") String publicId);

    @Select("SELECT " + COLUMNS + " FROM story WHERE id = #{id}")
    StoryRow byId(@Param("id") long id);

    @Update("UPDATE story SET notify_followers = #{notify} WHERE id = #{id}")
    void setNotifyFollowers(@Param("id") long id, @Param("notify") boolean notify);

    @Select("SELECT notify_followers FROM story WHERE id = #{id}")
    boolean notifyFollowers(@Param("id") long id);

    @Select("SELECT tag FROM story_tag WHERE story_id = #{storyId} ORDER BY tag_order")
    List<String> tags(@Param("storyId") long storyId);

    @Select({"<script>SELECT story_id, tag FROM story_tag WHERE story_id IN",
        "<foreach item='id' collection='ids' open='(' separator=',' close=')'>#{id}</foreach>",
        "ORDER BY story_id, tag_order</script>"})
    List<TagRow> tagsOf(@Param("ids") List<Long> ids);

    @Update("UPDATE story SET status = #{status}, first_published_at = #{firstPublishedAt},"
            + " latest_published_at = #{now}, publish_at = NULL, updated_at = #{now},"
            + " curation_status = #{curationStatus}, curation_eligible_at = #{eligibleAt,jdbcType=BIGINT},"
            + " row_version = row_version + 1 WHERE id = #{id} AND status = #{fromStatus}")
    int publish(@Param("id") long id, @Param("fromStatus") String fromStatus, @Param("status") String status,
                @Param("firstPublishedAt") Instant firstPublishedAt, @Param("now") Instant now,
                @Param("curationStatus") String curationStatus, @Param("eligibleAt") Instant eligibleAt);

    @Update("UPDATE story SET status = #{status}, publish_at = #{publishAt,jdbcType=BIGINT}, updated_at = #{now},"
            + " row_version = row_version + 1 WHERE id = #{id}")
    void setStatus(@Param("id") long id, @Param("status") String status, @Param("publishAt") Instant publishAt,
                   @Param("now") Instant now);

    @Update("UPDATE story SET publication_id = #{publicationId,jdbcType=BIGINT}, updated_at = #{now} WHERE id = #{id}")
    void setPublication(@Param("id") long id, @Param("publicationId") Long publicationId, @Param("now") Instant now);

    @Update("UPDATE story SET deleted_at = #{now}, updated_at = #{now}, row_version = row_version + 1"
            + " WHERE id = #{id} AND deleted_at IS NULL")
    void softDelete(@Param("id") long id, @Param("now") Instant now);

    @Select("SELECT id FROM story WHERE status = 'SCHEDULED' AND publish_at <= #{now} AND deleted_at IS NULL"
            + " ORDER BY publish_at OFFSET 0 ROWS FETCH FIRST 100 ROWS ONLY")
    List<Long> dueScheduled(@Param("now") Instant now);

    @Select(CARD + " WHERE " + LISTED
            + " ORDER BY s.first_published_at DESC, s.id DESC OFFSET 0 ROWS FETCH FIRST #{limit} ROWS ONLY")
    List<StoryCard.Row> latestPublished(@Param("limit") int limit);

    @Select({"<script>", CARD, "WHERE s.status = 'PUBLISHED' AND", SHOWN, "AND s.id IN",
        "<foreach item='id' collection='ids' open='(' separator=',' close=')'>#{id}</foreach></script>"})
    List<StoryCard.Row> cards(@Param("ids") List<Long> ids);

    /** Cards of stories hidden or not, for moderators. */
    @Select({"<script>", CARD, "WHERE s.deleted_at IS NULL AND s.id IN",
        "<foreach item='id' collection='ids' open='(' separator=',' close=')'>#{id}</foreach></script>"})
    List<StoryCard.Row> anyCards(@Param("ids") List<Long> ids);

    @Select("SELECT COUNT(*) FROM story s WHERE s.parent_id = #{parentId} AND s.status = 'PUBLISHED' AND " + SHOWN)
    long countResponses(@Param("parentId") long parentId);

    @Select(CARD + " WHERE s.parent_id = #{parentId} AND s.status = 'PUBLISHED' AND " + SHOWN
            + " ORDER BY s.first_published_at, s.id OFFSET 0 ROWS FETCH FIRST #{limit} ROWS ONLY")
    List<StoryCard.Row> responses(@Param("parentId") long parentId, @Param("limit") int limit);

    @Select(CARD + " WHERE s.author_id = #{authorId} AND s.status = #{status} AND s.deleted_at IS NULL"
            + " ORDER BY s.updated_at DESC, s.id DESC OFFSET 0 ROWS FETCH FIRST #{limit} ROWS ONLY")
    List<StoryCard.Row> byAuthor(@Param("authorId") long authorId, @Param("status") String status,
                                 @Param("limit") int limit);

    /** Published stories, not responses, newest first: the rows of every public list. */
    String PUBLISHED = " WHERE " + LISTED;
    String NEWEST = " ORDER BY s.first_published_at DESC, s.id DESC OFFSET 0 ROWS FETCH FIRST #{limit} ROWS ONLY";

    @Select(CARD + PUBLISHED + " AND s.author_id = #{authorId}" + NEWEST)
    List<StoryCard.Row> publishedByAuthor(@Param("authorId") long authorId, @Param("limit") int limit);

    @Select(CARD + PUBLISHED + " AND s.publication_id = #{publicationId}" + NEWEST)
    List<StoryCard.Row> publishedInPublication(@Param("publicationId") long publicationId, @Param("limit") int limit);

    /** Tagged with {@code tag}, or curated into it as its primary topic. */
    @Select(CARD + PUBLISHED + " AND (s.id IN (SELECT t.story_id FROM story_tag t WHERE t.tag = #{tag})"
            + " OR (s.curation_status = 'DISTRIBUTED' AND s.primary_topic = #{tag}))" + NEWEST)
    List<StoryCard.Row> publishedWithTag(@Param("tag") String tag, @Param("limit") int limit);

    /** Tagged with any of {@code tags}. */
    @Select({"<script>", CARD, PUBLISHED, "AND s.id IN (SELECT t.story_id FROM story_tag t WHERE t.tag IN",
        "<foreach item='tag' collection='tags' open='(' separator=',' close=')'>#{tag}</foreach>)", NEWEST,
        "</script>"})
    List<StoryCard.Row> publishedWithAnyTag(@Param("tags") Collection<String> tags, @Param("limit") int limit);

    /** With a Boost in force at {@code now}. */
    @Select(CARD + PUBLISHED + " AND s.boosted_until > #{now}" + NEWEST)
    List<StoryCard.Row> boosted(@Param("now") Instant now, @Param("limit") int limit);

    @Select(CARD + PUBLISHED + " AND (s.author_id IN (SELECT f.followee_id FROM user_follow f"
            + " WHERE f.follower_id = #{userId})"
            + " OR s.publication_id IN (SELECT pf.publication_id FROM publication_follow pf WHERE pf.user_id = #{userId})"
            + " OR s.id IN (SELECT t.story_id FROM story_tag t JOIN tag_follow tf ON tf.tag = t.tag"
            + " WHERE tf.user_id = #{userId}))" + NEWEST)
    List<StoryCard.Row> publishedFollowedBy(@Param("userId") long userId, @Param("limit") int limit);

    /** A story's sanitized body. */
    record BodyRow(long id, String bodyHtml) {
    }

    @Select({"<script>SELECT id, body_html FROM story WHERE id IN",
        "<foreach item='id' collection='ids' open='(' separator=',' close=')'>#{id}</foreach></script>"})
    List<BodyRow> bodies(@Param("ids") List<Long> ids);

    @Select("SELECT s.first_published_at FROM story s" + PUBLISHED + " AND s.first_published_at >= #{since}")
    List<Instant> publishedSince(@Param("since") Instant since);

    @Select("SELECT COUNT(*) FROM story s" + PUBLISHED)
    long countPublished();
}
