/** Persistence: the connection pool, schema migrations, MyBatis sessions and transactions. */
package org.masthead.engine.db;
