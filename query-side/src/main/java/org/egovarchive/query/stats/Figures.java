package org.egovarchive.query.stats;

/**
 * The efficiency figures of one department (or all) for a period, and their definitions — written
 * once, here; the README repeats them. The cohort is every letter <em>received</em> in the period,
 * counted for the department that holds it now (after a forward, the receiving department answers for
 * it), as things stand at the moment of the request.
 *
 * @param received                  letters of the cohort
 * @param replied                   of those, answered (a reply, whenever it came)
 * @param repliedOnTime             of those, answered by the end of their due day (after any extension)
 * @param onTimeRate                repliedOnTime / (replied + overdueOpen): of the letters that have had to be
 *                                  answered by now, the share answered in time; null below the minimum of letters
 * @param overdueOpen               of the cohort, not yet answered and past their due date now
 * @param avgReplyHours             mean hours from receipt to reply, over the replied letters
 * @param medianReplyHours          median of the same (nearest rank, HDR histogram with 3 significant digits)
 * @param p90ReplyHours             90th percentile of the same
 * @param avgReplyWorkingDays       mean working days from receipt to reply (the calendar's workingDaysBetween)
 * @param medianReplyWorkingDays    median of the same
 * @param p90ReplyWorkingDays       90th percentile of the same
 * @param firstResponded            letters with a first response — an explanation or a reply
 * @param avgFirstResponseHours     mean hours from receipt to the first response; differs from the reply time
 *                                  where an explanation came first
 * @param closed                    letters closed (办结)
 * @param explained                 letters with at least one explanation (解释说明)
 * @param forwarded                 letters forwarded (转办) at least once
 * @param escalated                 letters sent up to a leader (送领导阅示)
 * @param rated                     letters the writer rated
 * @param avgRating                 mean of the writers' ratings (1–5), over the rated letters
 * @param documentsPublished        documents of the department first published in the period
 * @param medianDraftToPublishHours median hours from draft to first publication of those
 * @param rank                      place by onTimeRate (1 = best) among departments with at least the minimum
 *                                  of letters; null for the others and for the totals
 */
public record Figures(
        String department,
        String departmentName,
        long received,
        long replied,
        long repliedOnTime,
        Double onTimeRate,
        long overdueOpen,
        Double avgReplyHours,
        Double medianReplyHours,
        Double p90ReplyHours,
        Double avgReplyWorkingDays,
        Double medianReplyWorkingDays,
        Double p90ReplyWorkingDays,
        long firstResponded,
        Double avgFirstResponseHours,
        long closed,
        long explained,
        long forwarded,
        long escalated,
        long rated,
        Double avgRating,
        long documentsPublished,
        Double medianDraftToPublishHours,
        Integer rank) {

    /** The on-time rate of these counts, or null when there is nothing to judge. */
    static Double rateOf(long repliedOnTime, long replied, long overdueOpen) {
        long due = replied + overdueOpen;
        return due == 0 ? null : (double) repliedOnTime / due;
    }

    Figures ranked(Integer newRank) {
        return new Figures(department, departmentName, received, replied, repliedOnTime, onTimeRate, overdueOpen,
                avgReplyHours, medianReplyHours, p90ReplyHours, avgReplyWorkingDays, medianReplyWorkingDays,
                p90ReplyWorkingDays, firstResponded, avgFirstResponseHours, closed, explained, forwarded, escalated,
                rated, avgRating, documentsPublished, medianDraftToPublishHours, newRank);
    }

    Figures withoutRate() {
        return new Figures(department, departmentName, received, replied, repliedOnTime, null, overdueOpen,
                avgReplyHours, medianReplyHours, p90ReplyHours, avgReplyWorkingDays, medianReplyWorkingDays,
                p90ReplyWorkingDays, firstResponded, avgFirstResponseHours, closed, explained, forwarded, escalated,
                rated, avgRating, documentsPublished, medianDraftToPublishHours, null);
    }
}
