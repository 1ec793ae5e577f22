package org.egovarchive.query.projection;

import org.egovarchive.kernel.calendar.WorkingDayCalendar;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The working-day calendar the statistics count in: the bundled one, plus the override files of
 * {@code egov.letters.calendar-overrides} (comma-separated) — the same setting, and so the same days, as the command side.
 */
@Configuration
public class CalendarConfig {

    @Bean
    public WorkingDayCalendar workingDayCalendar(@Value("${egov.letters.calendar-overrides:}") String overrides) {
        List<Path> files = Arrays.stream(overrides.split(",")).map(String::trim).filter(f -> !f.isEmpty()).map(Path::of).toList();
        return files.isEmpty() ? WorkingDayCalendar.bundled() : WorkingDayCalendar.load(files);
    }
}
