package org.egovarchive.kernel.event;

import org.egovarchive.kernel.audit.AuditEvents;
import org.egovarchive.kernel.document.DocumentEvent;
import org.egovarchive.kernel.message.MessageEvent;
import org.egovarchive.kernel.seal.SealEvent;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every event type of the published language, by the name it travels under (its simple class name,
 * which is never changed once events of that type exist).
 */
public final class EventTypes {

    private static final Map<String, Class<?>> BY_NAME = Stream.of(DocumentEvent.TYPES, SealEvent.TYPES, MessageEvent.TYPES,
                    AuditEvents.ALL)
            .flatMap(List::stream)
            .collect(Collectors.toUnmodifiableMap(Class::getSimpleName, Function.identity()));

    private EventTypes() {
    }

    public static Optional<Class<?>> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    public static String nameOf(Class<?> eventType) {
        return eventType.getSimpleName();
    }

    /** Every registered event type. */
    public static Collection<Class<?>> all() {
        return BY_NAME.values();
    }
}
