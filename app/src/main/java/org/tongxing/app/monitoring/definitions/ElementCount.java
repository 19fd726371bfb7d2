package org.tongxing.app.monitoring.definitions;

/** The cases at one step of a process version: waiting there, failed there, done with it. */
public record ElementCount(
    String elementId,
    String name,
    String type,
    long active,
    long incidents,
    long completed,
    long canceled) {}
