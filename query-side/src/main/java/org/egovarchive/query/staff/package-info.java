/**
 * Staff on the query side: the accounts (demo accounts in demo mode, or configured bcrypt hashes),
 * the signed-in member of staff with role and department, and what each may read.
 */
package org.egovarchive.query.staff;
