package org.masthead.engine.social;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.masthead.engine.db.Mapper;

/** SQL of {@code highlight}. */
public interface HighlightMapper extends Mapper {
    String COLUMNS = "id, public_id, story_id, user_id, paragraph_index, paragraph_hash, start_offset, end_offset,"
            + " quote_text, created_at";

    /** A row of {@code highlight}. */
    record HighlightRow(long id, String publicId, long storyId, long userId, int paragraphIndex,
                        String paragraphHash, int startOffset, int endOffset, String quoteText, Instant createdAt) {
    }

    /**
     * A passage of a story and how many readers highlighted it.
     *
     * @param paragraphHash  the hash of its paragraph's text
     * @param startOffset    where it starts in the paragraph
     * @param endOffset      where it ends
     * @param paragraphIndex where its paragraph was when first highlighted
     * @param quoteText      its text
     * @param highlights     how many readers highlighted exactly this passage
     */
    record PassageRow(String paragraphHash, int startOffset, int endOffset, int paragraphIndex, String quoteText,
                      long highlights) {
    }

    @Insert("INSERT INTO highlight (public_id, story_id, user_id, paragraph_index, paragraph_hash, start_offset,"
            + " end_offset, quote_text, created_at) VALUES (#{publicId}, #{storyId}, #{userId}, #{paragraphIndex},"
            + " #{paragraphHash}, #{start}, #{end}, #{quote}, #{now})")
    void insert(@Param("publicId") String publicId, @Param("storyId") long storyId, @Param("userId") long userId,
                @Param("paragraphIndex") int paragraphIndex, @Param("paragraphHash") String paragraphHash,
                @Param("start") int start, @Param("end") int end, @Param("quote") String quote,
                @Param("now") Instant now);

    @Select("SELECT " + COLUMNS + " FROM highlight WHERE public_id = #{publicId}")
    HighlightRow byPublicId(@Param("publicId") String publicId);

    @Select("SELECT " + COLUMNS + " FROM highlight WHERE story_id = #{storyId} AND user_id = #{userId}"
            + " AND paragraph_index = #{paragraphIndex} AND paragraph_hash = #{paragraphHash}"
            + " AND start_offset = #{start} AND end_offset = #{end}")
    HighlightRow find(@Param("storyId") long storyId, @Param("userId") long userId,
                      @Param("paragraphIndex") int paragraphIndex, @Param("paragraphHash") String paragraphHash,
                      @Param("start") int start, @Param("end") int end);

    @Select("SELECT " + COLUMNS + " FROM highlight WHERE story_id = #{storyId} AND user_id = #{userId}"
            + " ORDER BY paragraph_index, start_offset, end_offset")
    List<HighlightRow> byReader(@Param("storyId") long storyId, @Param("userId") long userId);

    @Delete("DELETE FROM highlight WHERE id = #{id}")
    void delete(@Param("id") long id);

    @Select("SELECT paragraph_hash, start_offset, end_offset, MIN(paragraph_index) AS paragraph_index,"
            + " MIN(quote_text) AS quote_text, COUNT(*) AS highlights FROM highlight WHERE story_id = #{storyId}"
            + " GROUP BY paragraph_hash, start_offset, end_offset"
            + " ORDER BY highlights DESC, paragraph_index, start_offset, end_offset"
            + " OFFSET 0 ROWS FETCH FIRST #{limit} ROWS ONLY")
    List<PassageRow> top(@Param("storyId") long storyId, @Param("limit") int limit);

    @Select("SELECT COUNT(*) FROM highlight WHERE story_id = #{storyId}")
    long countByStory(@Param("storyId") long storyId);
}
