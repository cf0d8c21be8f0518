/**
 * Medium's published v1 API at {@code /v1}, so tools that post to Medium can post to this site by changing the
 * base URL: the same paths, fields, envelopes, status codes and rules, on top of the engine's own services.
 */
package org.masthead.engine.medium;
