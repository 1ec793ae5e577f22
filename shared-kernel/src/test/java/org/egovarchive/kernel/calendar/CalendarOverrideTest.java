package org.egovarchive.kernel.calendar;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CalendarOverrideTest {

    @TempDir
    Path dir;

    @Test
    void aDayLineCorrectsTheBundledDay() throws IOException {
        Path fix = file("fix.txt", """
                # the city gives the afternoon before Spring Festival off as a whole day
                2026-02-13 HOLIDAY 春节前一日
                2026-02-14 WORKDAY 春节调休上班
                """);

        var calendar = WorkingDayCalendar.load(List.of(fix));

        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 13))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 14))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 15))).as("untouched bundled day").isFalse();
    }

    @Test
    void aWorkdayLineTurnsABundledHolidayBack() throws IOException {
        var calendar = WorkingDayCalendar.load(List.of(file("fix.txt", "2026-10-07 WORKDAY\n")));

        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 7))).isTrue();
    }

    @Test
    void laterFilesAndLaterLinesWin() throws IOException {
        Path first = file("first.txt", "2026-03-16 HOLIDAY\n2026-03-17 HOLIDAY\n2026-03-17 WORKDAY\n");
        Path second = file("second.txt", "2026-03-16 WORKDAY\n");

        var calendar = WorkingDayCalendar.load(List.of(first, second));

        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 16))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 17))).isTrue();
    }

    @Test
    void theOfficialNoticeReplacesAProvisionalYearWhole() throws IOException {
        Path official = file("2027.txt", """
                YEAR 2027
                2027-02-06 HOLIDAY 春节
                """);

        var calendar = WorkingDayCalendar.load(List.of(official));

        assertThat(calendar.isProvisional(2027)).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 8))).as("provisional holiday dropped").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 14))).as("provisional make-up Sunday dropped").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 16))).as("other years untouched").isFalse();
    }

    @Test
    void anOverrideBringsANewYear() throws IOException {
        Path next = file("2028.txt", "\uFEFFYEAR 2028 PROVISIONAL\n2028-01-01 HOLIDAY PROVISIONAL 元旦\n");

        var calendar = WorkingDayCalendar.load(List.of(next));

        assertThat(calendar.covers(2028)).isTrue();
        assertThat(calendar.isProvisional(2028)).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2028, 1, 3))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2028, 1, 1))).isFalse();
    }

    @Test
    void aDayInAnUndeclaredYearIsAnErrorNotASilentGap() throws IOException {
        Path typo = file("typo.txt", "# correction\n2029-10-01 HOLIDAY 国庆节\n");

        assertThatThrownBy(() -> WorkingDayCalendar.load(List.of(typo)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("typo.txt:2")
                .hasMessageContaining("2029");
    }

    @Test
    void aProvisionalDayInAnOfficialYearIsRefused() throws IOException {
        Path mixed = file("mixed.txt", "YEAR 2027\n2027-02-08 HOLIDAY PROVISIONAL 春节\n");

        assertThatThrownBy(() -> WorkingDayCalendar.load(List.of(mixed)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mixed.txt:2")
                .hasMessageContaining("PROVISIONAL");
    }

    @Test
    void unreadableLinesAreNamedByFileAndLine() throws IOException {
        assertThatThrownBy(() -> WorkingDayCalendar.load(List.of(file("a.txt", "2026-13-01 HOLIDAY\n"))))
                .hasMessageContaining("a.txt:1");
        assertThatThrownBy(() -> WorkingDayCalendar.load(List.of(file("b.txt", "\n2026-10-01 DAYOFF\n"))))
                .hasMessageContaining("b.txt:2");
        assertThatThrownBy(() -> WorkingDayCalendar.load(List.of(file("c.txt", "2026-10-01\n"))))
                .hasMessageContaining("c.txt:1");
        assertThatThrownBy(() -> WorkingDayCalendar.load(List.of(file("d.txt", "YEAR 2028 DRAFT\n"))))
                .hasMessageContaining("d.txt:1");
        assertThatThrownBy(() -> WorkingDayCalendar.load(List.of(file("e.txt", "YEAR 2028\nYEAR 2028\n"))))
                .hasMessageContaining("e.txt:2");
    }

    @Test
    void aMissingOverrideFileIsNamed() {
        Path missing = dir.resolve("missing.txt");

        assertThatThrownBy(() -> WorkingDayCalendar.load(List.of(missing)))
                .hasMessageContaining("missing.txt");
    }

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }
}
