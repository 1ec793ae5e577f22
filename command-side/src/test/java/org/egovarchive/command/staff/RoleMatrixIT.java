package org.egovarchive.command.staff;

import org.egovarchive.command.support.Api;
import org.egovarchive.command.support.CommandSideIT;
import org.egovarchive.command.support.Documents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every role × own/other department × document endpoint, each on a fresh document in the state the
 * act needs, with the answer each must get: 2xx where the role and department allow it, a 403
 * problem otherwise, and 401 without credentials.
 */
@CommandSideIT
class RoleMatrixIT {

    private static final List<String> USERS = List.of("author1", "author2", "approver1", "approver2", "keeper1",
            "keeper2", "handler1", "handler2", "leader1", "auditor1", "admin1");

    /** An endpoint, the state its document must be in, and who may use it on an info-center document. */
    private record Endpoint(String name, String state, String method, String path, String body, Set<String> allowed) {
    }

    @LocalServerPort
    int port;
    private Api api;
    private Documents documents;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        documents = new Documents(api);
    }

    @Test
    void everyRoleAndDepartmentGetsItsAnswer() {
        String seal = documents.infoCenterSeal();
        List<Endpoint> endpoints = List.of(
                new Endpoint("edit", "DRAFT", "PUT", "", "{\"title\": \"t\", \"body\": \"b\", \"expectedVersion\": 0}", Set.of("author1", "approver1")),
                new Endpoint("submit", "DRAFT", "POST", "/submit", "{}", Set.of("author1")),
                new Endpoint("approve", "SUBMITTED", "POST", "/approve", "{}", Set.of("approver1")),
                new Endpoint("reject", "SUBMITTED", "POST", "/reject", "{\"reason\": \"改\"}", Set.of("approver1")),
                new Endpoint("seal", "APPROVED", "POST", "/seal", "{\"sealId\": \"" + seal + "\"}", Set.of("keeper1")),
                new Endpoint("publish", "SEALED", "POST", "/publish", "{}", Set.of("author1", "approver1")),
                new Endpoint("withdraw", "PUBLISHED", "POST", "/withdraw", "{\"reason\": \"过期\"}", Set.of("author1", "approver1")),
                new Endpoint("forward", "DRAFT", "POST", "/forward", "{\"toDepartments\": [\"housing\"]}", Set.of("author1", "approver1", "keeper1")),
                new Endpoint("archive", "PUBLISHED", "POST", "/archive", "{\"retentionYears\": 10}", Set.of("approver1")),
                new Endpoint("status-mark", "PUBLISHED", "POST", "/status-marks", "{\"mark\": \"EXPIRED\"}", Set.of("author1", "approver1")),
                new Endpoint("read", "DRAFT", "GET", "", null, Set.of("author1", "approver1", "keeper1", "handler1", "leader1", "auditor1", "admin1")));
        List<String> wrong = new ArrayList<>();
        int cells = 0;
        for (Endpoint endpoint : endpoints) {
            for (String user : USERS) {
                Api.Response answer = call(endpoint, documents.inState(endpoint.state()), user);
                boolean allowed = endpoint.allowed().contains(user);
                boolean right = allowed ? answer.status() / 100 == 2
                        : answer.status() == 403 && answer.contentType().startsWith("application/problem+json");
                if (!right) {
                    wrong.add(endpoint.name() + " by " + user + ": " + answer.status() + " " + answer.body());
                }
                cells++;
            }
            assertThat(call(endpoint, documents.inState(endpoint.state()), null).status()).as(endpoint.name()).isEqualTo(401);
        }
        assertThat(wrong).as("of %d cells", cells).isEmpty();
    }

    @Test
    void onlyAnAdminManagesSeals() {
        String register = "{\"name\": \"测试印章\", \"department\": \"housing\", \"algorithm\": \"ED25519\"}";
        for (String user : USERS) {
            Api.Response answer = api.postJson("/api/seals", user, register);
            assertThat(answer.status()).as(user + ": " + answer.body()).isEqualTo(user.equals("admin1") ? 201 : 403);
        }
        String sealId = api.postJson("/api/seals", "admin1", register).json().get("id").asText();
        assertThat(api.postJson("/api/seals/" + sealId + "/keepers", "author2", "{\"username\": \"keeper2\"}").status()).isEqualTo(403);
        assertThat(api.postJson("/api/seals/" + sealId + "/keepers", "admin1", "{\"username\": \"keeper1\"}").status())
                .as("a keeper of another department").isEqualTo(422);
        assertThat(api.postJson("/api/seals/" + sealId + "/keepers", "admin1", "{\"username\": \"keeper2\"}").status()).isEqualTo(200);
        assertThat(api.postJson("/api/seals/" + sealId + "/revoke", "keeper2", "{\"reason\": \"x\"}").status()).isEqualTo(403);
        assertThat(api.get("/api/seals", null).status()).as("public keys are public").isEqualTo(200);
    }

    private Api.Response call(Endpoint endpoint, String id, String user) {
        String path = "/api/documents/" + id + endpoint.path();
        return switch (endpoint.method()) {
            case "GET" -> api.get(path, user);
            case "PUT" -> api.put(path, user, endpoint.body());
            default -> api.postJson(path, user, endpoint.body());
        };
    }
}
