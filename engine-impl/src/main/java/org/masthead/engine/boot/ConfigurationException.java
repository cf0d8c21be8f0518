package org.masthead.engine.boot;

/** A configuration or environment problem that stops the engine from starting; its message is one line. */
public class ConfigurationException extends RuntimeException {
    public ConfigurationException(String message) {
        super(message);
    }

    public ConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
