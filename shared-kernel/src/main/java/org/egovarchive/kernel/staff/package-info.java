/**
 * Who acts: staff roles, departments, and the demo accounts of the local stack. Every event's
 * metadata names the actor, role and department in these terms.
 */
package org.egovarchive.kernel.staff;
