package org.egovarchive.kernel.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * China's working days (工作日): Monday to Friday, less the State Council's holidays, plus its
 * make-up working days (调休上班) on weekends; and the due dates of citizens' letters counted in them.
 *
 * <p>Time limits are counted in {@link #ZONE Asia/Shanghai}. A letter's <em>day 0</em> is the day it
 * was received if that is a working day and it arrived at or before {@link #CUTOFF 17:00}; otherwise
 * the next working day, because nobody is in the office to register it. It is due at the end of the
 * n-th working day after day 0: the published rule names a due <em>date</em>, so a reply sent that
 * evening is on time.
 *
 * <p>Immutable; parse once (the file is read on every {@link #bundled()} call) and share the instance.
 * Nothing here reads the clock.
 */
public final class WorkingDayCalendar {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** Letters that arrive after this local time on a working day count from the next working day. */
    public static final LocalTime CUTOFF = LocalTime.of(17, 0);

    private static final String BUNDLED = "cn-workdays.txt";

    /** Year → whether its schedule is provisional. */
    private final Map<Integer, Boolean> years;
    private final Map<LocalDate, DayKind> days;

    private WorkingDayCalendar(CalendarLayers layers) {
        this.years = layers.years();
        this.days = layers.days();
    }

    /** The calendar shipped in this jar. */
    public static WorkingDayCalendar bundled() {
        return load(List.of());
    }

    /**
     * The shipped calendar with override files laid over it in order, so configuration can correct a
     * day or bring a new year's schedule without a release. The files' format is the shipped one's.
     *
     * @throws IllegalArgumentException naming file and line when a line cannot be read
     */
    public static WorkingDayCalendar load(List<Path> overrides) {
        var layers = new CalendarLayers();
        layers.add(BUNDLED, bundledLines());
        for (Path file : overrides) {
            layers.add(file.toString(), readLines(file));
        }
        return new WorkingDayCalendar(layers);
    }

    public boolean covers(int year) {
        return years.containsKey(year);
    }

    public SortedSet<Integer> coveredYears() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(years.keySet()));
    }

    /**
     * Whether the year's schedule was derived from the rules rather than taken from the State
     * Council's notice; its due dates may move when the notice replaces it.
     */
    public boolean isProvisional(int year) {
        requireCovered(year);
        return years.get(year);
    }

    /** @throws UncoveredYearException when the date's year has no schedule */
    public boolean isWorkingDay(LocalDate date) {
        requireCovered(date.getYear());
        DayKind kind = days.get(date);
        if (kind != null) {
            return kind == DayKind.WORKDAY;
        }
        return switch (date.getDayOfWeek()) {
            case SATURDAY, SUNDAY -> false;
            default -> true;
        };
    }

    /**
     * The n-th working day after {@code start}, which itself is not counted; {@code start} for n = 0.
     *
     * @throws UncoveredYearException when the count runs into a year without a schedule
     */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        requireNotNegative(n);
        LocalDate day = start;
        for (int left = n; left > 0; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /**
     * Day 0 of a letter: the local day of {@code receivedAt} if that is a working day and the time is
     * at or before 17:00, else the next working day.
     */
    public LocalDate dayZero(Instant receivedAt) {
        LocalDateTime local = LocalDateTime.ofInstant(receivedAt, ZONE);
        LocalDate day = local.toLocalDate();
        boolean countsToday = isWorkingDay(day) && !local.toLocalTime().isAfter(CUTOFF);
        return countsToday ? day : addWorkingDays(day, 1);
    }

    /**
     * When a letter received at {@code receivedAt} with a limit of {@code workingDays} is due: the
     * last instant (23:59:59.999999999, Asia/Shanghai) of {@code addWorkingDays(dayZero(receivedAt),
     * workingDays)}. The last instant rather than a rounded 23:59:59 keeps "replied at or before the
     * due date-time" exactly equal to "replied on or before the due day".
     */
    public ZonedDateTime dueDate(Instant receivedAt, int workingDays) {
        return addWorkingDays(dayZero(receivedAt), workingDays).atTime(LocalTime.MAX).atZone(ZONE);
    }

    /**
     * How many working days a reply took: the working days after {@code dayZero(receivedAt)} up to and
     * including the reply's day, where the reply's day is its local date if that is a working day,
     * else the next working day (a reply on Saturday counts as given on Monday). 0 when the reply
     * came on or before day 0.
     *
     * <p>Relation to {@link #dueDate}: {@code workingDaysBetween(r, dueDate(r, n).toInstant()) == n},
     * and a reply is at or before {@code dueDate(r, n)} exactly when {@code workingDaysBetween} of it
     * is at most n.
     *
     * @throws IllegalArgumentException when the reply is earlier than the receipt
     */
    public int workingDaysBetween(Instant receivedAt, Instant repliedAt) {
        if (repliedAt.isBefore(receivedAt)) {
            throw new IllegalArgumentException("reply " + repliedAt + " before receipt " + receivedAt);
        }
        LocalDate replyDate = LocalDate.ofInstant(repliedAt, ZONE);
        LocalDate replyDay = isWorkingDay(replyDate) ? replyDate : addWorkingDays(replyDate, 1);
        int count = 0;
        for (LocalDate day = dayZero(receivedAt).plusDays(1); !day.isAfter(replyDay); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    private void requireCovered(int year) {
        if (!covers(year)) {
            throw new UncoveredYearException(year);
        }
    }

    private static void requireNotNegative(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("working days must not be negative: " + n);
        }
    }

    private static List<String> bundledLines() {
        InputStream in = WorkingDayCalendar.class.getResourceAsStream(BUNDLED);
        if (in == null) {
            throw new IllegalStateException(BUNDLED + " is missing from the classpath");
        }
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> readLines(Path file) {
        try {
            List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
            // files edited on Windows may start with a byte order mark, which would spoil line 1
            if (!lines.isEmpty() && lines.get(0).startsWith("\uFEFF")) {
                lines.set(0, lines.get(0).substring(1));
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read calendar override " + file, e);
        }
    }
}
