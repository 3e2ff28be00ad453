package org.amuratlas.i18n;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The headings that the cited documents print for their sections and for the named rows of their tables, as the
 * dataset's locators quote them ("Eastern Silk Road Belt, para. 3", "Table 2, Railway Transport"), with the atlas's
 * Russian and Chinese translations. {@link LocatorText} writes the translation with the printed heading beside it,
 * which a reader needs to find the passage in the original. The translations are the atlas's claims: names as each
 * country's press gives them (东部陆海丝绸之路经济带), places as the place table names them (Хэйлунцзян). A heading
 * not listed here keeps its printed wording.
 */
public final class DocumentHeadings {

    private record Heading(String printed, String ru, String zh) {
    }

    private static final List<Heading> HEADINGS = List.of(
            // Song (2019): the sections between the Introduction and the Conclusion
            new Heading("Cooperation between Russia and Heilongjiang Province: current state",
                    "Сотрудничество России и провинции Хэйлунцзян: современное состояние",
                    "俄罗斯与黑龙江省的合作：现状"),
            new Heading("Eastern Silk Road Belt", "Восточный пояс Шёлкового пути", "东部陆海丝绸之路经济带"),
            new Heading("Longjiang Silk Road Belt", "Лунцзянский пояс Шёлкового пути", "龙江陆海丝绸之路经济带"),
            // Song (2019), Table 2 "Channel infrastructure layout": the channels
            new Heading("Land and Sea Transport", "Сухопутный и морской транспорт", "陆海运输"),
            new Heading("Railway Transport", "Железнодорожный транспорт", "铁路运输"),
            new Heading("Highway Transport", "Автомобильный транспорт", "公路运输"),
            new Heading("Water Transport", "Водный транспорт", "水路运输"),
            new Heading("Aviation Transport", "Воздушный транспорт", "航空运输"),
            new Heading("Pipeline Transport", "Трубопроводный транспорт", "管道运输"),
            new Heading("Grid Transmission", "Передача электроэнергии по сетям", "电网输电"),
            // the row's cables are the optical ones (the Arctic backbone), which Chinese names 光缆
            new Heading("Cable Communication", "Кабельная связь", "光缆通信"),
            // Song (2019), Table 3 "Industrial layout planning": the parts of the layout, which Chinese plans
            // abbreviate 一核, 四带, 一环
            new Heading("One core", "Одно ядро", "一核"),
            new Heading("Four belts", "Четыре пояса", "四带"),
            new Heading("One ring", "Одно кольцо", "一环"),
            new Heading("Domestic and cross-border cooperation", "Внутреннее и трансграничное сотрудничество",
                    "国内和跨境合作"));

    private static final Map<String, Heading> BY_PRINTED = HEADINGS.stream()
            .collect(Collectors.toUnmodifiableMap(Heading::printed, heading -> heading));

    private DocumentHeadings() {
    }

    /** Every printed heading with a translation, longest first, so that no heading is read as part of a longer one. */
    public static List<String> printed() {
        return HEADINGS.stream().map(Heading::printed)
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /** The atlas's translation of a printed heading; empty in English and for a heading not listed here. */
    public static Optional<String> translation(String printed, Language language) {
        Heading heading = BY_PRINTED.get(printed);
        if (heading == null) {
            return Optional.empty();
        }
        return switch (language) {
            case EN -> Optional.empty();
            case RU -> Optional.of(heading.ru());
            case ZH -> Optional.of(heading.zh());
        };
    }
}
