package jp.vaccinationoffice.caseserver.jpki;

/** The card's evidence was refused; the message is the reason's description, never a submitted value. */
public class CardRefusedException extends RuntimeException {

  private final RefusalReason reason;

  public CardRefusedException(RefusalReason reason) {
    super(reason.description(), null, false, false);
    this.reason = reason;
  }

  public RefusalReason reason() {
    return reason;
  }
}
