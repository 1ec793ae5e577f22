package org.egovarchive.query.stats;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.egovarchive.kernel.calendar.WorkingDayCalendar;
import org.egovarchive.kernel.staff.Department;
import org.egovarchive.query.letters.LetterLists;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The leadership dashboard (leaders, auditors, admins; staff login): the numbers are rendered on the
 * server — readable without JavaScript — and the charts draw from the same numbers, handed to the
 * script in a data attribute (the content security policy allows no inline script).
 */
@Controller
public class DashboardController {

    private final EfficiencyService efficiency;
    private final MonthlyTrend trend;
    private final Freshness freshness;
    private final LetterLists letters;
    private final ObjectMapper json;
    private final Clock clock;

    public DashboardController(EfficiencyService efficiency, MonthlyTrend trend, Freshness freshness, LetterLists letters,
                               ObjectMapper json, Clock clock) {
        this.efficiency = efficiency;
        this.trend = trend;
        this.freshness = freshness;
        this.letters = letters;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping("/dashboard")
    public String dashboard(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                            @RequestParam(required = false) String department, Model model) throws JsonProcessingException {
        String dept = department == null || department.isBlank() ? null : department.trim();
        Period period = Period.of(from, to, today());
        EfficiencyService.Table table = efficiency.efficiency(period, dept);
        List<MonthlyTrend.Month> months = trend.months(period, dept);
        Map<String, Object> charts = new LinkedHashMap<>();
        charts.put("months", months.stream().map(m -> m.month().toString()).toList());
        charts.put("received", months.stream().map(MonthlyTrend.Month::received).toList());
        charts.put("replied", months.stream().map(MonthlyTrend.Month::replied).toList());
        charts.put("onTime", months.stream().map(MonthlyTrend.Month::repliedOnTime).toList());
        charts.put("departments", table.departments().stream().map(Figures::departmentName).toList());
        charts.put("onTimeRates", table.departments().stream()
                .map(f -> f.onTimeRate() == null ? null : Math.round(f.onTimeRate() * 1000) / 10.0).toList());
        model.addAttribute("period", period);
        model.addAttribute("department", dept);
        model.addAttribute("departments", Department.DEMO);
        model.addAttribute("table", table);
        model.addAttribute("charts", json.writeValueAsString(charts));
        model.addAttribute("overdue", letters.overdue(dept, clock.instant(), 1, 20));
        model.addAttribute("freshness", freshness.report(dept));
        model.addAttribute("query", "from=" + period.from() + "&to=" + period.to() + (dept == null ? "" : "&department=" + dept));
        return "dashboard";
    }

    /** The table's downloads for the signed-in dashboard user (the API's need HTTP Basic). */
    @GetMapping("/dashboard/efficiency.csv")
    public ResponseEntity<byte[]> csv(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                      @RequestParam(required = false) String department) {
        EfficiencyService.Table table = efficiency.efficiency(Period.of(from, to, today()), blankToNull(department));
        return TableExport.download(table, "csv");
    }

    @GetMapping("/dashboard/efficiency.xlsx")
    public ResponseEntity<byte[]> xlsx(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                       @RequestParam(required = false) String department) {
        EfficiencyService.Table table = efficiency.efficiency(Period.of(from, to, today()), blankToNull(department));
        return TableExport.download(table, "xlsx");
    }


    private LocalDate today() {
        return LocalDate.now(clock.withZone(WorkingDayCalendar.ZONE));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
