/** A deliberately misbehaving feed ranker that lets engine tests prove the plugin guard; never shipped. */
package org.masthead.plugins.faulty;
