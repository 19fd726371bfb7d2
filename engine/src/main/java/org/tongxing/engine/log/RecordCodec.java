package org.tongxing.engine.log;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.tongxing.engine.json.JsonValues;
import org.tongxing.engine.record.Record;
import org.tongxing.engine.record.RecordValue;
import org.tongxing.engine.record.ValueType;

/**
 * Writes a batch of records as one JSON array and reads it back. Each record is {@code
 * {"p":position,"t":timestamp,"k":key,"vt":valueType,"i":intent,"v":value}}.
 */
public final class RecordCodec {

  private final ObjectMapper mapper = JsonValues.mapper();

  public byte[] encode(List<Record> batch) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256 * batch.size());
    try (JsonGenerator json = mapper.getFactory().createGenerator(out)) {
      json.writeStartArray();
      for (Record record : batch) {
        json.writeStartObject();
        json.writeNumberField("p", record.position());
        json.writeNumberField("t", record.timestamp());
        json.writeNumberField("k", record.key());
        json.writeStringField("vt", record.valueType().name());
        json.writeStringField("i", record.intent().name());
        json.writeFieldName("v");
        mapper.writeValue(json, record.value());
        json.writeEndObject();
      }
      json.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Expected to encode a batch of records, but failed", e);
    }
    return out.toByteArray();
  }

  /**
   * Reads a batch back, streaming: each record's value is bound straight from the parser to its
   * class, which the record's {@code vt} (written before {@code v}) names.
   */
  public List<Record> decode(byte[] data) {
    try (JsonParser json = mapper.getFactory().createParser(data)) {
      expect(json, json.nextToken() == JsonToken.START_ARRAY, "an array of records");
      List<Record> records = new ArrayList<>();
      while (json.nextToken() == JsonToken.START_OBJECT) {
        records.add(decodeRecord(json));
      }
      expect(json, json.currentToken() == JsonToken.END_ARRAY, "the end of the records");
      return records;
    } catch (IOException e) {
      throw new UncheckedIOException("Expected a batch of records, but could not decode it", e);
    }
  }

  private Record decodeRecord(JsonParser json) throws IOException {
    long position = 0;
    long timestamp = 0;
    long key = 0;
    ValueType valueType = null;
    String intent = null;
    RecordValue value = null;
    while (json.nextToken() == JsonToken.FIELD_NAME) {
      String field = json.currentName();
      json.nextToken();
      switch (field) {
        case "p" -> position = json.getLongValue();
        case "t" -> timestamp = json.getLongValue();
        case "k" -> key = json.getLongValue();
        case "vt" -> valueType = ValueType.valueOf(json.getText());
        case "i" -> intent = json.getText();
        case "v" -> {
          expect(json, valueType != null, "the value type (vt) before the value");
          value = mapper.readValue(json, valueType.valueClass());
        }
        default -> json.skipChildren();
      }
    }
    expect(json, valueType != null && intent != null && value != null, "a record with vt, i and v");
    return new Record(position, timestamp, key, valueType.intent(intent), value);
  }

  private static void expect(JsonParser json, boolean condition, String what) throws IOException {
    if (!condition) {
      throw new JsonParseException(json, "Expected " + what + " in a log batch");
    }
  }
}
