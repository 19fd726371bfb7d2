package org.tongxing.search.entity;

/** A deployed form version with its Camunda Forms JSON. */
public record FormEntity(long formKey, String formId, int version, String schema) {}
