/** Domain values shared by every extension point: identifiers, story summaries, reasons and curation status. */
package org.masthead.api.content;
