package org.tongxing.engine.state.immutable;

import org.tongxing.engine.record.FormRecord;

/** Read access to deployed forms. */
public interface FormState {

  FormRecord getByKey(long formKey);

  /** The latest version of the form, or null when it was never deployed. */
  FormRecord getLatest(String formId);
}
