/**
 * The database schema and who may change it. Migrations ({@code db/migration}) run as a step of their
 * own, as the owner role ({@code java -jar … migrate}); the running application connects as the
 * application role only, checks that the schema is this build's, and never holds the owner's password.
 */
package org.egovarchive.command.migration;
