package jp.vaccinationoffice.modelchecks.lint;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads a BPMN or DMN file in three passes so that every failure can name a line: a SAX pass
 * (well-formedness, and the line of every element id), a schema pass over the stream (the model
 * APIs validate a DOM, whose errors carry no line) and finally the model API itself.
 */
final class XmlModelReader<T> {

  record Result<T>(T model, ElementLines lines, Violation failure) {}

  private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

  private final String kind;
  private final Map<String, String> schemaByNamespace;
  private final Function<InputStream, T> modelParser;

  /**
   * @param kind what the file should be ("BPMN 2.0"), for messages
   * @param schemaByNamespace classpath XSD for each root namespace the format allows
   */
  XmlModelReader(String kind, Map<String, String> schemaByNamespace, Function<InputStream, T> modelParser) {
    this.kind = kind;
    this.schemaByNamespace = schemaByNamespace;
    this.modelParser = modelParser;
  }

  Result<T> read(Path file, String displayName) {
    IdLineHandler handler = new IdLineHandler();
    try (InputStream in = Files.newInputStream(file)) {
      saxParserFactory().newSAXParser().parse(in, handler);
    } catch (SAXParseException e) {
      return failure(displayName, e.getLineNumber(), "is not well-formed XML: " + e.getMessage());
    } catch (SAXException | IOException | ParserConfigurationException e) {
      return failure(displayName, null, "cannot be read: " + e.getMessage());
    }
    String schemaResource = schemaByNamespace.get(handler.rootNamespace);
    if (schemaResource == null) {
      return failure(displayName, 1, "is not a " + kind + " document (root namespace '" + handler.rootNamespace + "')");
    }
    try (InputStream in = Files.newInputStream(file)) {
      schema(schemaResource).newValidator().validate(new StreamSource(in, file.toUri().toString()));
    } catch (SAXParseException e) {
      return failure(displayName, e.getLineNumber(), "is not valid " + kind + ": " + e.getMessage());
    } catch (SAXException | IOException e) {
      return failure(displayName, null, "cannot be read: " + e.getMessage());
    }
    try (InputStream in = Files.newInputStream(file)) {
      return new Result<>(modelParser.apply(in), handler.lines, null);
    } catch (IOException | RuntimeException e) {
      return failure(displayName, lineOf(e), "is not valid " + kind + ": " + messageChain(e));
    }
  }

  private Result<T> failure(String displayName, Integer line, String message) {
    Integer knownLine = line != null && line > 0 ? line : null;
    return new Result<>(null, null, new Violation(displayName, knownLine, null, Rule.MALFORMED_FILE, message));
  }

  private static SAXParserFactory saxParserFactory() throws ParserConfigurationException, SAXException {
    SAXParserFactory factory = SAXParserFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory;
  }

  private static Schema schema(String resource) {
    return SCHEMAS.computeIfAbsent(resource, name -> {
      URL url = XmlModelReader.class.getClassLoader().getResource(name);
      if (url == null) {
        throw new IllegalStateException("schema not on the classpath: " + name);
      }
      try {
        return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(url);
      } catch (SAXException e) {
        throw new IllegalStateException("cannot load schema " + name, e);
      }
    });
  }

  private static Integer lineOf(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof SAXParseException parseException) {
        return parseException.getLineNumber();
      }
    }
    return null;
  }

  private static String messageChain(Throwable e) {
    StringBuilder text = new StringBuilder(String.valueOf(e.getMessage()));
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      text.append(": ").append(cause.getMessage());
    }
    return text.toString();
  }

  private static final class IdLineHandler extends DefaultHandler {
    private final ElementLines lines = new ElementLines();
    private Locator locator;
    private String rootNamespace;

    @Override
    public void setDocumentLocator(Locator locator) {
      this.locator = locator;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
      if (rootNamespace == null) {
        rootNamespace = uri;
      }
      String id = attributes.getValue("", "id");
      if (id != null && locator != null) {
        lines.put(id, locator.getLineNumber());
      }
    }
  }
}
