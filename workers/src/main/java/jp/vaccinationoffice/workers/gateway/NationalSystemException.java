package jp.vaccinationoffice.workers.gateway;

/** A call to a national system did not give a business answer. Messages never contain a My Number. */
public abstract class NationalSystemException extends RuntimeException {

  private final NationalSystem system;
  private final String operation;

  protected NationalSystemException(NationalSystem system, String operation, String message, Throwable cause) {
    super(message, cause);
    this.system = system;
    this.operation = operation;
  }

  public NationalSystem system() {
    return system;
  }

  public String operation() {
    return operation;
  }
}
