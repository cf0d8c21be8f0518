package org.masthead.engine.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;
import org.masthead.engine.site.EscapeByDefault;

/**
 * Writes a mail from the Velocity templates {@code templates/mail/<name>.html.vm} (every value HTML-escaped, as on
 * the site) and {@code templates/mail/<name>.txt.vm} (plain text, nothing escaped). Both see the model plus
 * {@code site} (the site's name), {@code subject} and {@code to} (the {@link Addressee}, with the footer links).
 */
@ApplicationScoped
public class MailTemplates {
    private final VelocityEngine html = engine(true);
    private final VelocityEngine text = engine(false);
    private final String siteName;

    @Inject
    public MailTemplates(@Named("siteName") String siteName) {
        this.siteName = siteName;
    }

    /** The mail {@code name} with {@code subject} for {@code to}. */
    public Mail write(String name, String subject, Addressee to, Map<String, ?> model) {
        Map<String, Object> values = new HashMap<>(model);
        values.put("site", siteName);
        values.put("subject", subject);
        values.put("to", to);
        return new Mail(subject, merge(text, name + ".txt.vm", values), merge(html, name + ".html.vm", values));
    }

    private static String merge(VelocityEngine engine, String name, Map<String, Object> values) {
        VelocityContext context = new VelocityContext();
        values.forEach(context::put);
        StringWriter out = new StringWriter();
        engine.getTemplate("templates/mail/" + name, "UTF-8").merge(context, out);
        return out.toString();
    }

    private static VelocityEngine engine(boolean escapeHtml) {
        Properties properties = new Properties();
        properties.setProperty(RuntimeConstants.RESOURCE_LOADERS, "class");
        properties.setProperty("resource.loader.class.class", ClasspathResourceLoader.class.getName());
        properties.setProperty("resource.loader.class.cache", "true");
        properties.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "true");
        properties.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
        if (escapeHtml) {
            properties.setProperty(RuntimeConstants.EVENTHANDLER_REFERENCEINSERTION, EscapeByDefault.class.getName());
        }
        VelocityEngine engine = new VelocityEngine(properties);
        engine.init();
        return engine;
    }
}
