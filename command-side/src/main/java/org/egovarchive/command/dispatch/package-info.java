/** Sends commands on behalf of an actor, stamping the metadata every resulting event carries. */
package org.egovarchive.command.dispatch;
