package org.tongxing.engine.record;

/** A broadcast signal and its variables (a JSON object). */
public record SignalRecord(String signalName, String variables) implements RecordValue {}
