package org.tongxing.search.entity;

/**
 * A process instance's wait for a message, and what became of it.
 *
 * @param state CREATED (waiting), CORRELATED or DELETED (the element ended without it)
 * @param lastUpdated when the state last changed, epoch milliseconds
 */
public record MessageSubscriptionEntity(
    long subscriptionKey,
    long processInstanceKey,
    long elementInstanceKey,
    long processDefinitionKey,
    String processDefinitionId,
    String elementId,
    String messageName,
    String correlationKey,
    String state,
    long lastUpdated) {}
