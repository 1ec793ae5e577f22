/** How an aggregate says no: {@link org.egovarchive.command.rule.ActRefused}, with the kind of refusal the API turns into 403, 404, 409 or 422. */
package org.egovarchive.command.rule;
