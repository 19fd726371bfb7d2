package org.tongxing.app.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.CamundaClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.tongxing.engine.Engine;

/**
 * On the camunda8 runtime the app runs no engine and serves no /v2 API: its client points at the
 * cluster (here an address where nothing listens).
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "tongxing.runtime=camunda8",
      "tongxing.deploy-on-startup=false",
      "tongxing.data-dir=./target/test-data/camunda8",
      "camunda.client.rest-address=http://127.0.0.1:9",
      "camunda.client.worker.defaults.enabled=false"
    })
class Camunda8RuntimeTest {

  @Autowired ApplicationContext context;
  @Autowired TestRestTemplate http;

  @Test
  void shouldRunNoEngineAndServeNoEngineApi() {
    assertThat(context.getBeanNamesForType(Engine.class)).isEmpty();
    assertThat(context.getBean(CamundaClient.class).getConfiguration().getRestAddress())
        .hasToString("http://127.0.0.1:9");
    assertThat(http.getForEntity("/v2/topology", String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }
}
