package org.masthead.engine.syndication;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.masthead.engine.db.Mapper;
import org.masthead.engine.story.StoryMapper;

/**
 * Read-only SQL for feeds and the sitemap: listed stories newest first (each feed query walks one of the story
 * indexes by status and first publication), and every public page for the sitemap.
 */
public interface SyndicationMapper extends Mapper {
    String ITEM = "SELECT s.id, s.public_id, s.title, s.subtitle, s.slug, s.body_html, s.member_only,"
            + " s.first_published_at, s.updated_at, u.username AS author_username, u.display_name AS author_name"
            + " FROM story s JOIN app_user u ON u.id = s.author_id";
    String NEWEST = " ORDER BY s.first_published_at DESC, s.id DESC OFFSET 0 ROWS FETCH FIRST #{limit} ROWS ONLY";

    /** A listed story as a feed shows it. */
    record Item(long id, String publicId, String title, String subtitle, String slug, String bodyHtml,
                boolean memberOnly, Instant firstPublishedAt, Instant updatedAt, String authorUsername,
                String authorName) {
    }

    /** A tag of a story. */
    record ItemTag(long storyId, String tag) {
    }

    /** A writer, for the title of their feed. */
    record Writer(long id, String username, String displayName, String bio) {
    }

    /** A live publication, for the title of its feed. */
    record Publication(long id, String slug, String name, String tagline) {
    }

    /** A listed story's page, for the sitemap. */
    record StoryPage(String publicId, String slug, String authorUsername, Instant updatedAt) {
    }

    @Select(ITEM + " WHERE " + StoryMapper.LISTED + NEWEST)
    List<Item> latest(@Param("limit") int limit);

    @Select(ITEM + " WHERE s.author_id = #{authorId} AND " + StoryMapper.LISTED + NEWEST)
    List<Item> latestBy(@Param("authorId") long authorId, @Param("limit") int limit);

    @Select(ITEM + " WHERE s.publication_id = #{publicationId} AND " + StoryMapper.LISTED + NEWEST)
    List<Item> latestIn(@Param("publicationId") long publicationId, @Param("limit") int limit);

    @Select(ITEM + " JOIN story_tag t ON t.story_id = s.id WHERE t.tag = #{tag} AND " + StoryMapper.LISTED + NEWEST)
    List<Item> latestTagged(@Param("tag") String tag, @Param("limit") int limit);

    @Select({"<script>SELECT story_id, tag FROM story_tag WHERE story_id IN",
        "<foreach item='id' collection='ids' open='(' separator=',' close=')'>#{id}</foreach>",
        "ORDER BY story_id, tag_order</script>"})
    List<ItemTag> tagsOf(@Param("ids") Collection<Long> ids);

    @Select("SELECT id, username, display_name, bio FROM app_user WHERE username = #{username}")
    Writer writer(@Param("username") String username);

    @Select("SELECT id, slug, name, tagline FROM publication WHERE slug = #{slug} AND deleted_at IS NULL")
    Publication publication(@Param("slug") String slug);

    @Select("SELECT s.public_id, s.slug, u.username AS author_username, s.updated_at FROM story s"
            + " JOIN app_user u ON u.id = s.author_id WHERE " + StoryMapper.LISTED + " ORDER BY s.id")
    List<StoryPage> storyPages();

    @Select("SELECT u.username FROM app_user u WHERE EXISTS (SELECT 1 FROM story s WHERE s.author_id = u.id AND "
            + StoryMapper.LISTED + ") ORDER BY u.username")
    List<String> writers();

    @Select("SELECT slug FROM publication WHERE deleted_at IS NULL ORDER BY slug")
    List<String> publications();

    @Select("SELECT DISTINCT t.tag FROM story_tag t JOIN story s ON s.id = t.story_id WHERE " + StoryMapper.LISTED
            + " ORDER BY t.tag")
    List<String> listedTags();
}
