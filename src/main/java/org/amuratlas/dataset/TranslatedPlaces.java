package org.amuratlas.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which places an English text names that its translation does not name by the place table's Russian or Chinese
 * name: "Heihe" must come back as Хэйхэ and 黑河, not as a transliteration of the translator's own.
 *
 * <p>What counts as naming a place: in English the name as a word of its own ("Heihe", "Heihe–Blagoveshchensk", not
 * "Sino-Russian" for Russia); in Russian each word of the name in any case form (its stem: Благовещенск,
 * Благовещенске; Россия, России); in Chinese the name, or its core without a trailing administrative or feature
 * word (黑龙江 for 黑龙江省, 萨哈林 in 萨哈林州) and without a bracketed alternative.
 */
final class TranslatedPlaces {

    /** A place's three names, as in the place table. */
    record Names(String english, String russian, String chinese) {

        Pattern inEnglish() {
            return Pattern.compile("(?<![\\p{L}\\-])" + Pattern.quote(english) + "(?![\\p{L}\\-])");
        }
    }

    private static final String RUSSIAN_ENDINGS = "аяьйоеыиую";
    private static final List<String> RUSSIAN_ADJECTIVE_ENDINGS = List.of("ий", "ый", "ой", "ая", "ое", "ие", "ые");
    private static final String CHINESE_GENERIC_ENDINGS = "省市岛国州县";

    private TranslatedPlaces() {
    }

    /** The places named in {@code english} whose name in {@code language} ({@code ru} or {@code zh}) is missing. */
    static List<String> missing(String english, String translation, String language, List<Names> places) {
        List<String> missing = new ArrayList<>();
        for (Names place : places) {
            if (!place.inEnglish().matcher(english).find()) {
                continue;
            }
            boolean named = "ru".equals(language) ? namedInRussian(place.russian(), translation)
                    : namedInChinese(place.chinese(), translation);
            if (!named) {
                missing.add(place.english() + " (" + ("ru".equals(language) ? place.russian() : place.chinese()) + ")");
            }
        }
        return missing;
    }

    static boolean namedInRussian(String name, String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String word : name.split("[\\s\\-—–]+")) {
            if (!word.isEmpty() && !lower.contains(stem(word.toLowerCase(Locale.ROOT)))) {
                return false;
            }
        }
        return true;
    }

    /** A Russian word without its case ending, long enough still to be the name: "благовещенск", "росси". */
    static String stem(String word) {
        for (String ending : RUSSIAN_ADJECTIVE_ENDINGS) {
            if (word.length() > 4 && word.endsWith(ending)) {
                return word.substring(0, word.length() - 2);
            }
        }
        if (word.length() > 3 && RUSSIAN_ENDINGS.indexOf(word.charAt(word.length() - 1)) >= 0) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    static boolean namedInChinese(String name, String text) {
        if (text.contains(name)) {
            return true;
        }
        String core = name.replaceAll("（[^）]*）|\\([^)]*\\)", "");
        if (core.length() > 2 && CHINESE_GENERIC_ENDINGS.indexOf(core.charAt(core.length() - 1)) >= 0) {
            core = core.substring(0, core.length() - 1);
        }
        return !core.isEmpty() && text.contains(core);
    }
}
