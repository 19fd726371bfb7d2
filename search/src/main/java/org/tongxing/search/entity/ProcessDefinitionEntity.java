package org.tongxing.search.entity;

/** A deployed process version as the search side knows it. */
public record ProcessDefinitionEntity(
    long processDefinitionKey,
    String processDefinitionId,
    String name,
    int version,
    String resourceName,
    long deploymentKey) {}
