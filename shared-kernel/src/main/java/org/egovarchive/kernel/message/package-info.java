/**
 * Citizens' letters (网民留言): the boxes a letter arrives in and the kinds a citizen files it under.
 * Both sides and the due-date policy in {@link org.egovarchive.kernel.calendar} speak in these terms.
 */
package org.egovarchive.kernel.message;
