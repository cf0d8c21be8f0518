package org.masthead.engine.social;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.masthead.engine.db.Mapper;

/** SQL of {@code reading_list} and {@code reading_list_story}. */
public interface ReadingListMapper extends Mapper {
    String COLUMNS = "id, public_id, owner_id, reading_list_of, name, description, is_public, created_at";

    /** A row of {@code reading_list}. */
    record ListRow(long id, String publicId, long ownerId, Long readingListOf, String name, String description,
                   boolean isPublic, Instant createdAt) {

        /** Whether this is its owner's default Reading list, where bookmarks go. */
        boolean isReadingList() {
            return readingListOf != null;
        }
    }

    /** A story in a list. */
    record EntryRow(long storyId, Instant addedAt) {
    }

    /** How many stories a list holds. */
    record SizeRow(long listId, int stories) {
    }

    @Insert("INSERT INTO reading_list (public_id, owner_id, reading_list_of, name, description, is_public, created_at)"
            + " VALUES (#{publicId}, #{ownerId}, #{readingListOf,jdbcType=BIGINT}, #{name}, #{description},"
            + " #{isPublic}, #{now})")
    void insert(@Param("publicId") String publicId, @Param("ownerId") long ownerId,
                @Param("readingListOf") Long readingListOf, @Param("name") String name,
                @Param("description") String description, @Param("isPublic") boolean isPublic,
                @Param("now") Instant now);

    @Select("SELECT " + COLUMNS + " FROM reading_list WHERE public_id = #{publicId}")
    ListRow byPublicId(@Param("publicId") String publicId);

    @Select("SELECT " + COLUMNS + " FROM reading_list WHERE reading_list_of = #{ownerId}")
    ListRow readingListOf(@Param("ownerId") long ownerId);

    @Select("SELECT " + COLUMNS + " FROM reading_list WHERE owner_id = #{ownerId} ORDER BY created_at, id")
    List<ListRow> byOwner(@Param("ownerId") long ownerId);

    @Select("SELECT l.id AS list_id, COUNT(e.story_id) AS stories FROM reading_list l"
            + " LEFT JOIN reading_list_story e ON e.list_id = l.id WHERE l.owner_id = #{ownerId} GROUP BY l.id")
    List<SizeRow> sizes(@Param("ownerId") long ownerId);

    @Select("SELECT story_id, added_at FROM reading_list_story WHERE list_id = #{listId}"
            + " ORDER BY added_at DESC, story_id DESC")
    List<EntryRow> entries(@Param("listId") long listId);

    @Select("SELECT COUNT(*) FROM reading_list_story WHERE list_id = #{listId}")
    int size(@Param("listId") long listId);

    @Select("SELECT COUNT(*) FROM reading_list_story WHERE list_id = #{listId} AND story_id = #{storyId}")
    int countEntry(@Param("listId") long listId, @Param("storyId") long storyId);

    @Insert("INSERT INTO reading_list_story (list_id, story_id, added_at) VALUES (#{listId}, #{storyId}, #{now})")
    void insertEntry(@Param("listId") long listId, @Param("storyId") long storyId, @Param("now") Instant now);

    @Delete("DELETE FROM reading_list_story WHERE list_id = #{listId} AND story_id = #{storyId}")
    void deleteEntry(@Param("listId") long listId, @Param("storyId") long storyId);

    @Delete("DELETE FROM reading_list_story WHERE list_id = #{listId}")
    void deleteEntries(@Param("listId") long listId);

    @Delete("DELETE FROM reading_list WHERE id = #{id}")
    void delete(@Param("id") long id);
}
