package org.amuratlas.opendata;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import org.amuratlas.model.DatasetVersion;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The atlas as a citable dataset: its name, licence, version (the dataset's release, {@code atlas.dataset.version})
 * and public address ({@code atlas.site-url}, env {@code ATLAS_SITE_URL}). Everything here is fixed for a build and
 * a configuration, never read from the clock, so every replica writes the same citations, feed and sitemap.
 * Templates read it as {@code inject:openData}.
 */
@Named("openData")
@ApplicationScoped
public class AtlasIdentity {

    static final String PACKAGE_NAME = "amur-heilongjiang-cooperation-atlas";
    static final String TITLE = "Amur–Heilongjiang Cooperation Atlas";
    static final String DESCRIPTION = "A sourced record of cooperation between Northeast China (Heilongjiang above"
            + " all) and the Russian Far East: projects, places, events, statistical series, positions, challenges and"
            + " recommendations, each citing the document it comes from and where in it, with every text in English,"
            + " Russian and Chinese.";
    static final String LICENCE_ID = "CC-BY-4.0";
    static final String LICENCE_TITLE = "Creative Commons Attribution 4.0 International";
    static final String LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/";

    /** Where the site is published when ATLAS_SITE_URL is not set: a local run. */
    static final String DEFAULT_SITE_URL = "http://localhost:8080";

    @Inject
    DatasetVersion dataset;

    @ConfigProperty(name = "atlas.site-url", defaultValue = DEFAULT_SITE_URL)
    String configuredSiteUrl;

    /** The dataset version, e.g. "2026-11-30": the day of its release. */
    public String version() {
        return dataset.date().toString();
    }

    public LocalDate releaseDate() {
        return dataset.date();
    }

    /** The release as an RFC 3339 instant (midnight UTC), e.g. for Atom and the package descriptor. */
    public String releasedAt() {
        return dataset.releasedAt().toString();
    }

    /** The site's public address without a trailing slash. */
    public String siteUrl() {
        return configuredSiteUrl.endsWith("/") ? configuredSiteUrl.substring(0, configuredSiteUrl.length() - 1)
                : configuredSiteUrl;
    }

    /** The permanent, absolute address of a path of the site, e.g. /projects/power-of-siberia. */
    public String permanentUrl(String path) {
        return siteUrl() + path;
    }

    /** A record page's permanent address, e.g. ("projects", "power-of-siberia"), for "cite this record". */
    public String recordUrl(String section, String slug) {
        return permanentUrl("/" + section + "/" + slug);
    }

    public String licenceUrl() {
        return LICENCE_URL;
    }

    public String licenceTitle() {
        return LICENCE_TITLE;
    }

    public String title() {
        return TITLE;
    }
}
