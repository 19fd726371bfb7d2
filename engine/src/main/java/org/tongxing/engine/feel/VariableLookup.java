package org.tongxing.engine.feel;

import java.util.Map;

/** The variables an expression can see: a scope and its parents, nearest first. */
@FunctionalInterface
public interface VariableLookup {

  /** All visible variables by name, already parsed from JSON into Java values. */
  Map<String, Object> visibleVariables();
}
