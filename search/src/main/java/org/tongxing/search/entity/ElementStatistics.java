package org.tongxing.search.entity;

/**
 * The element instances of one element by state.
 *
 * @param active active without an incident
 * @param incidents active with an unresolved incident
 */
public record ElementStatistics(
    String elementId, long active, long completed, long canceled, long incidents) {}
