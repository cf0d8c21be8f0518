package org.masthead.engine.curation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.masthead.engine.jobs.PeriodicJob;
import org.masthead.engine.web.PageCache;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Retries automatic checks that could not run and closes review windows, on every scheduler tick. */
@ApplicationScoped
public class CurationSweep implements PeriodicJob {
    private static final Logger LOG = LoggerFactory.getLogger(CurationSweep.class);

    private final CurationService curation;
    private final PageCache pages;

    @Inject
    public CurationSweep(CurationService curation, PageCache pages) {
        this.curation = curation;
        this.pages = pages;
    }

    @Override
    public String name() {
        return "curation sweep";
    }

    @Override
    public void run() {
        int changed = curation.sweep();
        if (changed > 0) {
            pages.changed();
            LOG.info("Curation sweep changed {} stor{}", changed, changed == 1 ? "y" : "ies");
        }
    }
}
