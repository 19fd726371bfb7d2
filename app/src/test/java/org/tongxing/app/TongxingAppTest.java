package org.tongxing.app;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole app on its embedded default, on a free port, with its own fresh H2 file: the engine,
 * the REST API, the sandbox, the workers and the UI, driven through the real Camunda client.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "tongxing.data-dir=./target/test-data/${random.uuid}",
      // a bureau that fails is retried within the tests' patience (the default is 10 s)
      "tongxing.workers.retry-backoff=1s"
    })
public @interface TongxingAppTest {}
