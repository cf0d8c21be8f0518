/** The default curation policy: Medium's Distribution Standards check at publish and its curation statuses. */
package org.masthead.plugins.curation;
