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
 * The workers against the bureau sandbox over real HTTP, wired as the app wires them: the default
 * base URLs point at this app's own port, and the sandbox's answers must match the clients'
 * contracts. No engine: tests call the job handlers directly. One context for every such test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    classes = WorkersSandboxTest.SandboxApp.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "tongxing.sandbox.enabled=true",
      "camunda.client.enabled=false",
      "tongxing.workers.retry-backoff=3s"
    })
public @interface WorkersSandboxTest {

  @SpringBootConfiguration
  @EnableAutoConfiguration
  @ComponentScan("org.tongxing")
  class SandboxApp {}
}
