package org.egovarchive.command.archive;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The four properties of DA/T 70 (电子文件归档与管理 四性检测) as {@code report.json}: each property is
 * satisfied when all of its checks passed. Which check belongs to which property is fixed by its name
 * (docs/ledger.md, "Four-property report"), so a verifier can recompute and compare every one.
 */
final class FourPropertyReport {

    static final String FORMAT = "egov-archive four-property report v1";

    /** Property → which check names belong to it. */
    private static final Map<String, Predicate<String>> PROPERTIES = Map.of(
            "authenticity", name -> name.equals("checkpoint-signature") || name.equals("hash-chain")
                    || name.equals("ledger-inclusion") || name.startsWith("seal at sequence "),
            "integrity", name -> name.equals("sequence") || name.equals("metadata") || name.equals("content-versions"),
            "usability", name -> name.equals("utf8-text") || name.equals("json") || name.equals("zip-methods"),
            "security", name -> name.equals("manifest") || name.startsWith("public-content") || name.equals("contact-data"));
    private static final List<String> ORDER = List.of("authenticity", "integrity", "usability", "security");

    private FourPropertyReport() {
    }

    static byte[] json(List<Check> checks) {
        ObjectNode report = Payloads.JSON.createObjectNode().put("format", FORMAT);
        ObjectNode properties = report.putObject("properties");
        for (String property : ORDER) {
            List<Check> mine = checks.stream().filter(c -> PROPERTIES.get(property).test(c.check())).toList();
            ObjectNode node = properties.putObject(property).put("satisfied", mine.stream().allMatch(Check::passed));
            ArrayNode list = node.putArray("checks");
            mine.forEach(c -> list.addObject().put("record", c.record()).put("check", c.check()).put("passed", c.passed())
                    .put("detail", c.detail()));
        }
        try {
            return Payloads.JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a report of plain values always serialises", e);
        }
    }
}
