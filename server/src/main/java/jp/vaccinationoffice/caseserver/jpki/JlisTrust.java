package jp.vaccinationoffice.caseserver.jpki;

import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;

/** The J-LIS certificate authority this server trusts, and its current revocation list. */
public interface JlisTrust {

  /** The authority's certificate; {@link CardRefusedException} with {@code JLIS_TRUST_UNAVAILABLE} when unknown. */
  X509Certificate authority();

  /** A revocation list signed by the authority and not past its next update; else {@code JLIS_TRUST_UNAVAILABLE}. */
  X509CRL revocationList();
}
