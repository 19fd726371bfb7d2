package org.tongxing.workers.bureau;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The members of a bureau's problem JSON (RFC 9457) every client reads; {@code type} tells the
 * outcomes of the contract apart.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BureauProblem(String type, String title, Integer status, String detail) {}
