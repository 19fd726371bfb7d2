package org.tongxing.engine.dmn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns the DMN engine's Scala results into plain Java values (Map, List, BigDecimal, ...). */
final class ScalaValues {

  private ScalaValues() {}

  static Object toJava(Object value) {
    if (value instanceof scala.collection.Map<?, ?> map) {
      Map<String, Object> result = new LinkedHashMap<>();
      map.foreach(
          entry -> {
            result.put(String.valueOf(entry._1()), toJava(entry._2()));
            return null;
          });
      return result;
    }
    if (value instanceof scala.collection.Iterable<?> iterable) {
      List<Object> result = new ArrayList<>();
      iterable.foreach(
          item -> {
            result.add(toJava(item));
            return null;
          });
      return result;
    }
    if (value instanceof scala.math.BigDecimal decimal) {
      return decimal.bigDecimal();
    }
    if (value instanceof scala.math.BigInt integer) {
      return integer.bigInteger();
    }
    if (value instanceof scala.Option<?> option) {
      return option.isDefined() ? toJava(option.get()) : null;
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> result = new LinkedHashMap<>();
      map.forEach((k, v) -> result.put(String.valueOf(k), toJava(v)));
      return result;
    }
    if (value instanceof Iterable<?> iterable) {
      List<Object> result = new ArrayList<>();
      iterable.forEach(item -> result.add(toJava(item)));
      return result;
    }
    return value;
  }
}
