package jp.vaccinationoffice.caseserver.portal.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import jp.vaccinationoffice.caseserver.jpki.CardEvidence;
import jp.vaccinationoffice.caseserver.jpki.IssuedChallenge;
import jp.vaccinationoffice.caseserver.portal.session.ResidentSessionCookie;
import jp.vaccinationoffice.caseserver.portal.PortalSecurityConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Signing in to the portal. A card reader on the resident's device answers the two challenges the
 * page carries ({@code POST /portal/sign-in/card}); the demo offers, clearly marked, a card reader
 * that asks the simulated card instead ({@code POST /portal/sign-in/demo-card}).
 */
@Controller
class SignInPages {

  private final PortalSignIn signIn;
  private final ObjectProvider<DemoCardReader> demoReader;

  SignInPages(PortalSignIn signIn, ObjectProvider<DemoCardReader> demoReader) {
    this.signIn = signIn;
    this.demoReader = demoReader;
  }

  @GetMapping({"/portal/sign-in", "/portal/sign-in/"})
  String page(Model model) {
    return show(model, null);
  }

  /** What a card reader client posts: the card's answer, and the 券面事項 reading on a first sign-in. */
  @PostMapping("/portal/sign-in/card")
  String card(@RequestParam(required = false) String challengeId, @RequestParam(required = false) String cardCertificate,
      @RequestParam(required = false) String challengeSignature, @RequestParam(required = false) String readChallengeId,
      @RequestParam(required = false) String kenmen, @RequestParam(required = false) String kenmenSignature,
      @RequestParam(required = false) String readChallengeSignature, Model model, HttpServletRequest request,
      HttpServletResponse response) {
    byte[] certificate = decode(cardCertificate);
    PortalSignIn.CardAnswer answer = new PortalSignIn.CardAnswer(challengeId, certificate, decode(challengeSignature));
    CardEvidence reading = kenmen == null || kenmen.isBlank() ? null : new CardEvidence(readChallengeId,
        decode(kenmen), decode(kenmenSignature), certificate, decode(readChallengeSignature));
    SignInOutcome outcome = signIn.signIn(answer, reading, "portal-certificate:" + fingerprint(certificate),
        request.getRemoteAddr());
    if (outcome instanceof SignInOutcome.CardDataNeeded) {
      return show(model, "初めてのログインです。カードの券面事項（氏名・住所・生年月日・性別・個人番号）を読み取って、もう一度お試しください。");
    }
    return finish(outcome, model, request, response);
  }

  @PostMapping("/portal/sign-in/demo-card")
  String demoCard(@RequestParam(required = false) String cardId, @RequestParam(required = false) String pin,
      Model model, HttpServletRequest request, HttpServletResponse response) {
    DemoCardReader reader = demoReader.getIfAvailable();
    if (reader == null) {
      return "redirect:/portal/sign-in";
    }
    String attemptKey = "portal-card:" + (cardId == null ? "" : cardId.strip());
    String paused = signIn.paused(attemptKey, request.getRemoteAddr()).orElse(null);
    if (paused != null) {
      return show(model, paused);
    }
    String simulator = "http://localhost:" + request.getLocalPort() + "/sim/jpki";
    try {
      SignInOutcome outcome = signIn.signIn(reader.authenticate(simulator, cardId, pin, signIn.challenge()), null,
          attemptKey, request.getRemoteAddr());
      if (outcome instanceof SignInOutcome.CardDataNeeded) {
        PortalSignIn.CardAnswer answer = reader.authenticate(simulator, cardId, pin, signIn.challenge());
        CardEvidence reading = reader.read(simulator, cardId, pin, signIn.challenge());
        outcome = signIn.signIn(answer, reading, attemptKey, request.getRemoteAddr());
      }
      return finish(outcome, model, request, response);
    } catch (DemoCardReader.ReaderRefused refused) {
      return show(model, refused.getMessage());
    }
  }

  private String finish(SignInOutcome outcome, Model model, HttpServletRequest request,
      HttpServletResponse response) {
    if (outcome instanceof SignInOutcome.SignedIn signedIn) {
      ResidentSessionCookie.write(response, signedIn.sessionToken());
      // a form token from before the sign-in is not carried into the session
      PortalSecurityConfiguration.CSRF_TOKENS.saveToken(null, request, response);
      return "redirect:/portal/mypage";
    }
    return show(model, outcome instanceof SignInOutcome.Refused refused ? refused.message()
        : "ログインできませんでした。もう一度お試しください。");
  }

  private String show(Model model, String error) {
    IssuedChallenge authentication = signIn.challenge();
    IssuedChallenge reading = signIn.challenge();
    model.addAttribute("authenticationChallenge", authentication);
    model.addAttribute("readingChallenge", reading);
    model.addAttribute("demoReader", demoReader.getIfAvailable() != null);
    model.addAttribute("error", error);
    return "portal/sign-in";
  }

  private static byte[] decode(String base64) {
    if (base64 == null) {
      return null;
    }
    try {
      return Base64.getDecoder().decode(base64.strip());
    } catch (IllegalArgumentException notBase64) {
      return new byte[0];
    }
  }

  private static String fingerprint(byte[] certificate) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate == null ? new byte[0] : certificate);
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
