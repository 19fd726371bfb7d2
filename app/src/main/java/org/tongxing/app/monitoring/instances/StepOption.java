package org.tongxing.app.monitoring.instances;

/** A step a case can be moved back to, or an active step that a move ends. */
public record StepOption(String elementId, String name, long elementInstanceKey) {}
