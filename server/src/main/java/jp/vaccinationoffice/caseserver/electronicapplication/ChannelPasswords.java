package jp.vaccinationoffice.caseserver.electronicapplication;

import java.util.ArrayList;
import java.util.List;
import jp.vaccinationoffice.caseserver.accounts.ConfiguredPasswordSource;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * The channel accounts' passwords as configured ({@code ELECTRONIC_CHANNELS_KIOSK_PASSWORD},
 * {@code ELECTRONIC_CHANNELS_APP_PASSWORD}), or in the demo {@code DEMO_PASSWORD}, for the start-up
 * check of the password policy.
 */
@Component
class ChannelPasswords implements ConfiguredPasswordSource {

  @Override
  public List<ConfiguredPassword> configuredPasswords(Environment environment) {
    String demoPassword = environment.getProperty("DEMO_PASSWORD", "");
    List<ConfiguredPassword> passwords = new ArrayList<>();
    for (ApplicationChannel channel : ApplicationChannel.values()) {
      String variable = "ELECTRONIC_CHANNELS_" + channel.name() + "_PASSWORD";
      String configured = environment.getProperty("electronic-channels." + channel.userId() + "-password", "");
      if (!configured.isEmpty()) {
        passwords.add(new ConfiguredPassword(channel.userId(), configured,
            variable + " (the password of the " + channel.userId() + " channel account)", "and set " + variable + " to it."));
      } else if (!demoPassword.isEmpty() && environment.acceptsProfiles(Profiles.of("demo"))) {
        passwords.add(new ConfiguredPassword(channel.userId(), demoPassword,
            "DEMO_PASSWORD (the password of the channel account " + channel.userId() + ")",
            "or unset DEMO_PASSWORD to get a random password per account."));
      }
    }
    return passwords;
  }
}
