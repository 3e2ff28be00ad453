package org.amuratlas.api;

import org.amuratlas.i18n.Formats;
import org.amuratlas.read.Atlas;

/**
 * What a GraphQL field reads: the atlas in the language settled for it, and that language's writers of dates,
 * figures and locators, the same the pages write with.
 */
record Reading(Atlas atlas, Formats.Local in) {
}
