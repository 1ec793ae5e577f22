/**
 * Audit on the command side, which holds the event store: verification of a record — its hash
 * chain and every seal applied to it — for auditors, admins and leaders.
 */
package org.egovarchive.command.audit;
