package org.masthead.engine.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.masthead.engine.db.Database;
import org.masthead.engine.db.PublicIds;

/**
 * The {@link BlobStore} in the {@code blob} table: every node behind a load balancer sees the same files, and a
 * blob written within a transaction is committed or rolled back with the rows that refer to it.
 */
@ApplicationScoped
public class DatabaseBlobStore implements BlobStore {

    /** SQL of {@code blob}. */
    public interface BlobMapper extends org.masthead.engine.db.Mapper {
        @Insert("INSERT INTO blob (blob_key, content_type, bytes, size_bytes, sha256, created_at)"
                + " VALUES (#{key}, #{contentType}, #{bytes}, #{size}, #{sha256}, #{now})")
        void insert(@Param("key") String key, @Param("contentType") String contentType, @Param("bytes") byte[] bytes,
                    @Param("size") long size, @Param("sha256") String sha256, @Param("now") Instant now);

        @Select("SELECT content_type, bytes, sha256 FROM blob WHERE blob_key = #{key}")
        Blob find(@Param("key") String key);

        @Delete("DELETE FROM blob WHERE blob_key = #{key}")
        void delete(@Param("key") String key);
    }

    private final BlobMapper blobs;
    private final Clock clock;

    @Inject
    public DatabaseBlobStore(Database database, Clock clock) {
        this.blobs = database.mapper(BlobMapper.class);
        this.clock = clock;
    }

    @Override
    public String put(byte[] bytes, String contentType) {
        String key = PublicIds.token(16);
        blobs.insert(key, contentType, bytes, bytes.length, sha256(bytes), clock.instant());
        return key;
    }

    @Override
    public Optional<Blob> get(String key) {
        return Optional.ofNullable(blobs.find(key));
    }

    @Override
    public void delete(String key) {
        blobs.delete(key);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
