package org.egovarchive.kernel.canonical;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.Size;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Whatever text our events carry, the canonical form is JSON that means the same and never wobbles. */
class CanonicalJsonPropertyTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Jackson reads small integers back as int nodes where the tree had long nodes: compare numbers by value. */
    private static final Comparator<JsonNode> SAME_VALUE = (a, b) -> a.isIntegralNumber() && b.isIntegralNumber()
            ? a.bigIntegerValue().compareTo(b.bigIntegerValue())
            : a.equals(b) ? 0 : 1;

    @Property
    void readsBackAsTheSameTreeAndIsStable(@ForAll("objects") ObjectNode value) throws IOException {
        byte[] canonical = CanonicalJson.bytes(value);

        JsonNode readBack = JSON.readTree(canonical);

        assertThat(readBack.equals(SAME_VALUE, value)).as("%s reads back as %s", value, readBack).isTrue();
        assertThat(CanonicalJson.bytes(readBack)).isEqualTo(canonical);
    }

    @Property
    void sortsKeysWhateverOrderTheyCameIn(@ForAll @Size(max = 8) Map<@From("texts") String, @From("texts") String> members) {
        ObjectNode forwards = JsonNodeFactory.instance.objectNode();
        ObjectNode backwards = JsonNodeFactory.instance.objectNode();
        List<Map.Entry<String, String>> entries = List.copyOf(members.entrySet());
        entries.forEach(e -> forwards.put(e.getKey(), e.getValue()));
        for (int i = entries.size() - 1; i >= 0; i--) {
            backwards.put(entries.get(i).getKey(), entries.get(i).getValue());
        }

        assertThat(CanonicalJson.bytes(backwards)).isEqualTo(CanonicalJson.bytes(forwards));
    }

    @Provide
    Arbitrary<ObjectNode> objects() {
        Arbitrary<String> texts = texts();
        Arbitrary<Long> integers = Arbitraries.longs().between(-CanonicalJson.MAX_SAFE_INTEGER, CanonicalJson.MAX_SAFE_INTEGER);
        return Arbitraries.maps(texts, texts).ofMaxSize(6)
                .flatMap(strings -> texts.list().ofMaxSize(4).flatMap(list -> integers.map(number -> {
                    ObjectNode object = JsonNodeFactory.instance.objectNode();
                    strings.forEach(object::put);
                    object.put("number", number);
                    object.putNull("nothing");
                    object.put("flag", number % 2 == 0);
                    list.forEach(object.putArray("list")::add);
                    object.putObject("nested").put("text", list.isEmpty() ? "" : list.get(0));
                    return object;
                })));
    }

    /** Text as our documents have it: ASCII, controls, Chinese, emoji (surrogate pairs), and any other valid code point. */
    @Provide
    Arbitrary<String> texts() {
        Arbitrary<Integer> codePoint = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.integers().between(0x20, 0x7e)),
                Tuple.of(2, Arbitraries.integers().between(0x00, 0x1f)),
                Tuple.of(3, Arbitraries.integers().between(0x4e00, 0x9fff)),
                Tuple.of(2, Arbitraries.integers().between(0x1f300, 0x1faff)),
                Tuple.of(1, Arbitraries.integers().between(0, Character.MAX_CODE_POINT)
                        .filter(cp -> cp < Character.MIN_SURROGATE || cp > Character.MAX_SURROGATE)));
        return codePoint.list().ofMaxSize(24)
                .map(cps -> new String(cps.stream().mapToInt(Integer::intValue).toArray(), 0, cps.size()));
    }
}
