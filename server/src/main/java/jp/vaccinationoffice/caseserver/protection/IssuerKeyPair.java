package jp.vaccinationoffice.caseserver.protection;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.KeyUse;
import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPrivateKeySpec;
import java.security.spec.ECPublicKeySpec;
import org.bouncycastle.jce.ECNamedCurveTable;
import org.bouncycastle.jce.spec.ECNamedCurveParameterSpec;

/**
 * A P-256 key pair made from its private scalar, which is all that is stored (wrapped): the public
 * point is computed from it. The key id is the RFC 7638 thumbprint of the public key.
 */
final class IssuerKeyPair {

  private static final String CURVE = "secp256r1";
  private static final int SCALAR_BYTES = 32;

  private IssuerKeyPair() {}

  static byte[] newPrivateScalar() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec(CURVE));
      BigInteger s = ((ECPrivateKey) generator.generateKeyPair().getPrivate()).getS();
      return unsigned(s);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("P-256 keys cannot be made here", e);
    }
  }

  /** The signing key, private part included. */
  static ECKey fromScalar(byte[] scalar) {
    try {
      BigInteger d = new BigInteger(1, scalar);
      AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
      parameters.init(new ECGenParameterSpec(CURVE));
      ECParameterSpec spec = parameters.getParameterSpec(ECParameterSpec.class);
      ECNamedCurveParameterSpec curve = ECNamedCurveTable.getParameterSpec(CURVE);
      org.bouncycastle.math.ec.ECPoint q = curve.getG().multiply(d).normalize();
      KeyFactory factory = KeyFactory.getInstance("EC");
      ECPublicKey publicKey = (ECPublicKey) factory.generatePublic(new ECPublicKeySpec(
          new ECPoint(q.getAffineXCoord().toBigInteger(), q.getAffineYCoord().toBigInteger()), spec));
      ECPrivateKey privateKey = (ECPrivateKey) factory.generatePrivate(new ECPrivateKeySpec(d, spec));
      return new ECKey.Builder(Curve.P_256, publicKey)
          .privateKey(privateKey)
          .keyUse(KeyUse.SIGNATURE)
          .algorithm(JWSAlgorithm.ES256)
          .keyIDFromThumbprint()
          .build();
    } catch (GeneralSecurityException | JOSEException e) {
      throw new IllegalStateException("the stored issuer key is no P-256 key", e);
    }
  }

  private static byte[] unsigned(BigInteger value) {
    byte[] bytes = value.toByteArray();
    byte[] fixed = new byte[SCALAR_BYTES];
    int copy = Math.min(bytes.length, SCALAR_BYTES);
    System.arraycopy(bytes, bytes.length - copy, fixed, SCALAR_BYTES - copy, copy);
    return fixed;
  }
}
