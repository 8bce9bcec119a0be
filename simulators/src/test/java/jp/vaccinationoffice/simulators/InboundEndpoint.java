package jp.vaccinationoffice.simulators;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** Stands in for the office's inbound endpoint that the VRS delivers inquiries to. */
final class InboundEndpoint {

  record Delivery(String authorization, String body) {}

  private final HttpServer server;
  private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();
  private final AtomicInteger failuresToAnswer = new AtomicInteger();

  InboundEndpoint() {
    try {
      server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/inbound/inquiries", exchange -> {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      deliveries.add(new Delivery(exchange.getRequestHeaders().getFirst("Authorization"), body));
      int status = failuresToAnswer.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? 503 : 204;
      exchange.sendResponseHeaders(status, -1);
      exchange.close();
    });
    server.start();
  }

  String url() {
    return "http://localhost:" + server.getAddress().getPort() + "/inbound/inquiries";
  }

  List<Delivery> deliveries() {
    return deliveries;
  }

  void failNext(int count) {
    failuresToAnswer.set(count);
  }

  void clear() {
    deliveries.clear();
    failuresToAnswer.set(0);
  }
}
