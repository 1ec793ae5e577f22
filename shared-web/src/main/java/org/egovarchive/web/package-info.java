/**
 * HTTP security both applications need alike: the cache that keeps bcrypt from throttling HTTP Basic,
 * and the password hashes configured accounts may have. Spring only; no domain, no events (those are the shared kernel's).
 */
package org.egovarchive.web;
