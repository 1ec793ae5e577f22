package org.egovarchive.kernel.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads calendar files (the format is described at the top of {@code cn-workdays.txt}) and lays
 * them over each other in order: later day lines win, and a file's YEAR line replaces that year.
 */
final class CalendarLayers {

    private static final String PROVISIONAL = "PROVISIONAL";

    private record Day(DayKind kind, boolean provisional, String where) {
    }

    private record DayLine(LocalDate date, Day day) {
    }

    /** Year → whether its schedule is provisional. */
    private final Map<Integer, Boolean> years = new TreeMap<>();
    private final Map<LocalDate, Day> days = new HashMap<>();

    /** Lays one file over those added before; {@code source} names it in error messages. */
    void add(String source, List<String> lines) {
        Map<Integer, Boolean> declared = new HashMap<>();
        List<DayLine> dayLines = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String where = source + ":" + (i + 1);
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] tokens = line.split("\\s+", 4);
            if (tokens[0].equals("YEAR")) {
                declareYear(tokens, where, declared);
            } else {
                dayLines.add(dayLine(tokens, where));
            }
        }
        // a file that declares a year brings its whole schedule, so no derived day may outlive it
        declared.keySet().forEach(year -> days.keySet().removeIf(date -> date.getYear() == year));
        years.putAll(declared);
        for (DayLine line : dayLines) {
            if (!years.containsKey(line.date().getYear())) {
                throw new IllegalArgumentException(line.day().where() + ": " + line.date()
                        + " is in a year no YEAR line declares (" + line.date().getYear() + ")");
            }
            days.put(line.date(), line.day());
        }
    }

    /** Year → provisional, after checking that no PROVISIONAL day is left in an official year. */
    Map<Integer, Boolean> years() {
        days.forEach((date, day) -> {
            if (day.provisional() && !years.get(date.getYear())) {
                throw new IllegalArgumentException(day.where() + ": " + date + " is marked PROVISIONAL but "
                        + date.getYear() + " is declared official; drop the mark or the day");
            }
        });
        return Map.copyOf(years);
    }

    Map<LocalDate, DayKind> days() {
        Map<LocalDate, DayKind> kinds = new HashMap<>();
        days.forEach((date, day) -> kinds.put(date, day.kind()));
        return Map.copyOf(kinds);
    }

    private static void declareYear(String[] tokens, String where, Map<Integer, Boolean> declared) {
        boolean provisional = tokens.length > 2 && tokens[2].equals(PROVISIONAL);
        if (tokens.length < 2 || tokens.length > 3 || tokens.length == 3 && !provisional) {
            throw new IllegalArgumentException(where + ": expected 'YEAR yyyy' or 'YEAR yyyy PROVISIONAL'");
        }
        int year;
        try {
            year = Integer.parseInt(tokens[1]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(where + ": not a year: " + tokens[1], e);
        }
        if (declared.put(year, provisional) != null) {
            throw new IllegalArgumentException(where + ": YEAR " + year + " is declared twice in one file");
        }
    }

    private static DayLine dayLine(String[] tokens, String where) {
        if (tokens.length < 2) {
            throw new IllegalArgumentException(where + ": expected 'yyyy-MM-dd HOLIDAY|WORKDAY [PROVISIONAL] [note]'");
        }
        LocalDate date;
        DayKind kind;
        try {
            date = LocalDate.parse(tokens[0]);
            kind = DayKind.valueOf(tokens[1]);
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": expected 'yyyy-MM-dd HOLIDAY|WORKDAY', found '"
                    + tokens[0] + " " + tokens[1] + "'", e);
        }
        boolean provisional = tokens.length > 2 && tokens[2].equals(PROVISIONAL);
        return new DayLine(date, new Day(kind, provisional, where));
    }
}
