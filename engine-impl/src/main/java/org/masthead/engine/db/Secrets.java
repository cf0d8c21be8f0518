package org.masthead.engine.db;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/**
 * Keys the engine makes for itself (signing mail links, reading view tokens): 256 random bits per name, generated
 * by the first node that needs one and kept in {@code site_secret}, so that every node signs and checks alike.
 */
@ApplicationScoped
public class Secrets {

    /** SQL of {@code site_secret}. */
    public interface SecretMapper extends Mapper {
        @Select("SELECT secret_value FROM site_secret WHERE name = #{name}")
        String secret(@Param("name") String name);

        @Insert("INSERT INTO site_secret (name, secret_value, created_at) VALUES (#{name}, #{value}, #{now})")
        void insert(@Param("name") String name, @Param("value") String value, @Param("now") long now);
    }

    private final Database database;
    private final SecretMapper secrets;
    private final Clock clock;
    private final Map<String, byte[]> keys = new ConcurrentHashMap<>();

    @Inject
    public Secrets(Database database, Clock clock) {
        this.database = database;
        this.secrets = database.mapper(SecretMapper.class);
        this.clock = clock;
    }

    /** The key called {@code name}, made now if it does not exist yet. */
    public byte[] key(String name) {
        return keys.computeIfAbsent(name, this::load);
    }

    private byte[] load(String name) {
        String secret = secrets.secret(name);
        if (secret == null) {
            // Two nodes may generate one at the same moment: the loser's retry finds the winner's and keeps it.
            DuplicateKeys.inTransaction(database, () -> {
                if (secrets.secret(name) == null) {
                    secrets.insert(name, PublicIds.token(32), clock.millis());
                }
            });
            secret = secrets.secret(name);
        }
        return HexFormat.of().parseHex(secret);
    }
}
