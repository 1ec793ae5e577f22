package org.egovarchive.command.message;

import org.egovarchive.kernel.calendar.DueDatePolicy;
import org.egovarchive.kernel.calendar.WorkingDayCalendar;
import org.egovarchive.kernel.message.Box;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Wiring of letters: the working-day calendar (bundled, plus override files), due-date policy, dispatch. */
@Configuration
public class LettersConfig {

    /**
     * {@code egov.letters.calendar-overrides}: files in the calendar's format that correct the bundled
     * one (a new year's official schedule, say); {@code egov.letters.auto-assign}: per box, the
     * department a new letter goes to straight away (the dispatching desk may still reassign it);
     * {@code egov.letters.submissions-per-hour}: per client address.
     */
    @ConfigurationProperties("egov.letters")
    public record Properties(@DefaultValue List<Path> calendarOverrides, @DefaultValue Map<Box, String> autoAssign,
                             @DefaultValue("10") int submissionsPerHour) {
    }

    @Bean
    public WorkingDayCalendar workingDayCalendar(Properties properties) {
        return properties.calendarOverrides().isEmpty()
                ? WorkingDayCalendar.bundled()
                : WorkingDayCalendar.load(properties.calendarOverrides());
    }

    @Bean
    public DueDates dueDates(WorkingDayCalendar calendar) {
        return new DueDates(calendar, DueDatePolicy.defaults());
    }

    @Bean
    public SubmissionLimiter submissionLimiter(Properties properties) {
        return new SubmissionLimiter(properties.submissionsPerHour());
    }
}
