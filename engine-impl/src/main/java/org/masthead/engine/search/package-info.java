/**
 * Full-text search over public stories, people, publications and tags: a node-local Lucene index under the data
 * directory, kept up to date from the outbox and rebuilt from the database when needed.
 */
package org.masthead.engine.search;
