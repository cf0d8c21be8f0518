package org.masthead.engine.site;

/**
 * Settings an admin changes by partial update: a change names only the fields it changes.
 *
 * @param <T> the settings record itself
 */
public interface Tunable<T extends Tunable<T>> {

    /**
     * This change with what it leaves out filled from {@code current}, validated.
     *
     * @throws IllegalArgumentException naming the rule a value breaks
     */
    T over(T current);
}
