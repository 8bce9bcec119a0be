package jp.vaccinationoffice.caseserver.letters;

import java.util.Objects;

/** The requester the letter goes to (the agent, where an agent made the request). */
public record Addressee(String name, String postalCode, String address) {

  public Addressee {
    Objects.requireNonNull(name, "name");
  }
}
