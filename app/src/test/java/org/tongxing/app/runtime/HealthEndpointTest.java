package org.tongxing.app.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.actuate.health.SystemHealth;
import org.tongxing.app.TongxingAppTest;

/** The embedded default is healthy on its own: no component waits for a system it does not use. */
@TongxingAppTest
class HealthEndpointTest {

  @Autowired HealthEndpoint health;

  @Test
  void shouldBeUpWithTheSearchExportAndWithoutADirectoryItDoesNotUse() {
    // when
    SystemHealth system = (SystemHealth) health.health();

    // then
    assertThat(system.getComponents()).containsKey("searchExport").doesNotContainKey("ldap");
    assertThat(system.getComponents().values())
        .allSatisfy(component -> assertThat(component.getStatus()).isEqualTo(Status.UP));
    assertThat(system.getStatus()).isEqualTo(Status.UP);
  }
}
