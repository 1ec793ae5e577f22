package org.egovarchive.kernel.calendar;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The missing-year check is a notice on a given day, whatever day the build runs on and whichever
 * years the bundled file holds: the last year it covers is made official here, and the one after it
 * is missing by definition.
 */
class CalendarNoticesTest {

    private static final int LAST = WorkingDayCalendar.bundled().coveredYears().last();

    @TempDir
    Path dir;

    private WorkingDayCalendar calendar;

    @BeforeEach
    void lastYearOfficial() throws IOException {
        calendar = WorkingDayCalendar.load(List.of(override("official.txt", "YEAR " + LAST)));
    }

    @Test
    void nothingToSayInTheMiddleOfAnOfficialYear() {
        assertThat(CalendarNotices.on(calendar, LocalDate.of(LAST, 6, 1))).isEmpty();
    }

    @Test
    void fromNovemberAMissingNextYearIsNamed() {
        assertThat(CalendarNotices.on(calendar, LocalDate.of(LAST, 10, 31))).isEmpty();

        assertThat(CalendarNotices.on(calendar, LocalDate.of(LAST, 11, 1))).singleElement().asString()
                .contains("has no YEAR " + (LAST + 1)).contains("egov.letters.calendar-overrides");
    }

    @Test
    void aMissingCurrentYearIsNamedFirst() {
        assertThat(CalendarNotices.on(calendar, LocalDate.of(LAST + 1, 12, 15))).hasSize(2)
                .satisfiesExactly(first -> assertThat(first).contains("has no YEAR " + (LAST + 1)),
                        second -> assertThat(second).contains("has no YEAR " + (LAST + 2)));
    }

    @Test
    void aProvisionalYearAheadIsNamedUntilTheNoticeReplacesIt() throws IOException {
        Path last = override("official.txt", "YEAR " + LAST);
        Path provisional = override("provisional.txt", "YEAR " + (LAST + 1) + " PROVISIONAL");
        Path official = override("next.txt", "YEAR " + (LAST + 1));
        LocalDate december = LocalDate.of(LAST, 12, 1);

        assertThat(CalendarNotices.on(WorkingDayCalendar.load(List.of(last, provisional)), december)).singleElement()
                .asString().contains("YEAR " + (LAST + 1) + " is PROVISIONAL");
        assertThat(CalendarNotices.on(WorkingDayCalendar.load(List.of(last, provisional, official)), december)).isEmpty();
    }

    private Path override(String name, String yearLine) throws IOException {
        return Files.writeString(dir.resolve(name), yearLine + "\n");
    }
}
