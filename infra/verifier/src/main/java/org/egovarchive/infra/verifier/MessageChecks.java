package org.egovarchive.infra.verifier;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * A letter's own checks (docs/ledger.md §7.5): it has no files beyond its events; its required metadata
 * (title, box, kind, date, department); and no event carrying the writer's contact details.
 */
final class MessageChecks {

    private static final Set<String> CONTACT_FIELDS = Set.of("contact", "contactName", "contactPhone", "contactEmail");

    private MessageChecks() {
    }

    static void check(String record, List<StoredEvent> events, List<Finding> findings) {
        findings.add(new Finding(record, "content-versions", true, "a letter has no files beyond its events"));
        JsonNode received = !events.isEmpty() && events.get(0).readable() && events.get(0).type().equals("MessageReceived")
                ? events.get(0).payload() : null;
        String department = null;
        String contactIn = null;
        for (StoredEvent event : events) {
            if (!event.readable()) {
                continue;   // the chain check names it
            }
            if (event.type().equals("MessageAssigned")) {
                department = text(event.payload(), "department");
            } else if (event.type().equals("MessageForwarded")) {
                department = text(event.payload(), "toDepartment");
            }
            for (Iterator<String> names = event.payload().fieldNames(); names.hasNext() && contactIn == null; ) {
                String name = names.next();
                if (CONTACT_FIELDS.contains(name)) {
                    contactIn = "events.jsonl sequence " + event.sequence() + " holds the writer's " + name;
                }
            }
        }
        List<String> missing = new ArrayList<>();
        for (String[] element : new String[][]{{"title", text(received, "title")}, {"box", text(received, "box")},
                {"kind", text(received, "kind")}, {"date", text(received, "at")}, {"department", department}}) {
            if (element[1] == null || element[1].isBlank()) {
                missing.add(element[0]);
            }
        }
        findings.add(new Finding(record, "metadata", missing.isEmpty(), missing.isEmpty() ? "all required metadata present"
                : "missing: " + String.join(", ", missing)));
        findings.add(new Finding(record, "contact-data", contactIn == null,
                contactIn == null ? "no event holds the writer's contact details" : contactIn));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
