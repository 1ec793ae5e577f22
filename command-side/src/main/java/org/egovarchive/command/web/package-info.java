/**
 * HTTP plumbing shared by every feature of the command side: RFC 9457 problem details for every
 * error (naming the field where there is one) and the request size limit.
 */
package org.egovarchive.command.web;
