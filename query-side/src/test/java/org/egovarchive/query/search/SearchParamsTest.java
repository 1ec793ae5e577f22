package org.egovarchive.query.search;

import org.egovarchive.query.web.BadParameterException;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SearchParamsTest {

    private final SearchLimits limits = new SearchLimits(50, 1000);

    @Test
    void defaultsToTheFirstPageOfTenByRelevance() {
        SearchQuery query = SearchParams.parse(Map.of("q", "电子政务"), limits);

        assertThat(query.page()).isEqualTo(1);
        assertThat(query.size()).isEqualTo(10);
        assertThat(query.order()).isEqualTo(SearchQuery.Order.RELEVANCE);
    }

    @Test
    void refusesDeepPagesNamingThePage() {
        assertThatThrownBy(() -> SearchParams.parse(Map.of("page", "101", "size", "10"), limits))
                .isInstanceOfSatisfying(BadParameterException.class, e -> assertThat(e.field()).isEqualTo("page"));
    }

    @Test
    void refusesOversizedPagesAndQueries() {
        assertThatThrownBy(() -> SearchParams.parse(Map.of("size", "51"), limits))
                .isInstanceOfSatisfying(BadParameterException.class, e -> assertThat(e.field()).isEqualTo("size"));
        assertThatThrownBy(() -> SearchParams.parse(Map.of("q", "字".repeat(201)), limits))
                .isInstanceOfSatisfying(BadParameterException.class, e -> assertThat(e.field()).isEqualTo("q"));
    }

    @Test
    void refusesMalformedNumbersAndDates() {
        assertThatThrownBy(() -> SearchParams.parse(Map.of("year", "二〇二二"), limits))
                .isInstanceOfSatisfying(BadParameterException.class, e -> assertThat(e.field()).isEqualTo("year"));
        assertThatThrownBy(() -> SearchParams.parse(Map.of("from", "2022-13-01"), limits))
                .isInstanceOfSatisfying(BadParameterException.class, e -> assertThat(e.field()).isEqualTo("from"));
    }
}
