package org.egovarchive.kernel.calendar;

/**
 * A date in a year the calendar has no schedule for. Thrown rather than guessing from weekends,
 * because a due date that ignores the year's holidays would be wrong without anyone noticing.
 */
public class UncoveredYearException extends IllegalStateException {

    private final int year;

    public UncoveredYearException(int year) {
        super("The working-day calendar does not cover " + year + "; add the State Council's schedule for "
                + year + " (a YEAR " + year + " block) to cn-workdays.txt or to an override file");
        this.year = year;
    }

    public int year() {
        return year;
    }
}
