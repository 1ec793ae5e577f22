/** The public page of one published document, read from {@code public-documents}. */
package org.egovarchive.query.document;
