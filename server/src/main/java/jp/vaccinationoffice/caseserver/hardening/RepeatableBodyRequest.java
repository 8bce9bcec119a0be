package jp.vaccinationoffice.caseserver.hardening;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A request whose body a filter has read, handed on so that the servlet reads the same bytes. Bodies
 * larger than the limit are not read whole: {@link #tooLarge()} says so and the filter refuses them.
 */
public final class RepeatableBodyRequest extends HttpServletRequestWrapper {

  private final byte[] body;
  private final boolean tooLarge;

  private RepeatableBodyRequest(HttpServletRequest request, byte[] body, boolean tooLarge) {
    super(request);
    this.body = body;
    this.tooLarge = tooLarge;
  }

  public static RepeatableBodyRequest read(HttpServletRequest request, int maxBytes) throws IOException {
    byte[] body = request.getInputStream().readNBytes(maxBytes + 1);
    boolean tooLarge = body.length > maxBytes;
    return new RepeatableBodyRequest(request, body, tooLarge);
  }

  public boolean tooLarge() {
    return tooLarge;
  }

  public byte[] body() {
    return body.clone();
  }

  public String bodyText() {
    String encoding = getCharacterEncoding();
    Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
    return new String(body, charset);
  }

  @Override
  public ServletInputStream getInputStream() {
    ByteArrayInputStream in = new ByteArrayInputStream(body);
    return new ServletInputStream() {
      @Override
      public boolean isFinished() {
        return in.available() == 0;
      }

      @Override
      public boolean isReady() {
        return true;
      }

      @Override
      public void setReadListener(ReadListener listener) {
        throw new UnsupportedOperationException("the body has been read already");
      }

      @Override
      public int read() {
        return in.read();
      }

      @Override
      public int read(byte[] buffer, int offset, int length) {
        return in.read(buffer, offset, length);
      }
    };
  }

  @Override
  public BufferedReader getReader() {
    String encoding = getCharacterEncoding();
    Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
    return new BufferedReader(new InputStreamReader(getInputStream(), charset));
  }

  @Override
  public int getContentLength() {
    return body.length;
  }

  @Override
  public long getContentLengthLong() {
    return body.length;
  }
}
