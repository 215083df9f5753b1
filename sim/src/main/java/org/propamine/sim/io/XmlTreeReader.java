package org.propamine.sim.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.XMLConstants;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/** Reads an XML document into {@link XmlNode}s with line numbers (SAX + Locator); no DTDs or external entities. */
public final class XmlTreeReader {

    private XmlTreeReader() { }

    /** Parses {@code file} (named by its path in error messages; unreadable: {@code FILE: cannot read: why}). */
    public static XmlNode read(java.nio.file.Path file) {
        try (InputStream in = java.nio.file.Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new RobotFileException(file + ": cannot read: " + e.getMessage());
        }
    }

    /** Parses {@code in}; {@code source} names the file in error messages. */
    public static XmlNode read(InputStream in, String source) {
        try {
            SAXParserFactory f = SAXParserFactory.newInstance();
            f.setNamespaceAware(false);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            SAXParser parser = f.newSAXParser();
            Handler h = new Handler(source);
            parser.parse(in, h);
            if (h.root == null) throw new RobotFileException(source + ":1: malformed XML: no root element");
            return h.root;
        } catch (SAXParseException e) {
            throw new RobotFileException(source + ":" + Math.max(e.getLineNumber(), 1) + ": malformed XML: " + withoutFinalStop(e.getMessage()) + ", expected well-formed XML");
        } catch (SAXException | javax.xml.parsers.ParserConfigurationException e) {
            throw new RobotFileException(source + ":1: malformed XML: " + e.getMessage());
        } catch (IOException e) {
            throw new RobotFileException(source + ": cannot read: " + e.getMessage());
        }
    }

    private static final class Handler extends DefaultHandler {
        private final String source;
        private final Deque<XmlNode> stack = new ArrayDeque<>();
        private Locator locator;
        XmlNode root;

        Handler(String source) { this.source = source; }

        @Override
        public void setDocumentLocator(Locator locator) { this.locator = locator; }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            XmlNode n = new XmlNode(source, qName, locator == null ? 0 : locator.getLineNumber());
            for (int i = 0; i < atts.getLength(); i++) n.attributes.put(atts.getQName(i), atts.getValue(i));
            if (stack.isEmpty()) root = n; else stack.peek().children.add(n);
            stack.push(n);
        }

        @Override
        public void endElement(String uri, String localName, String qName) { stack.pop(); }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (!stack.isEmpty()) stack.peek().text.append(ch, start, length);
        }
    }

    /** The parser's sentence without its full stop, so that ", expected ..." can follow it. */
    private static String withoutFinalStop(String message) {
        return message != null && message.endsWith(".") ? message.substring(0, message.length() - 1) : message;
    }
}
