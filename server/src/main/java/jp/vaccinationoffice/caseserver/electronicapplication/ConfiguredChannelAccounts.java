package jp.vaccinationoffice.caseserver.electronicapplication;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Sets the channel accounts' passwords from the configuration at every start
 * ({@code ELECTRONIC_CHANNELS_KIOSK_PASSWORD}, {@code ELECTRONIC_CHANNELS_APP_PASSWORD}); a channel
 * without one is not set up here (the demo gives it the demo password).
 */
@Component
class ConfiguredChannelAccounts implements SmartInitializingSingleton {

  private final ChannelAccounts accounts;
  private final String kioskPassword;
  private final String appPassword;

  ConfiguredChannelAccounts(ChannelAccounts accounts,
      @Value("${electronic-channels.kiosk-password:}") String kioskPassword,
      @Value("${electronic-channels.app-password:}") String appPassword) {
    this.accounts = accounts;
    this.kioskPassword = kioskPassword;
    this.appPassword = appPassword;
  }

  @Override
  public void afterSingletonsInstantiated() {
    if (!kioskPassword.isBlank()) {
      accounts.provision(ApplicationChannel.KIOSK, kioskPassword);
    }
    if (!appPassword.isBlank()) {
      accounts.provision(ApplicationChannel.APP, appPassword);
    }
  }
}
