package org.amuratlas.opendata;

import org.amuratlas.ops.EntityTag;

/** A file built once from the data, with its validator: the same bytes and ETag on every replica. */
record Download(byte[] body, String mediaType, String etag, String fileName) {

    static Download of(byte[] body, String mediaType, String fileName) {
        return new Download(body, mediaType, EntityTag.of(body), fileName);
    }
}
