package org.egovarchive.command.archive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.egovarchive.command.history.RecordRows;
import org.egovarchive.kernel.canonical.CanonicalJson;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Seals in a package: their registration with the public key (also as {@code seal.json}), keepers and
 * revocation are all in their events; the required metadata are name, department, algorithm, public
 * key and date of registration.
 */
@Component
class SealRecords implements RecordKind {

    private static final List<String> REQUIRED = List.of("name", "department", "algorithm", "publicKey");

    @Override
    public String name() {
        return "seal";
    }

    @Override
    public String aggregateType() {
        return "Seal";
    }

    @Override
    public Map<String, byte[]> files(List<RecordRows.Row> rows) {
        JsonNode registered = registration(rows);
        if (registered == null) {
            return Map.of();
        }
        ObjectNode seal = Payloads.JSON.createObjectNode();
        for (String field : List.of("sealId", "name", "department", "algorithm", "publicKey")) {
            seal.put(field, Payloads.text(registered, field));
        }
        return Map.of("seal.json", CanonicalJson.bytes(seal));
    }


    @Override
    public Check metadata(String record, List<RecordRows.Row> rows) {
        JsonNode registered = registration(rows);
        Map<String, String> required = new LinkedHashMap<>();
        REQUIRED.forEach(field -> required.put(field, Payloads.text(registered, field)));
        required.put("date", registered == null ? null : "the registration's");
        return Check.metadata(record, required, "name, department, algorithm, public key and date of registration are present");
    }



    private static JsonNode registration(List<RecordRows.Row> rows) {
        return rows.isEmpty() || !rows.get(0).type().equals("SealRegistered") ? null : Payloads.tree(rows.get(0).payload());
    }
}
