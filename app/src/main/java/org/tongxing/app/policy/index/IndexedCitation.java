package org.tongxing.app.policy.index;

import java.util.List;
import org.tongxing.app.modeler.resource.ModelKind;

/**
 * An element, DMN rule or form field that cites a clause, with every place it was read (a deployed
 * version, the repository, or both when they agree).
 */
public record IndexedCitation(
    ModelKind kind,
    String resourceId,
    String resourceName,
    String elementId,
    String elementType,
    String label,
    Integer ruleNumber,
    String detail,
    List<CitationSource> sources) {

  public IndexedCitation {
    sources = List.copyOf(sources);
  }

  /** The first place to open it: the deployed version when there is one. */
  public String href() {
    return sources.stream()
        .filter(CitationSource::deployed)
        .findFirst()
        .or(() -> sources.stream().findFirst())
        .map(CitationSource::href)
        .orElse(null);
  }
}
