package org.tongxing.search.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.tongxing.engine.exporter.Exporter;
import org.tongxing.engine.record.Record;

/**
 * Exports the engine's records into the Elasticsearch indices: each chunk folded into one document
 * per entity (whole when the chunk creates it, a partial {@code doc_as_upsert} update otherwise),
 * the fields that join entities filled in ({@link JoinedFields}), then one bulk request. Document
 * ids are the entities' keys, so a replayed chunk writes the same documents again: idempotent, no
 * duplicates. Chunks come one at a time in log order and a bulk request applies the operations on
 * one document in order, so no write overtakes an earlier one.
 */
public final class ElasticsearchExporter implements Exporter {

  /** Failed bulk items named in the error, at most. */
  private static final int ERRORS_SHOWN = 3;

  private final ElasticsearchClient client;
  private final ElasticsearchIndices indices;
  private final JoinedFields joined;
  private final RefreshPacing refreshPacing;
  private volatile boolean indicesReady;

  public ElasticsearchExporter(ElasticsearchClient client, ElasticsearchIndices indices) {
    this.client = client;
    this.indices = indices;
    this.joined = new JoinedFields(client, indices);
    this.refreshPacing = new RefreshPacing(client, indices, indices.settings());
  }

  @Override
  public String id() {
    return "elasticsearch";
  }

  /** A bulk request of some thousand documents: fewer round trips when the export is behind. */
  @Override
  public int maxRecordsPerExport() {
    return 10_000;
  }

  /**
   * Sets up the indices on the first export, not on open: an unreachable cluster at start-up must
   * not keep the engine from starting; the export is retried with back-off instead.
   */
  @Override
  public void export(List<Record> records) throws IOException {
    if (!indicesReady) {
      indices.create(client);
      indicesReady = true;
    }
    DocumentBuffer documents = new DocumentBuffer();
    RecordDocuments projection = new RecordDocuments(indices, documents);
    for (Record record : records) {
      projection.project(record);
    }
    if (!documents.isEmpty()) {
      try {
        joined.fill(projection, documents);
        bulk(documents);
        joined.stored();
      } catch (IOException | RuntimeException e) {
        joined.forget();
        throw e;
      }
    }
    refreshPacing.afterChunk(records.size() >= maxRecordsPerExport());
  }

  private void bulk(DocumentBuffer documents) throws IOException {
    List<BulkOperation> operations = new ArrayList<>();
    for (var entry : documents.documents().entrySet()) {
      String index = entry.getKey().index();
      String id = entry.getKey().id();
      Map<String, Object> fields = entry.getValue().fields;
      if (entry.getValue().whole) {
        operations.add(BulkOperation.of(o -> o.index(i -> i.index(index).id(id).document(fields))));
      } else {
        operations.add(
            BulkOperation.of(
                o ->
                    o.update(
                        u -> u.index(index).id(id).action(a -> a.doc(fields).docAsUpsert(true)))));
      }
    }
    BulkResponse response = client.bulk(b -> b.operations(operations));
    if (response.errors()) {
      List<BulkResponseItem> failed =
          response.items().stream().filter(item -> item.error() != null).toList();
      throw new IOException(
          "Expected Elasticsearch to store "
              + operations.size()
              + " documents, but "
              + failed.size()
              + " failed: "
              + failed.stream()
                  .limit(ERRORS_SHOWN)
                  .map(
                      item ->
                          item.index()
                              + "/"
                              + item.id()
                              + ": "
                              + item.error().type()
                              + " "
                              + item.error().reason())
                  .collect(Collectors.joining("; ")));
    }
  }

  /** Field names and values, alternating; values may be null. */
  static Map<String, Object> fields(Object... namesAndValues) {
    Map<String, Object> fields = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      fields.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return fields;
  }
}
