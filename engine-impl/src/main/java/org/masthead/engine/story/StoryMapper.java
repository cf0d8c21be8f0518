package org.masthead.engine.story;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;
import org.masthead.engine.db.Mapper;

/** SQL of {@code story} and {@code story_tag}. */
public interface StoryMapper extends Mapper {
    String COLUMNS = "id, public_id, author_id, publication_id, title, subtitle, slug, content_format, content,"
            + " body_html, word_count, status, curation_status, curation_eligible_at, primary_topic, boosted_until,"
            + " row_version, created_at, updated_at, first_published_at, latest_published_at";
    /** The columns of {@link StoryCard.Row}, from a story joined with its writer and publication. */
    String CARD_SELECT = "SELECT s.id, s.public_id, s.title, s.subtitle, s.slug, s.word_count, s.curation_status,"
            + " s.curation_eligible_at, s.boosted_until, s.first_published_at, u.public_id AS author_public_id,"
            + " u.username AS author_username, u.display_name AS author_name, p.public_id AS publication_public_id"
            + " FROM story s JOIN app_user u ON u.id = s.author_id LEFT JOIN publication p ON p.id = s.publication_id";

    /** A tag of a story. */
    record TagRow(long storyId, String tag) {
    }

    @Insert("INSERT INTO story (public_id, author_id, publication_id, title, subtitle, slug, content_format, content,"
            + " body_html, word_count, status, created_at, updated_at) VALUES (#{publicId}, #{authorId},"
            + " #{publicationId,jdbcType=BIGINT}, #{title}, #{subtitle}, #{slug}, #{contentFormat}, #{content}, #{bodyHtml},"
            + " #{wordCount}, 'DRAFT', #{now}, #{now})")
    void insert(@Param("publicId") String publicId, @Param("authorId") long authorId,
                @Param("publicationId") Long publicationId, @Param("title") String title,
                @Param("subtitle") String subtitle, @Param("slug") String slug,
                @Param("contentFormat") String contentFormat, @Param("content") String content,
                @Param("bodyHtml") String bodyHtml, @Param("wordCount") int wordCount, @Param("now") Instant now);

    @Insert("INSERT INTO story_tag (story_id, tag, tag_order) VALUES (#{storyId}, #{tag}, #{order})")
    void insertTag(@Param("storyId") long storyId, @Param("tag") String tag, @Param("order") int order);

    @Select("SELECT " + COLUMNS + " FROM story WHERE public_id = #{publicId}")
    StoryRow byPublicId(@Param("publicId") String publicId);

    @Select("SELECT tag FROM story_tag WHERE story_id = #{storyId} ORDER BY tag_order")
    List<String> tags(@Param("storyId") long storyId);

    @Select({"<script>SELECT story_id, tag FROM story_tag WHERE story_id IN",
        "<foreach item='id' collection='ids' open='(' separator=',' close=')'>#{id}</foreach>",
        "ORDER BY story_id, tag_order</script>"})
    List<TagRow> tagsOf(@Param("ids") List<Long> ids);

    @Update("UPDATE story SET status = 'PUBLISHED', first_published_at = #{firstPublishedAt},"
            + " latest_published_at = #{now}, updated_at = #{now}, curation_status = #{curationStatus},"
            + " curation_eligible_at = #{eligibleAt,jdbcType=BIGINT}, row_version = row_version + 1 WHERE id = #{id}")
    void publish(@Param("id") long id, @Param("firstPublishedAt") Instant firstPublishedAt, @Param("now") Instant now,
                 @Param("curationStatus") String curationStatus, @Param("eligibleAt") Instant eligibleAt);

    @Select(CARD_SELECT + " WHERE s.status = 'PUBLISHED'"
            + " ORDER BY s.first_published_at DESC, s.id DESC OFFSET 0 ROWS FETCH FIRST #{limit} ROWS ONLY")
    List<StoryCard.Row> latestPublished(@Param("limit") int limit);

    @Select({"<script>", CARD_SELECT, "WHERE s.status = 'PUBLISHED' AND s.id IN",
        "<foreach item='id' collection='ids' open='(' separator=',' close=')'>#{id}</foreach></script>"})
    List<StoryCard.Row> publishedByIds(@Param("ids") Collection<Long> ids);
}
