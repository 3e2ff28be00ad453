package org.amuratlas.web;

import io.quarkus.qute.TemplateExtension;

/** Fingerprinted URLs of the static files for templates: {@code {asset:stylesheet}}, {@code {asset:icon}}. */
@TemplateExtension(namespace = "asset")
public class AssetLinks {

    static String stylesheet() {
        return StaticAsset.STYLESHEET.fingerprintedPath();
    }

    static String icon() {
        return StaticAsset.ICON.fingerprintedPath();
    }
}
