/** Media: the blob store, image uploads and their validation, image serving, and avatars. */
package org.masthead.engine.media;
