package org.amuratlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.amuratlas.web.ProjectPages.FilterForm;
import org.junit.jupiter.api.Test;

/** The catalogue's pager links keep every filter the reader chose, encoded, and only those. */
class FilterFormTest {

    private static FilterForm form(String theme, String status, String kind, String country, String place, String from,
            String to, String q, String sort) {
        return new FilterForm(theme, status, kind, country, place, from, to, q, sort, null, false, List.of(), List.of());
    }

    @Test
    void showAllAndTheCsvKeepTheFilterAndOrder() {
        FilterForm some = new FilterForm("energy", null, null, null, null, "2000", null, null, "start_year", "include",
                false, List.of(), List.of());
        assertEquals("?theme=energy&from=2000&sort=start_year&undated=include&show=all", some.allQuery());
        assertEquals("?theme=energy&from=2000&sort=start_year&undated=include", some.csvQuery());
        FilterForm all = new FilterForm(null, null, null, null, null, null, null, null, null, null, true, List.of(),
                List.of());
        assertEquals("?show=all", all.allQuery());
        assertEquals("?show=all", all.queryAt(0), "the form keeps the view");
        assertEquals("", all.csvQuery());
    }

    @Test
    void noFilterIsAPlainPath() {
        FilterForm none = form(null, null, null, null, null, null, null, null, null);
        assertEquals("", none.queryAt(0));
        assertEquals("?offset=20", none.queryAt(20));
        assertEquals("", form("", " ", null, null, null, null, null, "", null).queryAt(0));
    }

    @Test
    void everyChosenFilterIsKeptInOrderAndEncoded() {
        FilterForm all = form("energy", "operational", "pipeline", "ru", "heihe", "2000", "2024", "gas & oil, «Сила»",
                "start_year");
        assertEquals("?theme=energy&status=operational&kind=pipeline&country=ru&place=heihe&from=2000&to=2024"
                + "&q=gas+%26+oil%2C+%C2%AB%D0%A1%D0%B8%D0%BB%D0%B0%C2%BB&sort=start_year&offset=40", all.queryAt(40));
        assertEquals("?q=%3Cscript%3E", form(null, null, null, null, null, null, null, "<script>", null).queryAt(0));
    }

    @Test
    void theChoicesOfferedAreEveryStatusKindSortAndTheTwoCountries() {
        FilterForm form = form(null, null, null, null, null, null, null, null, null);
        assertEquals(6, form.statuses().length);
        assertEquals(org.amuratlas.model.ProjectKind.values().length, form.kinds().length);
        assertEquals(List.of(org.amuratlas.model.Country.CN, org.amuratlas.model.Country.RU), List.of(form.countries()));
        assertEquals(4, form.sorts().length);
    }
}
