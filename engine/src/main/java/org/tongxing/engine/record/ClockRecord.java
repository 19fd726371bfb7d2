package org.tongxing.engine.record;

/**
 * The engine clock was pinned to a time or released.
 *
 * @param time the pinned time (epoch ms); -1 on reset
 */
public record ClockRecord(long time) implements RecordValue {}
