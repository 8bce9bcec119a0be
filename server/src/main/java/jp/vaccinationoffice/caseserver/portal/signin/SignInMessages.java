package jp.vaccinationoffice.caseserver.portal.signin;

import jp.vaccinationoffice.caseserver.jpki.RefusalReason;

/** What a resident reads when the sign-in is refused: what happened and what to do. */
final class SignInMessages {

  static final String THROTTLED = "ログインの失敗が続いたため、しばらく受け付けを止めています。時間をおいてもう一度お試しください。";
  static final String NOT_A_RESIDENT = "市の予防接種台帳と住民基本台帳に、あなたの記録が見つかりませんでした。お手数ですが、窓口にお問い合わせください。";
  static final String REGISTRY_UNAVAILABLE = "ただいま住民基本台帳に照会できないため、初めてのログインを受け付けられません。時間をおいてもう一度お試しください。";
  static final String WRONG_PIN = "暗証番号が違います。3回続けて間違えると、カードがロックされます。";
  static final String CARD_LOCKED = "暗証番号を3回続けて間違えたため、カードがロックされています。お住まいの市区町村の窓口で解除してください。";
  static final String CARD_UNKNOWN = "カードを読み取れませんでした。カードの番号を確かめてください。";
  static final String READER_FAILED = "カードリーダーとの通信に失敗しました。もう一度お試しください。";

  private SignInMessages() {}

  static String of(RefusalReason reason) {
    return switch (reason) {
      case CHALLENGE_UNKNOWN, CHALLENGE_OF_ANOTHER_CHANNEL, CHALLENGE_USED, CHALLENGE_EXPIRED ->
          "画面の有効期限が切れたか、同じ操作が2回行われました。もう一度最初からログインしてください。";
      case CERTIFICATE_REVOKED -> "このマイナンバーカードの電子証明書は失効しています。お住まいの市区町村の窓口にお問い合わせください。";
      case CERTIFICATE_EXPIRED -> "このマイナンバーカードの電子証明書は有効期限が切れています。窓口で更新してください。";
      case MUNICIPALITY_NOT_SERVED -> "このサービスは、この市に住民登録のある方がご利用いただけます。お住まいの市区町村にお問い合わせください。";
      case JLIS_TRUST_UNAVAILABLE -> "ただいまカードを確認できません。時間をおいてもう一度お試しください。";
      default -> "マイナンバーカードを確認できませんでした。もう一度お試しください。";
    };
  }
}
