/** Boot: the embeddable {@link org.masthead.engine.boot.Engine}, its configuration, and start/stop order. */
package org.masthead.engine.boot;
