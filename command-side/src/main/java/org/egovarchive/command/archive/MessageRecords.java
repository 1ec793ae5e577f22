package org.egovarchive.command.archive;

import com.fasterxml.jackson.databind.JsonNode;
import org.egovarchive.command.history.RecordRows;
import org.springframework.stereotype.Component;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Letters in a package: everything is in their events (the letter's text in {@code MessageReceived},
 * replies, instructions, explanations). Required metadata: title, box, kind, date of receipt and the
 * department holding it. Security: the writer's contact details are kept apart from the record (only
 * their digest is in it), and the package must not carry them — no event may hold a contact field.
 */
@Component
class MessageRecords implements RecordKind {

    /** Payload fields that would carry a writer's contact details. */
    static final Set<String> CONTACT_FIELDS = Set.of("contact", "contactName", "contactPhone", "contactEmail");

    @Override
    public String name() {
        return "message";
    }

    @Override
    public String aggregateType() {
        return "Message";
    }

    @Override
    public Map<String, byte[]> files(List<RecordRows.Row> rows) {
        return Map.of();
    }


    @Override
    public Check metadata(String record, List<RecordRows.Row> rows) {
        JsonNode received = rows.isEmpty() || !rows.get(0).type().equals("MessageReceived") ? null : Payloads.tree(rows.get(0).payload());
        String department = null;
        for (RecordRows.Row row : rows) {
            if (row.type().equals("MessageAssigned")) {
                department = Payloads.text(Payloads.tree(row.payload()), "department");
            } else if (row.type().equals("MessageForwarded")) {
                department = Payloads.text(Payloads.tree(row.payload()), "toDepartment");
            }
        }
        Map<String, String> required = new LinkedHashMap<>();
        required.put("title", Payloads.text(received, "title"));
        required.put("box", Payloads.text(received, "box"));
        required.put("kind", Payloads.text(received, "kind"));
        required.put("date", Payloads.text(received, "at"));
        required.put("department", department);
        return Check.metadata(record, required, "all required metadata present");
    }

    @Override
    public List<Check> security(String record, List<RecordRows.Row> rows) {
        for (RecordRows.Row row : rows) {
            JsonNode payload = Payloads.tree(row.payload());
            if (payload == null) {
                continue;   // unreadable: the chain check names it
            }
            for (Iterator<String> names = payload.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (CONTACT_FIELDS.contains(name)) {
                    return List.of(new Check(record, "contact-data", false,
                            "events.jsonl sequence " + row.sequence() + " holds the writer's " + name));
                }
            }
        }
        return List.of(new Check(record, "contact-data", true, "no event holds the writer's contact details"));
    }

}
