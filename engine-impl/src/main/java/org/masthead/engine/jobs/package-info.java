/** Background work: periodic jobs that every node runs and that are safe to run on several nodes at once. */
package org.masthead.engine.jobs;
