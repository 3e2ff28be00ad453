package org.amuratlas.web;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.amuratlas.i18n.LanguageLinks;
import org.amuratlas.model.DatasetVersion;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What a printed page says about itself at its foot ({@code {inject:printNote.address}}): its address in the
 * reader's language and the dataset's version. Both follow from the request and the build, so every replica
 * renders the same bytes; the day of printing is the browser's to add.
 */
@Named
@RequestScoped
public class PrintNote {

    @Inject
    HttpServerRequest request;

    @Inject
    ReaderLanguage reader;

    @Inject
    DatasetVersion dataset;

    @ConfigProperty(name = "atlas.site-url")
    Optional<String> siteUrl;

    /** This page's address, absolute where the site's address is configured. */
    public String address() {
        String base = siteUrl.map(url -> url.endsWith("/") ? url.substring(0, url.length() - 1) : url).orElse("");
        return base + LanguageLinks.href(reader.get(), request.path(), request.query());
    }

    /** The dataset's release date, ISO 8601. */
    public String version() {
        return dataset.date().toString();
    }
}
