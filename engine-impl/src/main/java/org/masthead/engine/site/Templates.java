package org.masthead.engine.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.exception.VelocityException;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;
import org.apache.velocity.runtime.resource.loader.FileResourceLoader;
import org.masthead.engine.web.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders the Velocity templates under {@code /templates}, strict and escaping by default. A theme overrides them
 * template by template: {@code <data dir>/themes/<theme>/templates/story.vm} replaces the bundled
 * {@code templates/story.vm}, and every template it does not have comes from the bundle.
 */
@ApplicationScoped
public class Templates {
    private static final Logger LOG = LoggerFactory.getLogger(Templates.class);

    private final VelocityEngine bundled;
    private final Path themesDir;
    private final Map<String, VelocityEngine> themes = new ConcurrentHashMap<>();

    @Inject
    public Templates(@Named("themesDir") Path themesDir) {
        this.themesDir = themesDir;
        this.bundled = engine(null);
    }

    /** Renders the bundled {@code templates/<name>} with {@code model}. */
    public String render(String name, Map<String, ?> model) {
        return merge(bundled, name, model);
    }

    /**
     * Renders {@code templates/<name>} of {@code theme} (empty for the bundled one). When the theme's template is
     * broken, readers get the bundled page and the log says why; admins ({@code showErrors}) get an error page
     * that says which template failed and how, so they can fix it.
     */
    public String render(String theme, String name, Map<String, ?> model, boolean showErrors) {
        if (theme.isEmpty()) {
            return render(name, model);
        }
        try {
            return merge(themes.computeIfAbsent(theme, key -> engine(themesDir.resolve(key))), name, model);
        } catch (VelocityException e) {
            if (showErrors) {
                throw new ApiException(500, "theme_error", "The theme '" + theme + "' cannot render " + name + ": "
                        + e.getMessage() + ". Readers see the bundled page until it is fixed.");
            }
            LOG.warn("Theme {} cannot render {}; serving the bundled page: {}", theme, name, e.getMessage());
            return render(name, model);
        }
    }

    private static String merge(VelocityEngine velocity, String name, Map<String, ?> model) {
        Template template = velocity.getTemplate("templates/" + name, "UTF-8");
        VelocityContext context = new VelocityContext();
        model.forEach(context::put);
        StringWriter out = new StringWriter();
        template.merge(context, out);
        return out.toString();
    }

    private static VelocityEngine engine(Path theme) {
        Properties properties = new Properties();
        if (theme == null) {
            properties.setProperty(RuntimeConstants.RESOURCE_LOADERS, "class");
        } else {
            // The theme's directory first, the bundle second: Velocity asks the loaders in this order.
            properties.setProperty(RuntimeConstants.RESOURCE_LOADERS, "theme,class");
            properties.setProperty("resource.loader.theme.class", FileResourceLoader.class.getName());
            properties.setProperty("resource.loader.theme.path", theme.toAbsolutePath().toString());
            // Edits to a theme show without a restart; Velocity checks a file for changes at most every 2 s.
            properties.setProperty("resource.loader.theme.cache", "true");
            properties.setProperty("resource.loader.theme.modification_check_interval", "2");
        }
        properties.setProperty("resource.loader.class.class", ClasspathResourceLoader.class.getName());
        properties.setProperty("resource.loader.class.cache", "true");
        properties.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "true");
        properties.setProperty(RuntimeConstants.EVENTHANDLER_REFERENCEINSERTION, EscapeByDefault.class.getName());
        properties.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
        VelocityEngine velocity = new VelocityEngine(properties);
        velocity.init();
        return velocity;
    }
}
