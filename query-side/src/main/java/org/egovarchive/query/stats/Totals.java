package org.egovarchive.query.stats;

import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * The totals row from the department rows: counts add up and means are weighted by what they are the
 * mean of, so they equal the means over all letters; only the percentiles need their own aggregation.
 */
final class Totals {

    private Totals() {
    }

    static Figures of(List<Figures> rows, long documentsPublished, Double medianDraftToPublish, Double medianHours,
                      Double p90Hours, Double medianDays, Double p90Days) {
        long replied = sum(rows, Figures::replied);
        long onTime = sum(rows, Figures::repliedOnTime);
        long overdue = sum(rows, Figures::overdueOpen);
        long firstResponded = sum(rows, Figures::firstResponded);
        long rated = sum(rows, Figures::rated);
        return new Figures(null, "全部", sum(rows, Figures::received), replied, onTime, Figures.rateOf(onTime, replied, overdue),
                overdue, weighted(rows, Figures::avgReplyHours, Figures::replied), medianHours, p90Hours,
                weighted(rows, Figures::avgReplyWorkingDays, Figures::replied), medianDays, p90Days, firstResponded,
                weighted(rows, Figures::avgFirstResponseHours, Figures::firstResponded), sum(rows, Figures::closed),
                sum(rows, Figures::explained), sum(rows, Figures::forwarded), sum(rows, Figures::escalated), rated,
                weighted(rows, Figures::avgRating, Figures::rated), documentsPublished, medianDraftToPublish, null);
    }

    private static long sum(List<Figures> rows, ToLongFunction<Figures> value) {
        return rows.stream().mapToLong(value).sum();
    }

    private static Double weighted(List<Figures> rows, Function<Figures, Double> mean,
                                   ToLongFunction<Figures> weight) {
        double total = 0;
        long count = 0;
        for (Figures row : rows) {
            Double value = mean.apply(row);
            if (value != null) {
                total += value * weight.applyAsLong(row);
                count += weight.applyAsLong(row);
            }
        }
        return count == 0 ? null : total / count;
    }
}
