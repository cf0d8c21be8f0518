/** HTTP: Jersey on Jetty, JSON, error mapping, authentication, CSRF, body limits and security headers. */
package org.masthead.engine.web;
