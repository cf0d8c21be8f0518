package org.masthead.engine.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.OptionalLong;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;
import org.masthead.engine.db.Database;
import org.masthead.engine.db.DuplicateKeys;

/**
 * The last period (a UTC day number, a week number…) each once-per-period job finished, for jobs such as the daily
 * clap summary and the digest. A job takes a {@link Leases lease}, does the periods after {@link #last} up to the
 * last complete one, and records each with {@link #finished}; its work must be idempotent, since a node can die
 * between the work and the record.
 */
@ApplicationScoped
public class PeriodicRuns {

    /** SQL of {@code periodic_run}. */
    public interface RunMapper extends org.masthead.engine.db.Mapper {
        @Select("SELECT period FROM periodic_run WHERE job = #{job}")
        Long period(@Param("job") String job);

        @Update("UPDATE periodic_run SET period = #{period} WHERE job = #{job} AND period < #{period}")
        int advance(@Param("job") String job, @Param("period") long period);

        @Insert("INSERT INTO periodic_run (job, period) VALUES (#{job}, #{period})")
        void insert(@Param("job") String job, @Param("period") long period);
    }

    private final Database database;
    private final RunMapper runs;

    @Inject
    public PeriodicRuns(Database database) {
        this.database = database;
        this.runs = database.mapper(RunMapper.class);
    }

    /** The last period {@code job} finished; empty before its first run. */
    public OptionalLong last(String job) {
        Long period = runs.period(job);
        return period == null ? OptionalLong.empty() : OptionalLong.of(period);
    }

    /** Records that {@code job} finished {@code period}; a later period already recorded stays. */
    public void finished(String job, long period) {
        DuplicateKeys.inTransaction(database, () -> {
            if (runs.advance(job, period) == 0 && runs.period(job) == null) {
                runs.insert(job, period);
            }
        });
    }
}
