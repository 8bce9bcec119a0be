package jp.vaccinationoffice.simulators.jpki;

import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.springframework.stereotype.Component;

/**
 * A certificate authority standing for J-LIS (地方公共団体情報システム機構): an RSA-2048 key with a
 * self-signed certificate, which issues the cards' user-authentication certificates, signs the
 * cards' 券面事項 data and publishes the revocation list. Its key lives in memory, one per JVM
 * ({@link SimulatedKeys}; the build's tests take it from {@link KeyPairFolder}); tests make a second
 * authority, with a key of its own, to stand for another issuer.
 */
@Component
public class JlisCertificateAuthority {

  public static final String SIGNATURE_ALGORITHM = "SHA256withRSA";
  static final String DEFAULT_NAME = "C=JP, O=JPKI, OU=JPKI for user authentication, CN=J-LIS simulated CA";
  private static final Duration CRL_VALIDITY = Duration.ofHours(24);

  private final SecureRandom random = new SecureRandom();
  private final KeyPair keys;
  private final X500Name name;
  private final X509Certificate certificate;

  /** The simulated J-LIS itself, with the key it has in this JVM ({@link SimulatedKeys}). */
  public JlisCertificateAuthority() {
    this(DEFAULT_NAME, SimulatedKeys.jlis());
  }

  public JlisCertificateAuthority(String distinguishedName) {
    this(distinguishedName, rsaKeyPair());
  }

  /** An authority of the given name with the given key pair (tests reuse keys: RSA key generation is slow). */
  public JlisCertificateAuthority(String distinguishedName, KeyPair keys) {
    this.keys = keys;
    this.name = new X500Name(distinguishedName);
    this.certificate = selfSigned();
  }

  /** A fresh RSA-2048 key pair, as a card makes one in its chip. */
  public static KeyPair rsaKeyPair() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("RSA is not available", e);
    }
  }

  public X509Certificate certificate() {
    return certificate;
  }

  /**
   * A 利用者証明用電子証明書 for the card's public key: it names no person (no number, no name), only a
   * random subject, as the real certificate does.
   */
  public X509Certificate issueUserAuthenticationCertificate(PublicKey cardKey, Instant notBefore, Instant notAfter) {
    BigInteger serial = new BigInteger(64, random).setBit(63);
    X500Name subject = new X500Name("C=JP, O=JPKI, OU=JPKI for user authentication, CN=" + serial.toString(16).toUpperCase());
    try {
      X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
          name, serial, Date.from(notBefore), Date.from(notAfter), subject, cardKey);
      builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
      builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
      builder.addExtension(Extension.authorityKeyIdentifier, false,
          new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(certificate));
      return toCertificate(builder.build(signer()));
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException("the card certificate could not be issued", e);
    }
  }

  /**
   * A 署名用電子証明書 for the card's signing key: unlike the user-authentication certificate it names
   * its holder ({@code CN} = 氏名), and it is only for signatures (non-repudiation).
   */
  public X509Certificate issueSigningCertificate(PublicKey cardKey, String holderName, Instant notBefore, Instant notAfter) {
    BigInteger serial = new BigInteger(64, random).setBit(63);
    X500Name subject = new X500NameBuilder().addRDN(BCStyle.C, "JP").addRDN(BCStyle.O, "JPKI")
        .addRDN(BCStyle.OU, "JPKI for digital signature").addRDN(BCStyle.CN, holderName).build();
    try {
      X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
          name, serial, Date.from(notBefore), Date.from(notAfter), subject, cardKey);
      builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
      builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.nonRepudiation | KeyUsage.digitalSignature));
      builder.addExtension(Extension.authorityKeyIdentifier, false,
          new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(certificate));
      return toCertificate(builder.build(signer()));
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException("the signing certificate could not be issued", e);
    }
  }

  /** J-LIS's signature over the card's 券面事項 data (the canonical bytes of {@code KenmenData}). */
  public byte[] sign(byte[] data) {
    try {
      Signature signature = Signature.getInstance(SIGNATURE_ALGORITHM);
      signature.initSign(keys.getPrivate());
      signature.update(data);
      return signature.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the data could not be signed", e);
    }
  }

  /** The revocation list of the given serial numbers with their revocation times, valid for a day from {@code now}. */
  public X509CRL revocationList(Map<BigInteger, Instant> revoked, Instant now) {
    X509v2CRLBuilder builder = new X509v2CRLBuilder(name, Date.from(now));
    builder.setNextUpdate(Date.from(now.plus(CRL_VALIDITY)));
    revoked.forEach((serial, at) -> builder.addCRLEntry(serial, Date.from(at), CRLReason.unspecified));
    try {
      return new JcaX509CRLConverter().getCRL(builder.build(signer()));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the revocation list could not be made", e);
    }
  }

  private X509Certificate selfSigned() {
    Instant now = Instant.now();
    BigInteger serial = new BigInteger(64, random).setBit(63);
    try {
      X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
          name, serial, Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(3650))), name, keys.getPublic());
      builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
      builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign | KeyUsage.digitalSignature));
      builder.addExtension(Extension.subjectKeyIdentifier, false,
          new JcaX509ExtensionUtils().createSubjectKeyIdentifier(keys.getPublic()));
      return toCertificate(builder.build(signer()));
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException("the authority's certificate could not be made", e);
    }
  }

  private ContentSigner signer() {
    try {
      return new JcaContentSignerBuilder(SIGNATURE_ALGORITHM).build(keys.getPrivate());
    } catch (OperatorCreationException e) {
      throw new IllegalStateException("no " + SIGNATURE_ALGORITHM + " signer", e);
    }
  }

  private static X509Certificate toCertificate(X509CertificateHolder holder) throws GeneralSecurityException {
    return new JcaX509CertificateConverter().getCertificate(holder);
  }
}
