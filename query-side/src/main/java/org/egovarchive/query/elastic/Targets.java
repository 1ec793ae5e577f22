package org.egovarchive.query.elastic;

import java.util.EnumMap;
import java.util.Map;

/**
 * Where projections write: the aliases for the live stream, or the fresh indices of a rebuild that
 * are not behind the aliases yet.
 */
public record Targets(Map<ReadModel, String> names) {

    public Targets {
        names = Map.copyOf(names);
    }

    /** The aliases clients read, as the live stream writes them. */
    public static Targets aliases() {
        Map<ReadModel, String> names = new EnumMap<>(ReadModel.class);
        for (ReadModel model : ReadModel.values()) {
            names.put(model, model.alias());
        }
        return new Targets(names);
    }

    /** The indices of one generation of the projected read models, {@code <alias>-<generation>}. */
    public static Targets generation(String generation) {
        Map<ReadModel, String> names = new EnumMap<>(ReadModel.class);
        for (ReadModel model : ReadModel.values()) {
            names.put(model, model.projected() ? model.alias() + "-" + generation : model.alias());
        }
        return new Targets(names);
    }

    public String of(ReadModel model) {
        return names.get(model);
    }
}
