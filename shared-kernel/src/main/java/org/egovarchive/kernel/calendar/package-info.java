/**
 * The working-day calendar (工作日): China's weekdays less the State Council's holidays plus its
 * make-up working days, read from {@code cn-workdays.txt} and override files, and the due dates of
 * citizens' letters counted in working days per box and kind. Reads the clock nowhere.
 */
package org.egovarchive.kernel.calendar;
