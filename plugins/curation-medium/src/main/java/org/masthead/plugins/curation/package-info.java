/** The default curation policy: Medium's curation statuses, for now with every published story eligible. */
package org.masthead.plugins.curation;
