/**
 * Elasticsearch plumbing: the read models' index templates, the versioned indices behind their
 * aliases, and bulk writes with external versioning.
 */
package org.egovarchive.query.elastic;
