/**
 * The working-day calendar (工作日): China's weekdays less the State Council's holidays plus its
 * make-up working days, read from {@code cn-workdays.txt} and override files, and the due dates of
 * citizens' letters counted in working days per box and kind, and what an admin must be told about a
 * missing or provisional coming year. Reads the clock nowhere: callers pass the day.
 */
package org.egovarchive.kernel.calendar;
