package org.tongxing.app.modeler.check;

import java.util.List;

/** One kind of check on the files of a draft; adds what it finds. */
interface DraftCheck {

  void check(CheckContext files, List<Problem> problems);
}
