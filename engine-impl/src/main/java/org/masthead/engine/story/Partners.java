package org.masthead.engine.story;

/**
 * Whether a writer is in the Partner Program, which only its writers may put stories behind the paywall: the
 * program's answer, declared here so that stories do not depend on it.
 */
public interface Partners {

    boolean isPartner(long userId);
}
