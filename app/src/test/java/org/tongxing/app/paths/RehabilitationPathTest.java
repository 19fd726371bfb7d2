package org.tongxing.app.paths;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.TestPropertySource;
import org.tongxing.app.TongxingAppTest;

/**
 * The whole app, as {@link TongxingAppTest}, with the workers of items 5 and 6 retrying a failed
 * bureau call after 200 ms instead of 10 s, so that a path runs its retries out in a test's time.
 * The path tests of items 5 and 6 share this one context.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@TongxingAppTest
@TestPropertySource(properties = "tongxing.workers.rehabilitation.retry-backoff=200ms")
public @interface RehabilitationPathTest {}
