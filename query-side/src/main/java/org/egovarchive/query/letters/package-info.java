/**
 * Letters as people read them from {@code messages}: the public replies board, the leader queue
 * (letters sent up, oldest receipt first) and the overdue lists of each department.
 */
package org.egovarchive.query.letters;
