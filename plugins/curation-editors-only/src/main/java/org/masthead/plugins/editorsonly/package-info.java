/** A curation policy for publications that hand-pick everything: no story is distributed until a curator does. */
package org.masthead.plugins.editorsonly;
