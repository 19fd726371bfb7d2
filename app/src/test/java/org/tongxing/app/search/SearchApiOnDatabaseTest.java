package org.tongxing.app.search;

import org.junit.jupiter.api.Nested;
import org.tongxing.app.TongxingAppTest;

/**
 * Every search of the REST API through the official client, on the search tables in the engine's database (the default projection). The
 * same test classes run on the other backend too ({@code SearchApiOn*Test}).
 */
@TongxingAppTest
class SearchApiOnDatabaseTest {

  @Nested
  class ProcessDefinitions extends ProcessDefinitionSearches {}

  @Nested
  class ProcessInstances extends ProcessInstanceSearches {}

  @Nested
  class ElementInstances extends ElementInstanceSearches {}

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
