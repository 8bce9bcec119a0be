package jp.vaccinationoffice.workers.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import jp.vaccinationoffice.common.MyNumber;
import jp.vaccinationoffice.workers.gateway.registry.BasicItem;
import jp.vaccinationoffice.workers.gateway.registry.BasicItems;
import jp.vaccinationoffice.workers.gateway.registry.RegistryGateway;
import jp.vaccinationoffice.workers.gateway.registry.ResidentVerification;
import jp.vaccinationoffice.workers.gateway.registry.SupportMeasureStatus;
import jp.vaccinationoffice.workers.gateway.registry.VerificationOutcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RegistryGatewayTest extends GatewayTest {

  private static final String HANAKO_DIGITS = "20000000001" + MyNumber.checkDigit("20000000001");
  private static final BasicItems TARO_ITEMS =
      new BasicItems("防府", "太郎", "ホウフ", "タロウ", LocalDate.of(1960, 4, 1), Sex.MALE, "山口県防府市寿町7-1");

  private RegistryGateway registry;

  @BeforeEach
  void gateway() {
    registry = new RegistryGateway(client(NationalSystem.REGISTRY, "registry"), calls);
    simulators.registerResident(HOFU.value(), TARO_DIGITS, "A-0001", false);
    simulators.registerResident(HOFU.value(), HANAKO_DIGITS, "A-0002", true);
  }

  @Test
  void matchesARegisteredResident() {
    ResidentVerification verification = registry.verifyResident(newScope("verify-identity"), HOFU, TARO, TARO_ITEMS);

    assertThat(verification.outcome()).isEqualTo(VerificationOutcome.MATCHED);
    assertThat(verification.addresseeNumber()).isEqualTo("A-0001");
    assertThat(verification.underSupportMeasure()).isFalse();
    assertThat(verification.mismatchedItems()).isEmpty();
  }

  @Test
  void namesTheItemsThatDiffer() {
    BasicItems other = new BasicItems("防府", "次郎", null, null, LocalDate.of(1960, 4, 2), Sex.MALE, null);

    ResidentVerification verification = registry.verifyResident(newScope("verify-identity"), HOFU, TARO, other);

    assertThat(verification.outcome()).isEqualTo(VerificationOutcome.MISMATCHED);
    assertThat(verification.mismatchedItems()).containsExactly(BasicItem.GIVEN_NAME, BasicItem.BIRTH_DATE);
    assertThat(verification.addresseeNumber()).isNull();
  }

  @Test
  void answersNotRegisteredForAnotherMunicipality() {
    ResidentVerification verification = registry.verifyResident(newScope("verify-identity"), UBE, TARO, TARO_ITEMS);

    assertThat(verification.outcome()).isEqualTo(VerificationOutcome.NOT_REGISTERED);
    assertThat(verification.matched()).isFalse();
  }

  @Test
  void looksUpTheSupportMeasureFlag() {
    SupportMeasureStatus hanako = registry.lookUpSupportMeasure(newScope("check-protection"), HOFU, MyNumber.parse(HANAKO_DIGITS));
    SupportMeasureStatus elsewhere = registry.lookUpSupportMeasure(newScope("check-protection"), UBE, TARO);

    assertThat(hanako.outcome()).isEqualTo(SupportMeasureStatus.Outcome.REGISTERED);
    assertThat(hanako.underSupportMeasure()).isTrue();
    assertThat(elsewhere.outcome()).isEqualTo(SupportMeasureStatus.Outcome.NOT_REGISTERED);
  }

  @Test
  void anUnknownMunicipalityIsRejected() {
    assertThatThrownBy(() -> registry.verifyResident(newScope("verify-identity"), UNKNOWN, TARO, TARO_ITEMS))
        .isInstanceOf(NationalSystemRejectedException.class)
        .hasMessage("REGISTRY VERIFY rejected: HTTP 400 Invalid identifier: municipality code 999997 is unknown");
  }

  @Test
  void aRepeatedVerificationIsReplayed() {
    CallScope scope = newScope("verify-identity");

    registry.verifyResident(scope, HOFU, TARO, TARO_ITEMS);
    registry.verifyResident(scope, HOFU, TARO, TARO_ITEMS);

    assertThat(simulators.outcomes("registry", "VERIFY")).containsExactly("MATCHED", "REPLAYED");
  }
}
