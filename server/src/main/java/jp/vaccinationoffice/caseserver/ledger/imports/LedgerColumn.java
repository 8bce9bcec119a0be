package jp.vaccinationoffice.caseserver.ledger.imports;

import java.util.Arrays;
import java.util.List;

/** The columns of the health management system's ledger export, in the order of its header. */
enum LedgerColumn {
  ADDRESSEE_NUMBER("宛名番号"),
  MY_NUMBER("個人番号"),
  NAME("氏名"),
  NAME_KANA("氏名カナ"),
  BIRTH_DATE("生年月日"),
  SEX("性別"),
  DOSE_NUMBER("接種回"),
  VACCINATED_ON("接種日"),
  MANUFACTURER("ワクチンメーカー"),
  PRODUCT("製品名"),
  LOT("ロット番号"),
  TICKET_NUMBER("接種券番号");

  static final List<String> HEADER = Arrays.stream(values()).map(LedgerColumn::heading).toList();

  private final String heading;

  LedgerColumn(String heading) {
    this.heading = heading;
  }

  String heading() {
    return heading;
  }
}
