package org.tongxing.sandbox;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

/**
 * Registers the annotated bean only when {@code tongxing.sandbox.enabled=true}.
 *
 * <p>Every sandbox bean carries this condition itself, not only {@link SandboxConfiguration}: the
 * app component-scans {@code org.tongxing}, so a controller without it would be served even when
 * the sandbox is off.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ConditionalOnProperty(prefix = "tongxing.sandbox", name = "enabled", havingValue = "true")
public @interface ConditionalOnSandboxEnabled {}
