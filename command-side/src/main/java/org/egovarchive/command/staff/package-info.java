/**
 * Staff: who is acting (the {@link org.egovarchive.command.staff.Actor} every command carries), the
 * account directory (demo accounts or configured bcrypt hashes) and the HTTP security around the API.
 */
package org.egovarchive.command.staff;
