package org.egovarchive.query.search;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SearchLinksTest {

    private final SearchLinks links = new SearchLinks(Map.of("q", "电子政务", "department", "info-center", "page", "3",
            "evil", "\"><script>"));

    @Test
    void aFacetLinkKeepsTheSearchAndStartsAtPageOne() {
        assertThat(links.with("year", 2024)).startsWith("/search?")
                .contains("q=%E7%94%B5%E5%AD%90%E6%94%BF%E5%8A%A1").contains("department=info-center")
                .contains("year=2024").doesNotContain("page=");
    }

    @Test
    void unknownParametersAreNotCarried() {
        assertThat(links.page(2)).contains("page=2").doesNotContain("evil").doesNotContain("script");
    }

    @Test
    void aFilterCanBeRemoved() {
        assertThat(links.without("department")).doesNotContain("department");
        assertThat(links.filters()).containsOnlyKeys("department");
    }

    @Test
    void valuesAreEncoded() {
        assertThat(links.with("q", "a&b=<c>")).contains("q=a%26b%3D%3Cc%3E");
    }
}
