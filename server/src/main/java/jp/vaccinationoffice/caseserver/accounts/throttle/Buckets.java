package jp.vaccinationoffice.caseserver.accounts.throttle;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Names of throttle buckets and comparison of client addresses by network. */
public final class Buckets {

  private Buckets() {}

  /** The bucket of a user id as typed: hashed, since people type their password into the user field too. */
  public static String account(String userId) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(userId.getBytes(StandardCharsets.UTF_8));
      return "account:" + HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }

  /** The bucket of a client address: the address itself for IPv4, its network for IPv6 (one host holds many). */
  static String address(String address, int ipv6Prefix) {
    byte[] bytes = bytes(address);
    if (bytes == null) {
      return "address:" + address;
    }
    return "address:" + (bytes.length == 4 ? address : HexFormat.of().formatHex(network(bytes, ipv6Prefix)) + "/" + ipv6Prefix);
  }

  static boolean sameNetwork(String first, String second, int ipv4Prefix, int ipv6Prefix) {
    byte[] a = bytes(first);
    byte[] b = bytes(second);
    if (a == null || b == null || a.length != b.length) {
      return first.equals(second);
    }
    int prefix = a.length == 4 ? ipv4Prefix : ipv6Prefix;
    return MessageDigest.isEqual(network(a, prefix), network(b, prefix));
  }

  private static byte[] network(byte[] address, int prefix) {
    byte[] network = address.clone();
    for (int bit = Math.max(0, prefix); bit < network.length * 8; bit++) {
      network[bit / 8] &= (byte) ~(0x80 >>> (bit % 8));
    }
    return network;
  }

  /** The address's bytes; null unless it is a literal IP address (never a name lookup). */
  private static byte[] bytes(String address) {
    boolean literal = address != null
        && (address.matches("\\d{1,3}(\\.\\d{1,3}){3}") || address.matches("\\[?[0-9a-fA-F:.]*:[0-9a-fA-F:.]*(%\\w+)?\\]?"));
    if (!literal) {
      return null;
    }
    try {
      return InetAddress.getByName(address.replaceAll("[\\[\\]]|%.*$", "")).getAddress();
    } catch (UnknownHostException e) {
      return null;
    }
  }
}
