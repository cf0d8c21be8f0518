package org.masthead.engine.payout;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;
import org.masthead.engine.db.Mapper;

/** SQL of what follows the daily ledger: refund adjustments, monthly payout runs and their statements. */
public interface StatementMapper extends Mapper {

    /** A payout run as stored. */
    record BatchRow(int firstDay, int lastDay, int sinceDay, String state, String createdBy, Instant createdAt,
                    String approvedBy, Instant approvedAt) {
    }

    /** An amount per writer and currency. */
    record WriterAmount(long writerId, String currency, long amountMinor) {
    }

    /** A statement as stored, with its writer's names. */
    record StatementRow(int firstDay, long writerId, String writerPublicId, String writerUsername, String currency,
                        long earnedMinor, long adjustedMinor, long carriedInMinor, long minimumMinor,
                        long payableMinor, long carriedOutMinor) {
    }

    /** An adjustment as its writer sees it. */
    record AdjustmentRow(int day, int sourceDay, String storyPublicId, String storyTitle, String currency,
                         long amountMinor, String reason) {
    }

    /** The period a refund voided, as the payout model saw it. */
    @Select("SELECT m.user_id, u.public_id AS user_public_id, m.price_minor, m.currency, m.start_day,"
            + " m.period_end_day FROM membership m JOIN app_user u ON u.id = m.user_id WHERE m.id = #{id}")
    PayoutMapper.DuesRow dues(@Param("id") long membershipId);

    @Insert("INSERT INTO earnings_adjustment (day, source_day, membership_id, writer_id, story_id, currency,"
            + " amount_minor, reason, created_at) VALUES (#{day}, #{sourceDay}, #{membershipId}, #{writerId},"
            + " #{storyId}, #{currency}, #{amount}, #{reason}, #{now})")
    void insertAdjustment(@Param("day") int day, @Param("sourceDay") int sourceDay,
                          @Param("membershipId") long membershipId, @Param("writerId") long writerId,
                          @Param("storyId") long storyId, @Param("currency") String currency,
                          @Param("amount") long amount, @Param("reason") String reason, @Param("now") Instant now);

    @Select("SELECT a.day, a.source_day, s.public_id AS story_public_id, s.title AS story_title, a.currency,"
            + " a.amount_minor, a.reason FROM earnings_adjustment a JOIN story s ON s.id = a.story_id"
            + " WHERE a.writer_id = #{writerId} AND a.day BETWEEN #{from} AND #{to}"
            + " ORDER BY a.day DESC, a.source_day DESC, a.id")
    List<AdjustmentRow> adjustmentsOfWriter(@Param("writerId") long writerId, @Param("from") int from,
                                            @Param("to") int to);

    String BATCH = "SELECT b.first_day, b.last_day, b.since_day, b.state, c.username AS created_by, b.created_at,"
            + " a.username AS approved_by, b.approved_at FROM payout_batch b JOIN app_user c ON c.id = b.created_by"
            + " LEFT JOIN app_user a ON a.id = b.approved_by";

    @Select(BATCH + " WHERE b.first_day = #{firstDay}")
    BatchRow batch(@Param("firstDay") int firstDay);

    @Select(BATCH + " ORDER BY b.first_day DESC")
    List<BatchRow> batches();

    @Select(BATCH + " WHERE b.first_day < #{firstDay} ORDER BY b.first_day DESC FETCH FIRST 1 ROWS ONLY")
    BatchRow batchBefore(@Param("firstDay") int firstDay);

    @Select("SELECT COUNT(*) FROM payout_batch WHERE first_day > #{firstDay}")
    int batchesAfter(@Param("firstDay") int firstDay);

    @Select("SELECT COUNT(*) FROM payout_day WHERE state = 'DONE' AND day BETWEEN #{from} AND #{to}")
    int doneDays(@Param("from") int from, @Param("to") int to);

    @Select("SELECT writer_id, currency, SUM(amount_minor) AS amount_minor FROM earnings_line"
            + " WHERE day BETWEEN #{from} AND #{to} GROUP BY writer_id, currency")
    List<WriterAmount> earned(@Param("from") int from, @Param("to") int to);

    @Select("SELECT writer_id, currency, SUM(amount_minor) AS amount_minor FROM earnings_adjustment"
            + " WHERE day BETWEEN #{from} AND #{to} GROUP BY writer_id, currency")
    List<WriterAmount> adjusted(@Param("from") int from, @Param("to") int to);

    @Select("SELECT writer_id, currency, carried_out_minor AS amount_minor FROM payout_statement"
            + " WHERE first_day = #{firstDay} AND carried_out_minor <> 0")
    List<WriterAmount> carriedOut(@Param("firstDay") int firstDay);

    @Insert("INSERT INTO payout_batch (first_day, last_day, since_day, state, created_by, created_at)"
            + " VALUES (#{firstDay}, #{lastDay}, #{sinceDay}, 'DRAFT', #{by}, #{now})")
    void insertBatch(@Param("firstDay") int firstDay, @Param("lastDay") int lastDay, @Param("sinceDay") int sinceDay,
                     @Param("by") long by, @Param("now") Instant now);

    @Insert("INSERT INTO payout_statement (first_day, writer_id, currency, earned_minor, adjusted_minor,"
            + " carried_in_minor, minimum_minor, payable_minor, carried_out_minor) VALUES (#{firstDay}, #{writerId},"
            + " #{s.currency}, #{s.earned}, #{s.adjusted}, #{s.carriedIn}, #{s.minimum}, #{s.payable},"
            + " #{s.carriedOut})")
    void insertStatement(@Param("firstDay") int firstDay, @Param("writerId") long writerId,
                         @Param("s") Statement statement);

    String STATEMENT = "SELECT t.first_day, t.writer_id, u.public_id AS writer_public_id,"
            + " u.username AS writer_username, t.currency, t.earned_minor, t.adjusted_minor, t.carried_in_minor,"
            + " t.minimum_minor, t.payable_minor, t.carried_out_minor FROM payout_statement t"
            + " JOIN app_user u ON u.id = t.writer_id";

    @Select(STATEMENT + " WHERE t.first_day = #{firstDay} ORDER BY t.currency, t.payable_minor DESC, u.username")
    List<StatementRow> statements(@Param("firstDay") int firstDay);

    @Select(STATEMENT + " JOIN payout_batch b ON b.first_day = t.first_day"
            + " WHERE t.writer_id = #{writerId} AND b.state = 'APPROVED' ORDER BY t.first_day DESC, t.currency")
    List<StatementRow> statementsOfWriter(@Param("writerId") long writerId);

    @Delete("DELETE FROM payout_statement WHERE first_day = #{firstDay}")
    void deleteStatements(@Param("firstDay") int firstDay);

    @Delete("DELETE FROM payout_batch WHERE first_day = #{firstDay} AND state = 'DRAFT'")
    int deleteDraft(@Param("firstDay") int firstDay);

    @Update("UPDATE payout_batch SET state = 'APPROVED', approved_by = #{by}, approved_at = #{now}"
            + " WHERE first_day = #{firstDay} AND state = 'DRAFT'")
    int approve(@Param("firstDay") int firstDay, @Param("by") long by, @Param("now") Instant now);
}
