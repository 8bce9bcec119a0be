package jp.vaccinationoffice.caseserver.electronicapplication;

import java.time.Instant;

/** A challenge for the resident's card to sign: {@code challenge} is base64url of its 32 bytes. */
public record ChallengeAnswer(String challengeId, String challenge, Instant expiresAt) {}
