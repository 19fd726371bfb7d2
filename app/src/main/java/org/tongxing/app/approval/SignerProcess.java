package org.tongxing.app.approval;

/**
 * The helper process of 加签 ({@code approval/tongxing-add-signer.bpmn}, deployed with the policy
 * paths): its id, the variables the tasklist starts it with, and those its form completes with.
 */
public final class SignerProcess {

  public static final String PROCESS_ID = "tongxing-add-signer";
  public static final String DECISION = "signDecision";
  public static final String OPINION = "signOpinion";
  public static final String AGREE = "agree";
  public static final String DISAGREE = "disagree";

  /** The variable of the parent task's completion that lists the co-signatures. */
  public static final String COSIGNATURES = "cosignatures";

  private SignerProcess() {}
}
