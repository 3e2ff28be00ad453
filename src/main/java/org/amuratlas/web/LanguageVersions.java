package org.amuratlas.web;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import org.amuratlas.i18n.Language;
import org.amuratlas.i18n.LanguageLinks;
import org.amuratlas.i18n.LanguageLinks.Alternate;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The addresses of the page being rendered in each language, for the layout: the language switcher
 * ({@code {inject:languageVersions.href('ru')}}) and the hreflang alternates. The path is the unprefixed one (a
 * prefixed request has been rerouted to it by {@link LanguagePrefixRoute}), so both forms of an address render the
 * same links, and the page cache may keep one copy for both.
 */
@Named
@RequestScoped
public class LanguageVersions {

    @Inject
    HttpServerRequest request;

    /**
     * The site's public address (e.g. https://atlas.example.org), for absolute hreflang addresses as search engines
     * want them; without it the addresses are relative to the host.
     */
    @ConfigProperty(name = "atlas.site-url")
    Optional<String> siteUrl;

    /** This page in the language with this code ({@code en}, {@code ru}, {@code zh}), keeping its query. */
    public String href(String code) {
        return LanguageLinks.href(Language.ofCode(code).orElseThrow(), request.path(), request.query());
    }

    /** Every language's version of this page and the x-default. */
    public List<Alternate> alternates() {
        String base = siteUrl.map(url -> url.endsWith("/") ? url.substring(0, url.length() - 1) : url).orElse("");
        return LanguageLinks.alternates(base, request.path(), request.query());
    }
}
