/** The command line of the runnable bundle: {@code bin/masthead run}, {@code demo}, and the demo content. */
package org.masthead.distribution;
