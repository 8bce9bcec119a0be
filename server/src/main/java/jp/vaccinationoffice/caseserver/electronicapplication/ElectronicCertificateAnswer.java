package jp.vaccinationoffice.caseserver.electronicapplication;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The answer to an application: the request, where it ended, and when issued the certificate's id,
 * its SMART Health Card ({@code {"verifiableCredential": ["<JWS>"]}}) and, for the kiosk, its PDF
 * (base64).
 */
public record ElectronicCertificateAnswer(String requestId, String status, String certificateId, JsonNode smartHealthCard,
    String pdf) {}
