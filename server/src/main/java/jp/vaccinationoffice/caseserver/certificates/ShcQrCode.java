package jp.vaccinationoffice.caseserver.certificates;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;
import java.awt.image.BufferedImage;
import java.util.Map;

/**
 * The QR code of a SMART Health Card: one code, error correction L, the {@code shc:/} prefix in byte
 * mode and the digits in numeric mode (ZXing's compact encoding chooses the segments), version 22 at
 * most, drawn with a quiet zone of four modules.
 */
final class ShcQrCode {

  static final int MAX_VERSION = 22;
  private static final int QUIET_ZONE = 4;

  private ShcQrCode() {}

  static BufferedImage image(String jws, int pixelsPerModule) {
    QRCode code = encode(SmartHealthCards.numeric(jws));
    ByteMatrix matrix = code.getMatrix();
    int modules = matrix.getWidth() + 2 * QUIET_ZONE;
    int size = modules * pixelsPerModule;
    BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        int mx = x / pixelsPerModule - QUIET_ZONE;
        int my = y / pixelsPerModule - QUIET_ZONE;
        boolean dark = mx >= 0 && my >= 0 && mx < matrix.getWidth() && my < matrix.getHeight() && matrix.get(mx, my) == 1;
        image.setRGB(x, y, dark ? 0x000000 : 0xFFFFFF);
      }
    }
    return image;
  }

  static int version(String jws) {
    return encode(SmartHealthCards.numeric(jws)).getVersion().getVersionNumber();
  }

  private static QRCode encode(String uri) {
    try {
      QRCode code = Encoder.encode(uri, ErrorCorrectionLevel.L, Map.of(EncodeHintType.QR_COMPACT, true));
      if (code.getVersion().getVersionNumber() > MAX_VERSION) {
        throw new IllegalStateException("the card needs a QR code of version " + code.getVersion().getVersionNumber()
            + ", more than " + MAX_VERSION);
      }
      return code;
    } catch (WriterException e) {
      throw new IllegalStateException("the card does not fit one QR code", e);
    }
  }
}
