/**
 * Reading events: view tokens for story pages, the reading beacon (views, reading time, reads, presentations in
 * feeds), the job that folds them into per-reader and per-story aggregates, and writers' stats.
 */
package org.masthead.engine.reading;
