package org.tongxing.app.search;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongxing.app.TongxingAppTest;
import org.tongxing.engine.Engine;

/**
 * Every search of the REST API through the official client, on Elasticsearch (a real node in this
 * JVM). The same test classes run on the other backend too ({@code SearchApiOn*Test}).
 */
@TongxingAppTest
@OnElasticsearch
class SearchApiOnElasticsearchTest {

  @Autowired Engine engine;

  /** The search side has what the app did at start-up (set up its indices, say). */
  @BeforeEach
  void awaitSearchSideCaughtUp() {
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> engine.exporterStatus().stream().allMatch(status -> status.lag() == 0));
  }

  @Nested
  class ProcessDefinitions extends ProcessDefinitionSearches {}

  @Nested
  class ProcessInstances extends ProcessInstanceSearches {}

  @Nested
  class ElementInstances extends ElementInstanceSearches {}

  @Nested
  class ElementFilters extends ElementFilterSearches {}

  @Nested
  class UserTasks extends UserTaskSearches {}

  @Nested
  class Variables extends VariableSearches {}

  @Nested
  class Incidents extends IncidentSearches {}

  @Nested
  class Jobs extends JobSearches {}

  @Nested
  class MessageSubscriptions extends MessageSubscriptionSearches {}

  @Nested
  class DecisionInstances extends DecisionInstanceSearches {}

  @Nested
  class Statistics extends ProcessStatisticsSearches {}

  @Nested
  class Pages extends PageSearches {}

  @Nested
  class BadInput extends BadSearchInput {}
}
