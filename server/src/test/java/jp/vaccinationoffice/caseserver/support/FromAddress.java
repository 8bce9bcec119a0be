package jp.vaccinationoffice.caseserver.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Real HTTP/1.1 requests to the server from a chosen local address, so that the server sees another
 * client address without trusting any header: a second loopback address ({@code 127.0.0.2}, which
 * Linux answers without set-up) or the machine's own non-loopback address.
 */
public final class FromAddress {

  public record Answer(int statusCode, Map<String, List<String>> headers, String body) {

    public Optional<String> header(String name) {
      List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
      return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }
  }

  private final InetAddress local;
  private final InetAddress server;
  private final int port;

  private FromAddress(InetAddress local, InetAddress server, int port) {
    this.local = local;
    this.server = server;
    this.port = port;
  }

  /** From a loopback address other than 127.0.0.1, e.g. {@code 127.0.0.2}, to the server on 127.0.0.1. */
  public static FromAddress loopback(String address, int port) {
    try {
      return new FromAddress(InetAddress.getByName(address), InetAddress.getByName("127.0.0.1"), port);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** From this machine's first non-loopback IPv4 address, to the server on that same address. */
  public static Optional<FromAddress> outsideLoopback(int port) {
    try {
      for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
        if (!network.isUp() || network.isLoopback()) {
          continue;
        }
        for (InetAddress address : Collections.list(network.getInetAddresses())) {
          if (address instanceof Inet4Address && !address.isLoopbackAddress() && !address.isLinkLocalAddress()) {
            return Optional.of(new FromAddress(address, address, port));
          }
        }
      }
      return Optional.empty();
    } catch (SocketException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String address() {
    return local.getHostAddress();
  }

  public Answer get(String path, String user, String password) {
    return send("GET", path, basic(user, password), null, null);
  }

  public Answer get(String path) {
    return send("GET", path, Map.of(), null, null);
  }

  public Answer post(String path, String json) {
    return send("POST", path, Map.of(), "application/json", json);
  }

  /** Signs in to the Tasklist as the login page does: session and CSRF token first, then the form. */
  public Answer webappLogin(String user, String password) {
    Answer page = get("/operaton/api/admin/auth/user/default");
    List<String> cookies = new ArrayList<>();
    for (String cookie : page.headers().getOrDefault("set-cookie", List.of())) {
      cookies.add(cookie.split(";", 2)[0]);
    }
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Cookie", String.join("; ", cookies));
    headers.put("X-XSRF-TOKEN", page.header("X-XSRF-TOKEN").orElse(""));
    String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
        + URLEncoder.encode(password, StandardCharsets.UTF_8);
    return send("POST", "/operaton/api/admin/auth/user/default/login/tasklist", headers,
        "application/x-www-form-urlencoded", form);
  }

  private Answer send(String method, String path, Map<String, String> headers, String contentType, String body) {
    byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    StringBuilder request = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\n")
        .append("Host: ").append(server.getHostAddress()).append(':').append(port).append("\r\n")
        .append("Connection: close\r\n");
    headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
    if (contentType != null) {
      request.append("Content-Type: ").append(contentType).append("\r\n");
    }
    if (body != null) {
      request.append("Content-Length: ").append(content.length).append("\r\n");
    }
    request.append("\r\n");
    try (Socket socket = new Socket()) {
      socket.setSoTimeout(30_000);
      socket.bind(new InetSocketAddress(local, 0));
      socket.connect(new InetSocketAddress(server, port), 5_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
      out.write(content);
      out.flush();
      return parse(socket.getInputStream().readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Answer parse(byte[] raw) throws IOException {
    String text = new String(raw, StandardCharsets.ISO_8859_1);
    int end = text.indexOf("\r\n\r\n");
    String[] lines = text.substring(0, end).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, List<String>> headers = new LinkedHashMap<>();
    boolean chunked = false;
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      String name = lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT);
      String value = lines[i].substring(colon + 1).trim();
      headers.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
      chunked |= name.equals("transfer-encoding") && value.equalsIgnoreCase("chunked");
    }
    byte[] body = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
    return new Answer(status, headers, new String(chunked ? unchunk(body) : body, StandardCharsets.UTF_8));
  }

  private static byte[] unchunk(byte[] body) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    InputStream in = new java.io.ByteArrayInputStream(body);
    while (true) {
      StringBuilder size = new StringBuilder();
      for (int c = in.read(); c != '\n' && c >= 0; c = in.read()) {
        if (c != '\r') {
          size.append((char) c);
        }
      }
      int length = size.length() == 0 ? 0 : Integer.parseInt(size.toString().split(";")[0].trim(), 16);
      if (length == 0) {
        return out.toByteArray();
      }
      out.write(in.readNBytes(length));
      in.read();
      in.read();
    }
  }

  private static Map<String, String> basic(String user, String password) {
    return Map.of("Authorization", "Basic " + Base64.getEncoder()
        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
  }
}
