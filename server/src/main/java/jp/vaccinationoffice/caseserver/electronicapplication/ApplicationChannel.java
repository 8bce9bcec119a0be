package jp.vaccinationoffice.caseserver.electronicapplication;

import java.util.Arrays;
import java.util.Optional;

/**
 * The channels through which residents apply with their My Number card, each a system account:
 * the convenience-store kiosk ({@code kiosk}) and the smartphone app ({@code app}).
 */
public enum ApplicationChannel {
  KIOSK("kiosk"),
  APP("app");

  private final String userId;

  ApplicationChannel(String userId) {
    this.userId = userId;
  }

  public String userId() {
    return userId;
  }

  public static Optional<ApplicationChannel> ofUser(String userId) {
    return Arrays.stream(values()).filter(channel -> channel.userId.equals(userId)).findFirst();
  }
}
