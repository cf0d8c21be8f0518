/** Publications: the branded collections writers publish in, and who may write for them. */
package org.masthead.engine.publication;
