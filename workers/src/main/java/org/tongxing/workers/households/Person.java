package org.tongxing.workers.households;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A person whose household registration is to be checked: a declared employee, a student. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Person(String name, String idNumber) {}
