package org.tongxing.workers;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.ComponentScan;

/**
 * The workers and their clients against the bureau sandbox over real HTTP, wired as the app wires
 * them (the default base URLs point at this app's own port), without an engine: tests call the
 * workers directly. One context for every test class that carries it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    classes = WorkersSandboxTest.SandboxApp.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "tongxing.sandbox.enabled=true",
      "camunda.client.enabled=false",
      "tongxing.workers.make-payment.retry-backoff=20s",
      "tongxing.workers.notify-applicant.retry-backoff=30s",
      "tongxing.workers.retry-backoff=3s"
    })
public @interface WorkersSandboxTest {

  @SpringBootConfiguration
  @EnableAutoConfiguration
  @ComponentScan("org.tongxing")
  class SandboxApp {}
}
