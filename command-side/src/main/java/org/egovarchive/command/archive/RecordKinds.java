package org.egovarchive.command.archive;

import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The kinds of record a package can hold, by name: every {@link RecordKind} bean. */
@Component
class RecordKinds {

    private final Map<String, RecordKind> byName;

    RecordKinds(List<RecordKind> kinds) {
        this.byName = kinds.stream().collect(Collectors.toUnmodifiableMap(RecordKind::name, Function.identity()));
    }

    Optional<RecordKind> named(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    RecordKind seal() {
        return byName.get("seal");
    }
}
