package org.amuratlas.api.http;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Remembers, in a fixed table, which keys were met lately, so that a cache takes in only what is asked for a second
 * time. A stream of one-off GraphQL documents then passes through without filling the caches with answers and
 * parsed documents that nobody asks for again: with every one kept, such a stream pushed them through the old
 * generation of the container's 64 MB heap and ran it into a full collection every second or so.
 * <p>
 * Two keys may share a slot: the later one then makes the earlier one forgotten (one more miss), and two keys with
 * the same slot and fingerprint pass as met (one answer kept early). Neither gives a wrong answer.
 */
final class SecondSight {

    private final AtomicLongArray fingerprints;
    private final int mask;

    /** @param slots a power of two: how many recent keys are remembered at most */
    SecondSight(int slots) {
        if (Integer.bitCount(slots) != 1) {
            throw new IllegalArgumentException("slots must be a power of two: " + slots);
        }
        this.fingerprints = new AtomicLongArray(slots);
        this.mask = slots - 1;
    }

    /** Notes the key; true when it had been noted before (and not pushed out since). */
    boolean metBefore(String key) {
        int hash = key.hashCode();
        // never 0, the value of an empty slot; the length keeps apart keys whose hashes collide
        long fingerprint = ((long) hash << 32 | key.length()) | 1L << 31;
        int slot = (hash ^ hash >>> 16) & mask;
        return fingerprints.getAndSet(slot, fingerprint) == fingerprint;
    }
}
