package org.egovarchive.kernel.canonical;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.math.BigInteger;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The examples of RFC 8785 and its reference test data (github.com/cyberphone/json-canonicalization)
 * that apply to integer-only JSON, plus the Chinese text our events carry.
 */
class CanonicalJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Test
    void escapesOnlyQuoteBackslashAndControlsAsJcsSays() {
        String input = "{\"escaping\": \"\\u20ac$\\u000F\\u000aA'\\u0042\\u0022\\u005c\\\\\\\"\\/\", \"literals\": [null, true, false]}";

        assertThat(CanonicalJson.string(parse(input)))
                .isEqualTo("{\"escaping\":\"€$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\",\"literals\":[null,true,false]}");
    }

    @Test
    void writesUtf8AsInTheRfcHexExample() {
        byte[] bytes = CanonicalJson.bytes(NODES.textNode("\u20ac$\u000f\nA'B\"\\\\\"/"));

        assertThat(HexFormat.of().formatHex(bytes))
                .isEqualTo("22e282ac245c75303030665c6e4127425c225c5c5c5c5c222f22");
    }

    @Test
    void sortsKeysByUtf16CodeUnitsNotCodePoints() {
        String input = """
                {"\\u20ac": "Euro Sign", "1": "One", "\\u0080": "Control\\u007f", "\\ud83d\\ude02": "Smiley",
                 "\\u00f6": "Latin Small Letter O With Diaeresis", "\\ufb33": "Hebrew Letter Dalet With Dagesh",
                 "</script>": "Browser Challenge"}""";

        // U+1F602 (surrogates D83D DE02) sorts before U+FB33, and U+0080 / U+007F stay literal
        assertThat(CanonicalJson.string(parse(input))).isEqualTo("{\"1\":\"One\",\"</script>\":\"Browser Challenge\","
                + "\"\u0080\":\"Control\u007f\",\"\u00f6\":\"Latin Small Letter O With Diaeresis\",\"\u20ac\":\"Euro Sign\","
                + "\"\ud83d\ude02\":\"Smiley\",\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}");
    }

    @Test
    void ignoresLocaleWhenSorting() {
        String input = "{\"peach\": \"This sorting order\", \"péché\": \"is wrong according to French\", "
                + "\"pêche\": \"but canonicalization MUST\", \"sin\": \"ingnore locale\"}";

        assertThat(CanonicalJson.string(parse(input))).isEqualTo("{\"peach\":\"This sorting order\","
                + "\"péché\":\"is wrong according to French\",\"pêche\":\"but canonicalization MUST\",\"sin\":\"ingnore locale\"}");
    }

    @Test
    void sortsNestedObjectsAndKeepsArrayOrder() {
        // the reference data has 56.0 where this has 56: only integers have a canonical form here
        String input = "{\"1\": {\"f\": {\"f\": \"hi\", \"F\": 5}, \"\\n\": 56}, \"10\": { }, \"\": \"empty\", "
                + "\"a\": { }, \"111\": [ { } ], \"A\": { }}";

        assertThat(CanonicalJson.string(parse(input)))
                .isEqualTo("{\"\":\"empty\",\"1\":{\"\\n\":56,\"f\":{\"F\":5,\"f\":\"hi\"}},\"10\":{},\"111\":[{}],\"A\":{},\"a\":{}}");
        assertThat(CanonicalJson.string(parse("[56, {\"d\": true, \"10\": null, \"1\": [ ]}]")))
                .isEqualTo("[56,{\"1\":[],\"10\":null,\"d\":true}]");
    }

    @Test
    void leavesUnicodeUnnormalized() {
        assertThat(CanonicalJson.string(parse("{\"Unnormalized Unicode\": \"\\u1e0d\\u0307\"}")))
                .isEqualTo("{\"Unnormalized Unicode\":\"\u1e0d\u0307\"}");
    }

    @Test
    void sortsChineseKeysByCodeUnitAndWritesChineseLiterally() {
        String input = "{\"部门\": \"信息中心\", \"标题\": \"電子政務\", \"a\": 1, \"Z\": -2, \"\\ud83d\\ude00\": \"笑\"}";

        // 标 U+6807 < 部 U+90E8 < the surrogate D83D of 😀
        String canonical = CanonicalJson.string(parse(input));

        assertThat(canonical).isEqualTo("{\"Z\":-2,\"a\":1,\"标题\":\"電子政務\",\"部门\":\"信息中心\",\"😀\":\"笑\"}");
        assertThat(HexFormat.of().formatHex(CanonicalJson.bytes(NODES.textNode("电😀"))))
                .isEqualTo("22e794b5f09f988022");
    }

    @Test
    void escapesEveryControlCharacterWithShortFormsWhereTheyExist() {
        StringBuilder controls = new StringBuilder();
        for (char c = 0; c < 0x20; c++) {
            controls.append(c);
        }

        assertThat(CanonicalJson.string(NODES.textNode(controls.toString()))).isEqualTo("\""
                + "\\u0000\\u0001\\u0002\\u0003\\u0004\\u0005\\u0006\\u0007\\b\\t\\n\\u000b\\f\\r\\u000e\\u000f"
                + "\\u0010\\u0011\\u0012\\u0013\\u0014\\u0015\\u0016\\u0017\\u0018\\u0019\\u001a\\u001b\\u001c\\u001d\\u001e\\u001f"
                + "\"");
    }

    @Test
    void writesIntegersUpToTheSafeLimitAsPlainDecimals() {
        var numbers = NODES.arrayNode().add(0).add(-7).add(CanonicalJson.MAX_SAFE_INTEGER).add(-CanonicalJson.MAX_SAFE_INTEGER)
                .add(BigInteger.valueOf(42));

        assertThat(CanonicalJson.string(numbers)).isEqualTo("[0,-7,9007199254740991,-9007199254740991,42]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"4.50", "56.0", "1E30", "2e-3", "9007199254740992", "-9007199254740992", "123456789012345678901234567890"})
    void refusesNumbersWithoutAnExactCanonicalForm(String number) {
        JsonNode value = parse("[" + number + "]");

        assertThatThrownBy(() -> CanonicalJson.bytes(value)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\ud83d", "\ude00", "a\ude00\ud83d", "\ud83dx"})
    void refusesUnpairedSurrogates(String text) {
        assertThatThrownBy(() -> CanonicalJson.bytes(NODES.objectNode().put("k", text)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unpaired surrogate");
        assertThatThrownBy(() -> CanonicalJson.bytes(NODES.objectNode().put(text, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesWhatIsNotJson() {
        assertThatThrownBy(() -> CanonicalJson.bytes(NODES.pojoNode(new Object()))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CanonicalJson.bytes(NODES.binaryNode(new byte[]{1}))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CanonicalJson.bytes(NODES.missingNode())).isInstanceOf(IllegalArgumentException.class);
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException(json, e);
        }
    }
}
