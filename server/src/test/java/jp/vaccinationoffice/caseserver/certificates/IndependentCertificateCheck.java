package jp.vaccinationoffice.caseserver.certificates;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.Result;
import com.google.zxing.ResultPoint;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.DetectorResult;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.detector.Detector;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.Inflater;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Checks a certificate the way a verifier abroad would, sharing no code with the issuing side:
 * the PDF page rendered to an image, the QR code read back with ZXing, {@code shc:/} decoded, the
 * payload inflated, the signature verified with Nimbus against the issuer's JWKS fetched over HTTP.
 */
final class IndependentCertificateCheck {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** What the card holds once verified, and how its QR code was printed. */
  record Verified(String jws, JsonNode header, JsonNode payload, double qrWidthMm, int qrVersion) {

    JsonNode bundle() {
      return payload.path("vc").path("credentialSubject").path("fhirBundle");
    }

    JsonNode patient() {
      return bundle().path("entry").get(0).path("resource");
    }

    List<JsonNode> immunizations() {
      List<JsonNode> found = new java.util.ArrayList<>();
      bundle().path("entry").forEach(entry -> {
        if ("Immunization".equals(entry.path("resource").path("resourceType").asText())) {
          found.add(entry.path("resource"));
        }
      });
      return found;
    }
  }

  private IndependentCertificateCheck() {}

  static Verified ofPdf(byte[] pdf) throws Exception {
    com.google.zxing.NotFoundException notFound = null;
    // as a phone scans again from nearer or farther, or in other light: the page at a few
    // resolutions, read with ZXing's local and its global threshold
    for (boolean localThreshold : new boolean[] {true, false}) {
      for (int dpi : new int[] {300, 400, 200, 225, 150, 450, 600}) {
        try {
          return ofPdf(pdf, dpi, localThreshold);
        } catch (com.google.zxing.NotFoundException e) {
          notFound = e;
        }
      }
    }
    throw new AssertionError("no QR code found on the certificate's page", notFound);
  }

  private static Verified ofPdf(byte[] pdf, int dpi, boolean localThreshold) throws Exception {
    BufferedImage page;
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getNumberOfPages()).isEqualTo(1);
      assertThat(document.getPage(0).getMediaBox().getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(1f));
      page = new PDFRenderer(document).renderImageWithDPI(0, dpi, ImageType.RGB);
    }
    java.nio.file.Path pages = java.nio.file.Path.of("target", "certificates");
    java.nio.file.Files.createDirectories(pages);
    javax.imageio.ImageIO.write(page, "png", pages.resolve("page-" + System.nanoTime() + ".png").toFile());
    BufferedImageLuminanceSource luminance = new BufferedImageLuminanceSource(page);
    BinaryBitmap bitmap = new BinaryBitmap(localThreshold ? new HybridBinarizer(luminance)
        : new com.google.zxing.common.GlobalHistogramBinarizer(luminance));
    Map<DecodeHintType, Object> hints = Map.of(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE),
        DecodeHintType.TRY_HARDER, Boolean.TRUE);
    Result result = new MultiFormatReader().decode(bitmap, hints);
    DetectorResult detected = new Detector(bitmap.getBlackMatrix()).detect(hints);
    int dimension = detected.getBits().getWidth();
    ResultPoint[] finders = detected.getPoints();
    double moduleFinderDistance = ResultPoint.distance(finders[1], finders[2]);
    double widthPx = moduleFinderDistance / (dimension - 7) * dimension;
    double widthMm = widthPx / dpi * 25.4;
    return ofUri(result.getText(), widthMm, (dimension - 17) / 4);
  }

  static Verified ofUri(String uri, double qrWidthMm, int qrVersion) throws Exception {
    assertThat(uri).startsWith("shc:/");
    String digits = uri.substring("shc:/".length());
    assertThat(digits).matches("([0-9]{2})+");
    StringBuilder jws = new StringBuilder();
    for (int i = 0; i < digits.length(); i += 2) {
      jws.append((char) (Integer.parseInt(digits.substring(i, i + 2)) + 45));
    }
    return ofJws(jws.toString(), qrWidthMm, qrVersion);
  }

  static Verified ofJws(String jws, double qrWidthMm, int qrVersion) throws Exception {
    JWSObject object = JWSObject.parse(jws);
    assertThat(object.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.ES256);
    assertThat(object.getHeader().getCustomParam("zip")).isEqualTo("DEF");
    String kid = object.getHeader().getKeyID();
    assertThat(kid).isNotBlank();
    byte[] inflated = inflate(object.getPayload().toBytes());
    String payloadText = new String(inflated, StandardCharsets.UTF_8);
    assertThat(payloadText).as("minified").doesNotContain("\n").doesNotContain(": ");
    JsonNode payload = JSON.readTree(payloadText);
    String jwksUrl = payload.path("iss").asText() + "/.well-known/jwks.json";
    HttpResponse<String> jwks = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(jwksUrl)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(jwks.statusCode()).isEqualTo(200);
    assertThat(jwks.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
    JWKSet keys = JWKSet.parse(jwks.body());
    ECKey key = (ECKey) keys.getKeyByKeyId(kid);
    assertThat(key).as("the JWKS holds the key that signed the card").isNotNull();
    assertThat(key.isPrivate()).isFalse();
    assertThat(jwks.body()).doesNotContain("\"d\"");
    assertThat(key.computeThumbprint().toString()).as("kid is the RFC 7638 thumbprint").isEqualTo(kid);
    assertThat(object.verify(new ECDSAVerifier(key))).as("signature").isTrue();
    JsonNode header = JSON.readTree(object.getHeader().toString());
    return new Verified(jws, header, payload, qrWidthMm, qrVersion);
  }

  private static byte[] inflate(byte[] deflated) throws Exception {
    Inflater inflater = new Inflater(true);
    inflater.setInput(deflated);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[1024];
    while (!inflater.finished()) {
      int n = inflater.inflate(buffer);
      if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
        break;
      }
      out.write(buffer, 0, n);
    }
    assertThat(inflater.finished()).as("raw DEFLATE stream complete").isTrue();
    inflater.end();
    return out.toByteArray();
  }
}
