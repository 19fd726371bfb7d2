package org.tongxing.app.monitoring.dashboard;

/** Red, amber, green: how a row stands, shown with a word and a shape, never by colour alone. */
public enum Rag {
  RED,
  AMBER,
  GREEN
}
