package org.masthead.engine.site;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.StringWriter;
import java.util.Map;
import java.util.Properties;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;

/** Renders the Velocity templates under {@code /templates}, strict and escaping by default. */
@ApplicationScoped
public class Templates {
    private final VelocityEngine velocity;

    public Templates() {
        Properties properties = new Properties();
        properties.setProperty(RuntimeConstants.RESOURCE_LOADERS, "class");
        properties.setProperty("resource.loader.class.class", ClasspathResourceLoader.class.getName());
        properties.setProperty("resource.loader.class.cache", "true");
        properties.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "true");
        properties.setProperty(RuntimeConstants.EVENTHANDLER_REFERENCEINSERTION, EscapeByDefault.class.getName());
        properties.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
        velocity = new VelocityEngine(properties);
        velocity.init();
    }

    /** Renders {@code templates/<name>} with {@code model}. */
    public String render(String name, Map<String, ?> model) {
        Template template = velocity.getTemplate("templates/" + name, "UTF-8");
        VelocityContext context = new VelocityContext();
        model.forEach(context::put);
        StringWriter out = new StringWriter();
        template.merge(context, out);
        return out.toString();
    }
}
