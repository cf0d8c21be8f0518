package org.masthead.engine.site;

import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.context.Context;
import org.owasp.encoder.Encode;

/** Escapes every value a template inserts, except {@link TrustedHtml}. */
public final class EscapeByDefault implements ReferenceInsertionEventHandler {
    @Override
    public Object referenceInsert(Context context, String reference, Object value) {
        if (value == null || value instanceof TrustedHtml) {
            return value;
        }
        return Encode.forHtml(value.toString());
    }
}
