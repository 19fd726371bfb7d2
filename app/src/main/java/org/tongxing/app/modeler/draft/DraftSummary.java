package org.tongxing.app.modeler.draft;

import java.util.List;

/** A draft in the list: its latest version and the names of its files. */
public record DraftSummary(Draft draft, DraftVersion latest, List<String> fileNames) {}
