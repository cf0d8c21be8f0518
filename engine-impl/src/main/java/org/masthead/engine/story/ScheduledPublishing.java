package org.masthead.engine.story;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.masthead.engine.jobs.PeriodicJob;
import org.masthead.engine.web.PageCache;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Publishes scheduled stories when their time comes. */
@ApplicationScoped
public class ScheduledPublishing implements PeriodicJob {
    private static final Logger LOG = LoggerFactory.getLogger(ScheduledPublishing.class);

    private final StoryService stories;
    private final PageCache pages;

    @Inject
    public ScheduledPublishing(StoryService stories, PageCache pages) {
        this.stories = stories;
        this.pages = pages;
    }

    @Override
    public String name() {
        return "scheduled publishing";
    }

    @Override
    public void run() {
        int published = stories.publishDue();
        if (published > 0) {
            pages.changed();
            LOG.info("Published {} scheduled stor{}", published, published == 1 ? "y" : "ies");
        }
    }
}
