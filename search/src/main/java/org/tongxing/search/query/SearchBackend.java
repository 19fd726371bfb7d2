package org.tongxing.search.query;

import java.util.List;
import java.util.Optional;
import org.tongxing.search.entity.ElementStatistics;
import org.tongxing.search.entity.SequenceFlowEntity;

/**
 * The read side as the REST API sees it, whichever store holds it: the default projection in the
 * engine's database ({@link JdbcSearch}) or Elasticsearch. Every implementation checks a query
 * against the entity's fields first ({@link SearchEntity#check}), so bad input is refused alike on
 * every backend.
 */
public interface SearchBackend {

  <T> SearchResult<T> search(SearchEntity<T> entity, SearchQuery query);

  /** The entity with the key (a number, or the text key of a decision instance). */
  <T> Optional<T> get(SearchEntity<T> entity, Object key);

  /** The BPMN XML of a deployed process definition. */
  Optional<String> processDefinitionXml(long processDefinitionKey);

  /**
   * What a diagram with live counts needs: per element of a process definition, how many of its
   * instances that match the conditions (on the fields of {@link SearchEntity#PROCESS_INSTANCES})
   * are active, completed, canceled or stuck on an incident. Only flow nodes count: not the process
   * itself, nor a multi-instance body (its inner instances count).
   */
  List<ElementStatistics> elementStatisticsOfDefinition(
      long processDefinitionKey, List<Condition> instanceConditions);

  /** The counts of one process instance's elements (not those of instances it called). */
  List<ElementStatistics> elementStatisticsOfInstance(long processInstanceKey);

  /** The sequence flows an instance took, each once, by element id. */
  List<SequenceFlowEntity> sequenceFlows(long processInstanceKey);
}
