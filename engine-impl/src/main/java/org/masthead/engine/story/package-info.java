/** Stories: drafts, rendering and sanitizing, publishing, tags, and the story API. */
package org.masthead.engine.story;
