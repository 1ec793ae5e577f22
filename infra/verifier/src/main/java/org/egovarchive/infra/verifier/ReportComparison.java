package org.egovarchive.infra.verifier;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Compares the package's report.json with what the verifier found itself: every check, and every property. */
final class ReportComparison {

    private static final List<String> PROPERTIES = List.of("authenticity", "integrity", "usability", "security");

    private ReportComparison() {
    }

    static List<String> disagreements(byte[] reportBytes, List<Finding> findings) {
        List<String> disagreements = new ArrayList<>();
        JsonNode report;
        try {
            report = reportBytes == null ? null : Json.parse(reportBytes);
        } catch (IOException e) {
            report = null;
        }
        if (report == null || !report.path("properties").isObject()) {
            return List.of("missing or unreadable");
        }
        Map<String, Boolean> found = new LinkedHashMap<>();
        findings.forEach(f -> found.merge(f.record() + " / " + f.check(), f.passed(), Boolean::logicalAnd));
        Map<String, Boolean> reported = new LinkedHashMap<>();
        for (String property : PROPERTIES) {
            JsonNode section = report.path("properties").path(property);
            boolean satisfied = findings.stream().filter(f -> f.property().equals(property)).allMatch(Finding::passed);
            if (section.path("satisfied").asBoolean(!satisfied) != satisfied) {
                disagreements.add(property + " is reported " + (satisfied ? "not satisfied" : "satisfied")
                        + ", the verifier finds it " + (satisfied ? "satisfied" : "not satisfied"));
            }
            for (JsonNode check : section.path("checks")) {
                reported.put(check.path("record").asText() + " / " + check.path("check").asText(), check.path("passed").asBoolean());
            }
        }
        found.forEach((check, passed) -> {
            Boolean claim = reported.get(check);
            if (claim == null) {
                disagreements.add(check + " is not in the report");
            } else if (claim != passed) {
                disagreements.add(check + " is reported " + (claim ? "passed" : "failed") + ", the verifier finds it "
                        + (passed ? "passed" : "failed"));
            }
        });
        reported.keySet().stream().filter(check -> !found.containsKey(check))
                .forEach(check -> disagreements.add(check + " is reported, but the package gives nothing to check it with"));
        return disagreements;
    }
}
