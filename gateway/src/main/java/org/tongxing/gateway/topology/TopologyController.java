package org.tongxing.gateway.topology;

import io.camunda.client.protocol.rest.BrokerInfo;
import io.camunda.client.protocol.rest.Partition;
import io.camunda.client.protocol.rest.TopologyResponse;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tongxing.gateway.ConditionalOnEmbeddedRuntime;
import org.tongxing.gateway.support.GatewayDefaults;

/** The embedded runtime is one node with one partition that it leads. */
@RestController
@RequestMapping("/v2")
@ConditionalOnEmbeddedRuntime
public class TopologyController {

  private final String host;
  private final int port;

  public TopologyController(
      @Value("${server.address:localhost}") String host, @Value("${server.port:8080}") int port) {
    this.host = host;
    this.port = port;
  }

  @GetMapping("/topology")
  public TopologyResponse topology() {
    Partition partition = new Partition();
    partition.setPartitionId(1);
    partition.setRole(Partition.RoleEnum.LEADER);
    partition.setHealth(Partition.HealthEnum.HEALTHY);
    BrokerInfo broker = new BrokerInfo();
    broker.setNodeId(0);
    broker.setHost(host);
    broker.setPort(port);
    broker.setVersion(GatewayDefaults.API_VERSION);
    broker.setPartitions(List.of(partition));
    TopologyResponse topology = new TopologyResponse();
    topology.setBrokers(List.of(broker));
    topology.setClusterSize(1);
    topology.setPartitionsCount(1);
    topology.setReplicationFactor(1);
    topology.setGatewayVersion(GatewayDefaults.API_VERSION);
    return topology;
  }

  /** 204 when the engine can take commands. */
  @GetMapping("/status")
  public ResponseEntity<Void> status() {
    return ResponseEntity.noContent().build();
  }
}
