/**
 * Staff lists over {@code documents-admin}: every document of a department with its state and the
 * timings of each step, and the inbox of documents forwarded to it. Department-scoped.
 */
package org.egovarchive.query.admin;
