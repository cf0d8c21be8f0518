/** Health and version endpoints for operators and load balancers. */
package org.masthead.engine.health;
