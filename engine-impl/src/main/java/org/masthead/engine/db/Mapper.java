package org.masthead.engine.db;

/** Marks a MyBatis mapper interface; every one under {@code org.masthead.engine} is registered at boot. */
public interface Mapper {
}
