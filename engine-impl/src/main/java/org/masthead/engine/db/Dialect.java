package org.masthead.engine.db;

import org.masthead.engine.boot.ConfigurationException;

/** The SQL dialects the engine speaks; MyBatis statements pick theirs by {@link #databaseId()}. */
public enum Dialect {
    DERBY("derby", "CLOB"),
    POSTGRESQL("postgresql", "TEXT");

    static final String DERBY_SCHEMA = "MASTHEAD";

    private final String databaseId;
    private final String textType;

    Dialect(String databaseId, String textType) {
        this.databaseId = databaseId;
        this.textType = textType;
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
}
