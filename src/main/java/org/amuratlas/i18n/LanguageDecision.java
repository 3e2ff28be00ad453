package org.amuratlas.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The one place that decides which language a reader gets. In order:
 * <ol>
 * <li>a language prefix of the path ({@code /ru/projects}, {@code /zh/}, {@code /en/timeline}): an explicit choice
 * that every link of the page keeps, that a bookmark or a shared link carries, and that a cache can key on without
 * looking at request headers;</li>
 * <li>{@code ?lang=} on an unprefixed path, the older explicit form (an unknown code is a 400, not a guess);</li>
 * <li>the browser's Accept-Language (a Ukrainian reader whose browser also lists Russian gets Russian, zh-TW gets
 * Chinese); an unreadable header is ignored;</li>
 * <li>English, the language the records are written in.</li>
 * </ol>
 * No cookie: on a prefixed path the choice is in the address already, and a cookie would make every unprefixed page
 * vary by cookie in shared caches.
 *
 * @param language the language decided
 * @param explicit whether the reader chose it (prefix or {@code ?lang=}) rather than the browser or the default
 */
public record LanguageDecision(Language language, boolean explicit) {

    /** An unprefixed path with the language its prefix named. */
    public record PrefixedPath(Language language, String path) {
    }

    /** A {@code ?lang=} value the atlas does not speak. */
    public static final class UnsupportedLanguage extends RuntimeException {
        public UnsupportedLanguage(String requested) {
            super("The parameter 'lang' must be one of: " + String.join(", ", Language.codes()) + ".");
        }
    }

    /** {@code /ru/projects} → (ru, {@code /projects}); {@code /zh} and {@code /zh/} → (zh, {@code /}); else empty. */
    public static Optional<PrefixedPath> prefixOf(String path) {
        if (path == null || path.length() < 3 || path.charAt(0) != '/') {
            return Optional.empty();
        }
        int end = path.indexOf('/', 1);
        String first = end < 0 ? path.substring(1) : path.substring(1, end);
        Optional<Language> language = Language.codes().contains(first) ? Language.ofCode(first) : Optional.empty();
        return language.map(l -> new PrefixedPath(l, end < 0 ? "/" : path.substring(end)));
    }

    /**
     * For a request whose path carries no prefix (a prefixed request is reduced to this by the prefix route).
     *
     * @throws UnsupportedLanguage for a {@code ?lang=} the atlas does not speak
     */
    public static LanguageDecision decide(String langParameter, String acceptLanguage) {
        if (langParameter != null && !langParameter.isBlank()) {
            return new LanguageDecision(Language.ofCode(langParameter)
                    .orElseThrow(() -> new UnsupportedLanguage(langParameter)), true);
        }
        return new LanguageDecision(preferred(acceptLanguage), false);
    }

    /** The browser's first supported language, or English. */
    static Language preferred(String acceptLanguage) {
        if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            try {
                String match = Locale.lookupTag(Locale.LanguageRange.parse(acceptLanguage), Language.codes());
                if (match != null) {
                    return Language.ofCode(match).orElseThrow();
                }
            } catch (IllegalArgumentException malformedHeader) {
                // a malformed header is not worth an error page: the default serves
            }
        }
        return Language.ORIGINAL;
    }

    /** The codes the atlas speaks, as a reader would type them. */
    public static List<String> codes() {
        return Language.codes();
    }
}
