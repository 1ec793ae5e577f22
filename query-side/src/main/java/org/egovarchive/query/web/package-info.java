/** HTTP plumbing of the query side: problem details for the API, security of pages and API. */
package org.egovarchive.query.web;
