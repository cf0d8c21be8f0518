/**
 * The paywall around member-only stories: who may read one (members, its writer, staff, anyone with the writer's
 * friend link), the meter of free member-only stories per calendar month for everyone else, and the offer shown
 * when the meter is spent.
 */
package org.masthead.engine.paywall;
