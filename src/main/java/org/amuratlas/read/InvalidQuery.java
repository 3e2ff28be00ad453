package org.amuratlas.read;

/** A request the read layer cannot answer as asked (a page size out of bounds, an overlong phrase). */
public class InvalidQuery extends RuntimeException {

    public InvalidQuery(String message) {
        super(message);
    }
}
