/**
 * HTTP security both applications need alike — for now the cache that keeps bcrypt from throttling
 * HTTP Basic. Spring only; no domain, no events (those are the shared kernel's).
 */
package org.egovarchive.web;
