package org.masthead.engine.story;

import org.masthead.engine.account.CurrentUser;

/**
 * Whether a reader may have a story's text over the API: the paywall's answer, declared here so that stories do
 * not depend on the paywall. The API never spends the meter, which is the site's.
 */
public interface ReadAccess {

    /**
     * @param viewer    the reader, or {@code null} when signed out
     * @param friendKey the friend link's key from the request, if any
     */
    boolean mayRead(StoryRow story, CurrentUser viewer, String friendKey);
}
