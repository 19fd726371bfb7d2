package org.tongxing.gateway;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

/**
 * Active only on the embedded runtime ({@code tongxing.runtime=embedded}, the default): on the
 * camunda8 runtime the app runs no engine and serves no {@code /v2} API of its own.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ConditionalOnProperty(name = "tongxing.runtime", havingValue = "embedded", matchIfMissing = true)
public @interface ConditionalOnEmbeddedRuntime {}
