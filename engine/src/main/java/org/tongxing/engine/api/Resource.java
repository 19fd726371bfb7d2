package org.tongxing.engine.api;

/** A file to deploy: a BPMN process ({@code .bpmn}) or a form ({@code .form}). */
public record Resource(String name, byte[] content) {}
