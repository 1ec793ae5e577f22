package org.egovarchive.infra.verifier;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A seal record's own checks: {@code seal.json} says what its registration says; its required metadata. */
final class SealChecks {

    private SealChecks() {
    }

    static void check(String record, SealHistory seal, PackageReader files, List<Finding> findings) {
        String path = "records/" + record + "/seal.json";
        ObjectNode expected = JsonNodeFactory.instance.objectNode().put("sealId", seal.sealId).put("name", seal.name)
                .put("department", seal.department).put("algorithm", seal.algorithm).put("publicKey", seal.publicKey);
        byte[] actual = files.files.get(path);
        boolean same = actual != null && Arrays.equals(actual, Canonical.bytes(expected));
        findings.add(new Finding(record, "content-versions", same, same ? "seal.json matches the registration"
                : path + (actual == null ? " is missing" : " differs from the seal's registration")));
        List<String> missing = new ArrayList<>();
        for (String[] element : new String[][]{{"name", seal.name}, {"department", seal.department},
                {"algorithm", seal.algorithm}, {"publicKey", seal.publicKey}}) {
            if (element[1] == null) {
                missing.add(element[0]);
            }
        }
        if (seal.registeredAt == null) {
            missing.add("date");
        }
        findings.add(new Finding(record, "metadata", missing.isEmpty(), missing.isEmpty() ? "all required metadata present"
                : "missing: " + String.join(", ", missing)));
    }
}
