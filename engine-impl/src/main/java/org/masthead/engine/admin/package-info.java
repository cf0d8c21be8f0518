/** The admin web console at {@code /admin}: server-rendered screens over the features' services. */
package org.masthead.engine.admin;
