package org.masthead.engine.search;

import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.masthead.engine.db.Mapper;
import org.masthead.engine.story.StoryMapper;

/**
 * What the search index is built from: read-only SQL over stories, people and publications, by id for the outbox
 * tail and in id order for a rebuild.
 */
public interface SearchMapper extends Mapper {
    String STORY = "SELECT s.id, s.title, s.subtitle, s.body_html, u.username AS author_username,"
            + " u.display_name AS author_name FROM story s JOIN app_user u ON u.id = s.author_id WHERE "
            + StoryMapper.LISTED;
    String IDS = "<foreach item='id' collection='ids' open='(' separator=',' close=')'>#{id}</foreach>";

    /** A listed story's searchable text. */
    record StoryText(long id, String title, String subtitle, String bodyHtml, String authorUsername,
                     String authorName) {
    }

    /** A tag of a story. */
    record StoryTag(long storyId, String tag) {
    }

    /** A person's searchable profile. */
    record Person(long id, String username, String displayName, String bio) {
    }

    /** A live publication's searchable profile. */
    record Publication(long id, String name, String tagline, String description) {
    }

    /** How many listed stories carry a tag. */
    record TagCount(String tag, long stories) {
    }

    @Select({"<script>", STORY, "AND s.id IN", IDS, "</script>"})
    List<StoryText> stories(@Param("ids") Collection<Long> ids);

    @Select(STORY + " AND s.id > #{after} ORDER BY s.id FETCH FIRST #{limit} ROWS ONLY")
    List<StoryText> storiesAfter(@Param("after") long after, @Param("limit") int limit);

    /** Every story of a writer that may be in the index, listed or no longer. */
    @Select("SELECT s.id FROM story s WHERE s.author_id = #{authorId} AND s.deleted_at IS NULL")
    List<Long> storiesBy(@Param("authorId") long authorId);

    @Select({"<script>SELECT story_id, tag FROM story_tag WHERE story_id IN", IDS,
        "ORDER BY story_id, tag_order</script>"})
    List<StoryTag> tags(@Param("ids") Collection<Long> ids);

    @Select({"<script>SELECT t.tag, COUNT(*) AS stories FROM story_tag t JOIN story s ON s.id = t.story_id WHERE",
        StoryMapper.LISTED, "AND t.tag IN",
        "<foreach item='tag' collection='tags' open='(' separator=',' close=')'>#{tag}</foreach>",
        "GROUP BY t.tag</script>"})
    List<TagCount> tagCounts(@Param("tags") Collection<String> tags);

    @Select("SELECT t.tag, COUNT(*) AS stories FROM story_tag t JOIN story s ON s.id = t.story_id WHERE "
            + StoryMapper.LISTED + " GROUP BY t.tag")
    List<TagCount> allTagCounts();

    @Select({"<script>SELECT id, username, display_name, bio FROM app_user WHERE suspended_at IS NULL AND id IN", IDS,
        "</script>"})
    List<Person> people(@Param("ids") Collection<Long> ids);

    @Select("SELECT id, username, display_name, bio FROM app_user WHERE suspended_at IS NULL AND id > #{after}"
            + " ORDER BY id"
            + " FETCH FIRST #{limit} ROWS ONLY")
    List<Person> peopleAfter(@Param("after") long after, @Param("limit") int limit);

    @Select({"<script>SELECT id, name, tagline, description FROM publication WHERE deleted_at IS NULL AND id IN", IDS,
        "</script>"})
    List<Publication> publications(@Param("ids") Collection<Long> ids);

    @Select("SELECT id, name, tagline, description FROM publication WHERE deleted_at IS NULL AND id > #{after}"
            + " ORDER BY id FETCH FIRST #{limit} ROWS ONLY")
    List<Publication> publicationsAfter(@Param("after") long after, @Param("limit") int limit);
}
