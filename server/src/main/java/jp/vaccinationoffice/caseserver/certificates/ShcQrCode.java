package jp.vaccinationoffice.caseserver.certificates;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.util.Arrays;
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

  /** The code's modules with the quiet zone around them, {@code true} where dark. */
  static boolean[][] modules(String jws) {
    ByteMatrix matrix = encode(SmartHealthCards.numeric(jws)).getMatrix();
    int size = matrix.getWidth() + 2 * QUIET_ZONE;
    boolean[][] dark = new boolean[size][size];
    for (int my = 0; my < matrix.getHeight(); my++) {
      for (int mx = 0; mx < matrix.getWidth(); mx++) {
        dark[my + QUIET_ZONE][mx + QUIET_ZONE] = matrix.get(mx, my) == 1;
      }
    }
    return dark;
  }

  static BufferedImage image(String jws, int pixelsPerModule) {
    boolean[][] dark = modules(jws);
    int size = dark.length * pixelsPerModule;
    BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
    // sample 1 is white in the binary palette; dark modules are filled block by block on the raster
    WritableRaster raster = image.getRaster();
    int[] white = new int[size * size];
    Arrays.fill(white, 1);
    raster.setSamples(0, 0, size, size, 0, white);
    int[] black = new int[pixelsPerModule * pixelsPerModule];
    for (int row = 0; row < dark.length; row++) {
      for (int column = 0; column < dark.length; column++) {
        if (dark[row][column]) {
          raster.setSamples(column * pixelsPerModule, row * pixelsPerModule, pixelsPerModule, pixelsPerModule, 0, black);
        }
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
