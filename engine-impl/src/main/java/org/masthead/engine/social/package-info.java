/**
 * The social graph and engagement: following people, publications and tags; claps, highlights and reading lists;
 * mutes, blocks and story reports; and a writer's stats per story.
 */
package org.masthead.engine.social;
