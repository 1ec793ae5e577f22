package org.egovarchive.kernel.calendar;

/** What a calendar line makes of its day; a day without a line is a working day from Monday to Friday. */
enum DayKind {
    /** A day off: a statutory holiday (法定节假日) or a day off around it. */
    HOLIDAY,
    /** A working day on a Saturday or Sunday (调休上班), or a correction back to a working day. */
    WORKDAY
}
