package org.tongxing.engine.state.snapshot;

/** A value of the state with its key, as a snapshot keeps it. */
public record Keyed<T>(long key, T value) {}
