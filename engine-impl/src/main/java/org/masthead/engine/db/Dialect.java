package org.masthead.engine.db;

import org.masthead.engine.boot.ConfigurationException;

/** The SQL dialects the engine speaks; MyBatis statements pick theirs by {@link #databaseId()}. */
public enum Dialect {
    DERBY("derby", "CLOB", "BLOB"),
    POSTGRESQL("postgresql", "TEXT", "BYTEA");

    static final String DERBY_SCHEMA = "MASTHEAD";

    private final String databaseId;
    private final String textType;
    private final String blobType;

    Dialect(String databaseId, String textType, String blobType) {
        this.databaseId = databaseId;
        this.textType = textType;
        this.blobType = blobType;
    }

    static Dialect of(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:derby:")) {
            return DERBY;
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw new ConfigurationException("unsupported JDBC URL " + jdbcUrl + ": use jdbc:postgresql: or leave it empty for embedded Derby");
    }

    public String databaseId() {
        return databaseId;
    }

    /** The column type for long text, used by the migrations' {@code ${text}} placeholder. */
    String textType() {
        return textType;
    }

    /** The column type for binary content, used by the migrations' {@code ${blob}} placeholder. */
    String blobType() {
        return blobType;
    }
}
