package org.masthead.engine.web;

import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;

/**
 * Binds a {@link BodyLimitFilter} to each resource method: the upload limit to methods marked {@link Upload}, the
 * general limit to every other one. Decided once per method at start rather than on every request.
 */
final class BodyLimits implements DynamicFeature {
    private final BodyLimitFilter general;
    private final BodyLimitFilter uploads;

    BodyLimits(long maxBodyBytes, long maxUploadBytes) {
        this.general = new BodyLimitFilter(maxBodyBytes);
        this.uploads = new BodyLimitFilter(maxUploadBytes);
    }

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        context.register(resource.getResourceMethod().isAnnotationPresent(Upload.class) ? uploads : general);
    }
}
