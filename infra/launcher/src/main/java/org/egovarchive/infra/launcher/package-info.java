/**
 * The {@code ./egov} launcher: starts the local stack and both applications as daemons, loads the
 * demo data, reports status and stops everything again. Logic here, a thin shell script at the root.
 */
package org.egovarchive.infra.launcher;
