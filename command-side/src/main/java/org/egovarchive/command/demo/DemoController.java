package org.egovarchive.command.demo;

import org.egovarchive.command.dispatch.Commands;
import org.egovarchive.command.document.DocumentReader;
import org.egovarchive.command.message.DueDates;
import org.egovarchive.command.message.MessageReader;
import org.egovarchive.command.seal.SealKeyStore;
import org.egovarchive.command.seal.SealRegistry;
import org.egovarchive.command.rule.ActRefused;
import org.egovarchive.command.staff.CurrentActor;
import org.egovarchive.command.staff.StaffUser;
import org.egovarchive.kernel.staff.StaffRole;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/** In demo mode only: {@code POST /api/admin/demo-data} (admin) loads the demo records. */
@RestController
@ConditionalOnProperty(name = "egov.demo.enabled", havingValue = "true")
public class DemoController {

    private final DemoData demoData;

    public DemoController(Commands commands, DocumentReader documents, SealRegistry seals, SealKeyStore keys,
                          MessageReader letters, DueDates dueDates, Clock clock) {
        this.demoData = new DemoData(commands, documents, seals, keys, new DemoLetters(commands, letters, dueDates, clock));
    }

    @PostMapping("/api/admin/demo-data")
    public Map<String, List<String>> load(@CurrentActor StaffUser user) {
        if (!user.actor().is(StaffRole.ADMIN)) {
            throw ActRefused.forbidden("role", "loading demo data needs the role ADMIN");
        }
        return Map.of("steps", demoData.load());
    }
}
