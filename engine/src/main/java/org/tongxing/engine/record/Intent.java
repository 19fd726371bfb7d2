package org.tongxing.engine.record;

/** What happened to a record's subject; implemented by one enum per {@link ValueType}. */
public interface Intent {
  String name();

  ValueType valueType();
}
