package org.egovarchive.query.stats;

import org.egovarchive.kernel.calendar.WorkingDayCalendar;
import org.egovarchive.query.web.BadParameterException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;

/** The efficiency figures (leaders, auditors, admins): as JSON, CSV and XLSX, and the annual report's letter figures. */
@RestController
public class StatsController {

    private final EfficiencyService efficiency;
    private final AnnualReport annualReport;
    private final Clock clock;

    public StatsController(EfficiencyService efficiency, AnnualReport annualReport, Clock clock) {
        this.efficiency = efficiency;
        this.annualReport = annualReport;
        this.clock = clock;
    }

    @GetMapping("/api/stats/efficiency")
    public EfficiencyService.Table efficiency(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                              @RequestParam(required = false) String department) {
        return table(from, to, department);
    }

    @GetMapping("/api/stats/efficiency.csv")
    public ResponseEntity<byte[]> csv(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                      @RequestParam(required = false) String department) {
        EfficiencyService.Table table = table(from, to, department);
        return TableExport.download(table, "csv");
    }

    @GetMapping("/api/stats/efficiency.xlsx")
    public ResponseEntity<byte[]> xlsx(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                       @RequestParam(required = false) String department) {
        EfficiencyService.Table table = table(from, to, department);
        return TableExport.download(table, "xlsx");
    }

    @GetMapping("/api/stats/annual-report")
    public AnnualReport.Letters annual(@RequestParam(required = false) Integer year) {
        int y = year == null ? today().getYear() - 1 : year;
        if (y < 2000 || y > today().getYear()) {
            throw new BadParameterException("year", "must be between 2000 and this year");
        }
        return annualReport.letters(y);
    }

    private EfficiencyService.Table table(String from, String to, String department) {
        return efficiency.efficiency(Period.of(from, to, today()), department == null || department.isBlank() ? null : department.trim());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(WorkingDayCalendar.ZONE));
    }

}
