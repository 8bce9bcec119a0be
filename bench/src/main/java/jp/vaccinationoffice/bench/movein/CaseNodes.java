package jp.vaccinationoffice.bench.movein;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The server nodes of one cluster, all on the same database. A case starts on the node its index
 * picks; a node that stops answering is marked down, and every later request goes to the next node
 * that is up, as a load balancer would send it.
 */
final class CaseNodes {

  private final List<CaseServerClient> nodes = new ArrayList<>();
  private final AtomicReferenceArray<Boolean> down;

  CaseNodes(List<String> baseUrls) {
    if (baseUrls.isEmpty()) {
      throw new IllegalArgumentException("at least one node URL is required");
    }
    baseUrls.forEach(url -> nodes.add(new CaseServerClient(url)));
    down = new AtomicReferenceArray<>(nodes.size());
  }

  int size() {
    return nodes.size();
  }

  void markDown(int node) {
    down.set(node, true);
  }

  /** A request sent to the preferred node, or the next node that is up. */
  interface Request {
    JsonNode send(CaseServerClient node) throws IOException, InterruptedException;
  }

  JsonNode send(int preferred, Request request) throws IOException, InterruptedException {
    IOException last = null;
    for (int i = 0; i < nodes.size(); i++) {
      int node = (preferred + i) % nodes.size();
      if (Boolean.TRUE.equals(down.get(node))) {
        continue;
      }
      try {
        return request.send(nodes.get(node));
      } catch (ConnectException | HttpConnectTimeoutException unreachable) {
        markDown(node);
        last = unreachable;
      } catch (IOException e) {
        if (e.getMessage() != null && e.getMessage().contains("answered HTTP")) {
          throw e;
        }
        // the connection broke while the node was answering: it died under the request
        markDown(node);
        last = e;
      }
    }
    throw last != null ? last : new IOException("no node is up");
  }
}
